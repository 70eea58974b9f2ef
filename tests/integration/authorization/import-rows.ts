/**
 * The spreadsheet import's rows of the authorization matrix (see rows.ts):
 * uploading, confirming and discarding an import, and the template, are for
 * organisers only.
 */
import crypto from 'node:crypto';
import { importUploads } from '@/db/schema';
import type { Fixture } from './fixture';
import { form, unique } from './fixture';
import { organisersOnly } from './outcomes';


let spread = 0;
/** A one-building CSV of its own (a new name and place each time, so that no call meets another's duplicate). */
function csv(): string {
  spread += 1;
  return `city;name;latitude;longitude\nGhent;${unique('Matrix import')};${(51.2 + spread * 0.002).toFixed(4).replace('.', ',')};3,70\n`;
}

/** An upload of the fixture's organiser, waiting for its confirmation. */
function staged(f: Fixture): string {
  const id = crypto.randomBytes(16).toString('hex');
  f.db.insert(importUploads).values({ id, userId: f.users.organiser.id, campaignId: f.campaign.id, fileName: 'matrix.csv', bytes: Buffer.from(csv()) }).run();
  return id;
}

export const IMPORT_ACTION_ROWS = {
  '[locale]/organise/import/actions.ts#uploadImportAction': {
    expect: organisersOnly,
    input: (f: Fixture) => {
      const data = form({ campaignId: String(f.campaign.id) });
      data.append('file', new File([csv()], 'buildings.csv', { type: 'text/csv' }));
      return data;
    },
  },
  '[locale]/organise/import/actions.ts#confirmImportAction': {
    expect: organisersOnly,
    input: (f: Fixture) => form({ id: staged(f), mode: 'all', expected: '1' }),
  },
  '[locale]/organise/import/actions.ts#discardImportAction': {
    expect: organisersOnly,
    input: (f: Fixture) => form({ id: staged(f) }),
  },
};

export const IMPORT_ROUTE_ROWS = {
  'api/imports/template/[format]/route.ts': {
    kind: 'checked' as const,
    expect: organisersOnly,
    request: () => ({ url: '/api/imports/template/xlsx?lang=fr', params: { format: 'xlsx' } }),
  },
};
