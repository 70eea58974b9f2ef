'use server';

import { z } from 'zod';
import { formAction, on, translator, type ParseResult } from '@/app/_lib/form-actions';
import type { ActionState } from '@/lib/action-state';
import { UnknownCampaignError } from '@/lib/campaigns/campaigns';
import { confirmImport, discardImport, stageImport } from '@/lib/imports/imports';
import { IMPORT_LIMITS } from '@/lib/imports/limits';
import { ImportChangedError, ImportFileError, ImportHasErrorsError, NothingToImportError, UnknownImportError } from '@/lib/imports/errors';
import { canImportRegistrations } from '@/lib/permissions';
import { id } from '@/lib/validation/common';

/** What the import forms get back: after success, the page the browser goes to. */
export type ImportState = ActionState & { next?: string };

const MEGABYTE = 1024 * 1024;
const uploadId = z.string().regex(/^[0-9a-f]{32}$/);
const done = (next: string): ImportState => ({ ok: true, code: 'ok', message: '', fieldErrors: {}, next });

type Upload = { campaignId: number; file: File };

/** Reads the chosen file and keeps it for its preview; a file that cannot be read is refused with the reason. */
export const uploadImportAction = formAction<Upload, { id: string }, ImportState>({
  namespace: 'Import',
  can: canImportRegistrations,
  parse: async (form): Promise<ParseResult<Upload>> => {
    const campaign = z.object({ campaignId: id }).safeParse({ campaignId: form.get('campaignId') });
    const value = form.get('file');
    const file = value && typeof value !== 'string' && value.size > 0 ? value : null;
    const t = await translator('Import');
    const fileError = !file ? t('errors.fileMissing') : file.size > IMPORT_LIMITS.FILE_MAX_BYTES ? t('errors.fileTooLarge', { max: IMPORT_LIMITS.FILE_MAX_BYTES / MEGABYTE }) : null;
    if (!campaign.success || fileError) return { success: false, error: campaign.success ? undefined : campaign.error, extra: fileError ? { file: [fileError] } : {} };
    return { success: true, data: { campaignId: campaign.data.campaignId, file: file! } };
  },
  run: async (actor, { campaignId, file }) => stageImport(actor, { campaignId, fileName: file.name, bytes: Buffer.from(await file.arrayBuffer()) }),
  errors: [
    on(ImportFileError, (error) => ({ field: 'file', message: `errors.${error.code}`, values: error.params })),
    on(UnknownCampaignError, { field: 'campaignId', message: '@choice' }),
  ],
  done: (staged) => done(`/organise/import/${staged.id}`),
});

type Confirmation = { id: string; mode: 'all' | 'valid'; expected: number };

/** Imports the previewed file: all of it, or only its good rows. */
export const confirmImportAction = formAction<Confirmation, Awaited<ReturnType<typeof confirmImport>>, ImportState>({
  namespace: 'Import',
  can: canImportRegistrations,
  parse: (form) => {
    const parsed = z
      .object({ id: uploadId, mode: z.enum(['all', 'valid']), expected: z.coerce.number().int().min(0) })
      .safeParse({ id: form.get('id'), mode: form.get('mode'), expected: form.get('expected') });
    return parsed.success ? parsed : { success: false, notFound: true };
  },
  run: (actor, { id: upload, mode, expected }) => confirmImport(actor, { id: upload, onlyValid: mode === 'valid', expected }),
  errors: [
    on(UnknownImportError, { code: 'not_found', message: 'errors.uploadGone' }),
    on(ImportHasErrorsError, (error) => ({ code: 'conflict', message: 'errors.hasErrors', values: { count: error.rowsWithErrors } })),
    on(ImportChangedError, (error) => ({ code: 'conflict', message: 'errors.changed', values: { expected: error.expected, valid: error.valid } })),
    on(NothingToImportError, { code: 'conflict', message: 'errors.nothing' }),
    on(ImportFileError, (error) => ({ code: 'conflict', message: `errors.${error.code}`, values: error.params })),
  ],
  // No revalidation: the browser goes on to the import page, rendered afresh (every page that shows
  // registrations is rendered per request). Refreshing this page first would draw it without its
  // file, and without the form that says where to go.
  done: (imported) => done(`/organise/import?done=${imported.id}`),
});

/** Throws an uploaded file away without importing anything. */
export const discardImportAction = formAction<{ id: string }, void, ImportState>({
  namespace: 'Import',
  can: canImportRegistrations,
  parse: (form) => {
    const parsed = z.object({ id: uploadId }).safeParse({ id: form.get('id') });
    return parsed.success ? parsed : { success: false, notFound: true };
  },
  run: (actor, { id: upload }) => discardImport(actor, upload),
  errors: [on(UnknownImportError, { code: 'not_found', message: 'errors.uploadGone' })],
  done: () => done('/organise/import?discarded=1'),
});
