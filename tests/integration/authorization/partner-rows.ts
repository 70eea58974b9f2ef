/**
 * The rows of the authorization matrix for partner organisations and their
 * people (see rows.ts): adding, editing and ordering organisations, deciding
 * on a logo their people sent, inviting a partner and choosing their
 * organisations are for organisers only; the organisation's own people are
 * refused like anyone else.
 */
import { eq } from 'drizzle-orm';
import { partners } from '@/db/schema';
import { createPartner } from '@/lib/demo/builders';
import { preparePhoto, storePhoto } from '@/lib/photos/photos';
import { pngImage } from '../../helpers/images';
import type { Fixture } from './fixture';
import { form, unique } from './fixture';
import { organisersOnly } from './outcomes';

const logo = await preparePhoto(await pngImage({ width: 40, height: 20 }));

/** An organisation of its own with a logo waiting, so that each call decides one. */
function pendingLogo(f: Fixture): FormData {
  const pending = storePhoto(logo);
  const partner = createPartner(f.db, { name: unique('Matrix logo'), logoPending: pending });
  return form({ id: String(partner.id), decision: 'approve', logo: pending });
}

export const PARTNER_ACTION_ROWS = {
  '[locale]/organise/partners/actions.ts#savePartnerAction': {
    expect: organisersOnly,
    // The fixture's own organisation, saved as it is: its people may not do even that here.
    input: (f: Fixture) => {
      const current = f.db.select().from(partners).where(eq(partners.id, f.partner.id)).get()!;
      return form({ id: String(current.id), name: current.name, kind: current.kind, website: 'https://www.matrix.example', description: 'Matrix', listed: 'on' });
    },
  },
  '[locale]/organise/partners/actions.ts#movePartnerAction': {
    expect: organisersOnly,
    input: (f: Fixture) => form({ id: String(f.partner.id), direction: 'up' }),
  },
  '[locale]/organise/partners/actions.ts#decideLogoAction': {
    expect: organisersOnly,
    input: (f: Fixture) => pendingLogo(f),
  },
  '[locale]/organise/partners/actions.ts#invitePartnerAction': {
    expect: organisersOnly,
    input: (f: Fixture) => form({ email: `${unique('partner-invitee')}@example.org`, name: 'New Partner', locale: 'nl', partnerIds: [String(f.partner.id)] }),
  },
  '[locale]/organise/partners/actions.ts#setPartnerMembershipsAction': {
    expect: organisersOnly,
    input: (f: Fixture) => form({ userId: f.users.otherPartner.id, partnerIds: [String(f.otherPartner.id)] }),
  },
};
