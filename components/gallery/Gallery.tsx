'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import './gallery.css';

export type GalleryItem = {
  key: string;
  url: string;
  alt: string;
  building: string;
  city: string;
  /** "Photo: …", already worded; empty without a credit. */
  credit: string;
  /** "On the night" or "Registration photo". */
  role: string;
};

/**
 * The photos as a grid of buttons; each opens a lightbox, a modal `<dialog>`:
 * Escape closes it (the browser's own), the arrow keys and the buttons move
 * to the previous or next photo, and the focus goes back to the photo that
 * opened it.
 */
export function Gallery({ items }: { items: GalleryItem[] }) {
  const t = useTranslations('Gallery');
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const [index, setIndex] = useState<number | null>(null);
  const current = index === null ? null : items[index];

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (index !== null && !d.open) {
      d.showModal();
      closeButton.current?.focus();
    }
  }, [index]);

  const open = (i: number, button: HTMLButtonElement) => {
    opener.current = button;
    setIndex(i);
  };
  const close = () => dialog.current?.close();
  const move = (by: number) => setIndex((i) => (i === null ? i : (i + by + items.length) % items.length));
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'ArrowRight') {
      event.preventDefault();
      move(1);
    } else if (event.key === 'ArrowLeft') {
      event.preventDefault();
      move(-1);
    }
  };

  return (
    <>
      <ul className="gallery" data-testid="gallery">
        {items.map((item, i) => (
          <li key={item.key}>
            <figure>
              <button type="button" onClick={(e) => open(i, e.currentTarget)} aria-haspopup="dialog" aria-label={t('open', { alt: item.alt })}>
                {/* eslint-disable-next-line @next/next/no-img-element -- our own route serves the stored photo */}
                <img src={item.url} alt="" loading="lazy" decoding="async" />
              </button>
              <figcaption>
                <strong>{item.building}</strong>, {item.city}
                <span className="gallery__credit">
                  {item.role}
                  {item.credit ? ` · ${item.credit}` : ''}
                </span>
              </figcaption>
            </figure>
          </li>
        ))}
      </ul>
      <dialog
        ref={dialog}
        className="lightbox"
        aria-labelledby="lightbox-title"
        onKeyDown={onKeyDown}
        onClose={() => {
          setIndex(null);
          opener.current?.focus();
        }}
      >
        {current ? (
          <figure>
            <div className="lightbox__bar">
              <p id="lightbox-title" aria-live="polite">
                {t('position', { n: index! + 1, total: items.length })}
              </p>
              <div>
                <button type="button" className="button secondary" onClick={() => move(-1)} aria-label={t('previous')}>
                  ←
                </button>{' '}
                <button type="button" className="button secondary" onClick={() => move(1)} aria-label={t('next')}>
                  →
                </button>{' '}
                <button type="button" className="button" onClick={close} ref={closeButton}>
                  {t('close')}
                </button>
              </div>
            </div>
            {/* eslint-disable-next-line @next/next/no-img-element -- our own route serves the stored photo */}
            <img src={current.url} alt={current.alt} />
            <figcaption>
              <strong>{current.building}</strong>, {current.city}
              <span className="lightbox__credit">
                {current.role}
                {current.credit ? ` · ${current.credit}` : ''}
              </span>
            </figcaption>
          </figure>
        ) : null}
      </dialog>
    </>
  );
}
