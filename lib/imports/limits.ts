/** How much one import may hold. Free of Node, so that the upload form can say so too. */
export const IMPORT_LIMITS = {
  /** The file as uploaded: a spreadsheet of a thousand buildings is well under 1 MB. */
  FILE_MAX_BYTES: 2 * 1024 * 1024,
  /** Rows of buildings under the header. */
  ROWS_MAX: 1000,
  /** An XLSX (a ZIP archive) may unpack to at most this much, and hold at most this many files. */
  XLSX_UNPACKED_MAX_BYTES: 30 * 1024 * 1024,
  XLSX_ENTRIES_MAX: 200,
  /** Reading an XLSX stops at the first of these: a list of buildings is far below each. */
  XLSX_READ_MAX_MS: 5_000,
  XLSX_SHARED_STRINGS_MAX: 50_000,
  XLSX_SHARED_CHARS_MAX: 5_000_000,
  /** Columns of a sheet (a header may have a few columns we ignore), and cells, empty ones included. */
  COLUMNS_MAX: 100,
  CELLS_MAX: 100_000,
  /** An uploaded file waits this long for its confirmation, then is no longer used. */
  UPLOAD_TTL_MS: 3 * 60 * 60 * 1000,
  /** A row whose coordinates lie further than this from its city's centre is flagged (swapped latitude and longitude?). */
  FAR_FROM_CITY_M: 30_000,
} as const;
