/** What can go wrong with an import; actions and pages turn each into a message. */

/**
 * The file cannot be read as a spreadsheet of buildings at all (not CSV or
 * XLSX, too large, no header…). `code` is a message key of `Import.errors`.
 */
export class ImportFileError extends Error {
  override name = 'ImportFileError';
  constructor(
    readonly code:
      | 'fileEmpty'
      | 'fileTooLarge'
      | 'fileType'
      | 'oldExcel'
      | 'encoding'
      | 'xlsxUnreadable'
      | 'xlsxTooLarge'
      | 'csvQuotes'
      | 'noRows'
      | 'tooManyRows'
      | 'tooManyColumns'
      | 'tooManyCells'
      | 'missingColumns',
    readonly params: Record<string, string | number> = {},
  ) {
    super(`The file cannot be imported (${code}).`);
  }
}

/** No such upload for this organiser (never made, someone else's, imported, discarded or expired). */
export class UnknownImportError extends Error {
  override name = 'UnknownImportError';
}

/** "Import all" asked of a file that has rows with errors. */
export class ImportHasErrorsError extends Error {
  override name = 'ImportHasErrorsError';
  constructor(readonly rowsWithErrors: number) {
    super('Some rows have errors.');
  }
}

/**
 * Checked again on what the import's transaction reads, the file no longer
 * gives what its preview showed (a building registered meanwhile makes a row
 * a duplicate): nothing is imported, the preview is to be looked at again.
 */
export class ImportChangedError extends Error {
  override name = 'ImportChangedError';
  constructor(
    readonly expected: number,
    readonly valid: number,
  ) {
    super('The file gives other rows than its preview showed.');
  }
}

/** No row can be imported. */
export class NothingToImportError extends Error {
  override name = 'NothingToImportError';
}
