/**
 * The rows of the authorization matrix for the public joining in (see
 * rows.ts): anyone may ask to take part; only organisers answer the requests
 * and keep the help centres.
 */
import { participationRequests } from '@/db/schema';
import { issueFormToken } from '@/lib/requests/form-token';
import type { Fixture } from './fixture';
import { form, unique } from './fixture';
import { everyone, organisersOnly } from './outcomes';


/** A waiting request of its own, so that each call answers one. */
function openRequest(f: Fixture): number {
  return f.db
    .insert(participationRequests)
    .values({ name: 'Matrix Requester', role: 'Alderman', organisation: 'Ghent', email: `${unique('requester')}@example.org`, country: 'BE', locale: 'nl' })
    .returning()
    .get().id;
}

export const JOIN_ACTION_ROWS = {
  '[locale]/take-part/actions.ts#sendRequestAction': {
    expect: everyone,
    input: () =>
      form({
        name: 'Matrix Person',
        role: 'Consul',
        organisation: 'Embassy of Belgium in Matrix',
        email: `${unique('asker')}@example.org`,
        country: 'JP',
        message: 'We would like to light up blue.',
        // Handed out a minute ago: a person's time.
        startedAt: issueFormToken(new Date(Date.now() - 60_000)),
        website: '',
      }),
  },
  '[locale]/organise/requests/actions.ts#acceptRequestAction': {
    expect: organisersOnly,
    input: (f: Fixture) => form({ id: String(openRequest(f)), city: 'Ghent', country: 'BE', reply: 'Welcome!' }),
  },
  '[locale]/organise/requests/actions.ts#declineRequestAction': {
    expect: organisersOnly,
    input: (f: Fixture) => form({ id: String(openRequest(f)), reply: 'Ghent already takes part.' }),
  },
  '[locale]/organise/help-centres/actions.ts#saveHelpCentreAction': {
    expect: organisersOnly,
    input: (f: Fixture) => form({ name: unique('Matrix help centre'), cityId: String(f.ghent), address: '', phone: '+32 9 123 45 67', website: 'https://www.example.org', lat: '', lng: '' }),
  },
};
