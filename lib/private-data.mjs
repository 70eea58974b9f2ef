/**
 * The data folder holds the database (session tokens, unpublished
 * registrations), photos awaiting review, backups and the session secret:
 * nobody but the user the server runs as may read any of it. New files are
 * made private as they are written; this tightens what was there before (an
 * old `.auth-secret` made 0644, `uploads/` or `backups/` made 0755 by an
 * earlier version, a copy restored by hand) every time the server starts.
 * Plain JavaScript, because server.mjs runs it before Next.js starts.
 */
import fs from 'node:fs';
import path from 'node:path';

const FOLDER_MODE = 0o700;
const FILE_MODE = 0o600;

/**
 * Makes every folder under `dir` (itself included) 0700 and every file 0600.
 * Symbolic links inside are left alone (what they point to is not ours to
 * change); a missing `dir` is fine (it is made private when first written).
 *
 * @param {string} dir the data folder
 * @returns {string[]} what could not be tightened (not ours, say), one line each
 */
export function tightenDataDir(dir) {
  /** @type {string[]} */
  const failures = [];
  /** @param {string} target @param {number} mode */
  const chmod = (target, mode) => {
    try {
      fs.chmodSync(target, mode);
    } catch (error) {
      failures.push(`${target}: ${/** @type {Error} */ (error).message}`);
    }
  };
  /** @param {string} folder */
  const walk = (folder) => {
    chmod(folder, FOLDER_MODE);
    let entries;
    try {
      entries = fs.readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      failures.push(`${folder}: ${/** @type {Error} */ (error).message}`);
      return;
    }
    for (const entry of entries) {
      const target = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(target);
      else if (entry.isFile()) chmod(target, FILE_MODE);
    }
  };
  // The folder itself may be a link to where the data really is.
  let root;
  try {
    root = fs.statSync(dir);
  } catch {
    return failures;
  }
  if (root.isDirectory()) walk(dir);
  return failures;
}
