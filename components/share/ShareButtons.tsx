'use client';

import { useState, useSyncExternalStore } from 'react';

const never = () => () => {};
/** Whether the browser can do it; false in the HTML, so that the page without JavaScript offers nothing dead. */
const useAble = (check: () => boolean) => useSyncExternalStore(never, check, () => false);

/** The phone's own share sheet (every app the person has), where the browser offers one. */
export function ShareSheetButton({ title, text, url, label }: { title: string; text: string; url: string; label: string }) {
  const able = useAble(() => typeof navigator.share === 'function');
  if (!able) return null;
  const share = () => {
    // Closing the sheet rejects: nothing to do.
    navigator.share({ title, text, url }).catch(() => {});
  };
  return (
    <li>
      <button type="button" className="button share-kit__share" onClick={share}>
        {label}
      </button>
    </li>
  );
}

/** Copies a text (the link, the hashtags) and says so; shown only where the browser can copy. */
export function CopyButton({ value, label, done, item = false }: { value: string; label: string; done: string; item?: boolean }) {
  const able = useAble(() => typeof navigator.clipboard?.writeText === 'function');
  const [copied, setCopied] = useState(false);
  if (!able) return null;
  const copy = () => {
    navigator.clipboard.writeText(value).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  const body = (
    <>
      <button type="button" className="share-kit__link share-kit__copy" onClick={copy}>
        {label}
      </button>
      <span role="status" className="share-kit__status">
        {copied ? done : ''}
      </span>
    </>
  );
  return item ? <li>{body}</li> : body;
}
