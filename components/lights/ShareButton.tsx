'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';

/**
 * Shares the page: the system share sheet where the browser has one (phones),
 * else copies the link; where even that is refused, shows the link to copy by hand.
 */
export function ShareButton({ title, text }: { title: string; text: string }) {
  const t = useTranslations('Share');
  const [status, setStatus] = useState<'idle' | 'copied' | 'manual'>('idle');
  const [url, setUrl] = useState('');

  async function share() {
    const href = window.location.href;
    setUrl(href);
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, text, url: href });
        return;
      } catch (error) {
        // The person closed the share sheet: nothing to do.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(href);
      setStatus('copied');
    } catch {
      setStatus('manual');
    }
  }

  return (
    <div className="share">
      <button type="button" className="button" onClick={share}>
        {t('share')}
      </button>
      <p role="status" className="share__status">
        {status === 'copied' ? t('copied') : ''}
      </p>
      {status === 'manual' ? (
        <p>
          <label htmlFor="share-url">{t('copyManually')}</label>{' '}
          <input id="share-url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        </p>
      ) : null}
    </div>
  );
}
