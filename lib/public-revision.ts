/**
 * A counter of changes to what the public sees, kept on the process's global
 * object: the proxy and the server actions are bundled apart but run in one
 * process, and both must see the same count.
 */
const REVISION = Symbol.for('blue-lights.public-revision');

type Holder = { [REVISION]?: number };

export function publicRevision(): number {
  return (globalThis as Holder)[REVISION] ?? 0;
}

/** Called after every write that the public map, building pages or feeds may show. */
export function bumpPublicRevision(): void {
  (globalThis as Holder)[REVISION] = publicRevision() + 1;
}
