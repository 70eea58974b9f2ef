'use client';

import './photo-picker.css';
import { useEffect, useState, type ChangeEvent } from 'react';
import { FileField } from '@/components/forms';
import { ACCEPTED_PHOTOS } from './submit';

/**
 * A photo's file field that shows the chosen photo before it is sent: the
 * person sees they picked the right one (the building lit blue, not the
 * screenshot before it). The preview is the browser's own copy of the file
 * (`URL.createObjectURL`), let go when another is chosen or the form goes.
 */
export function PhotoPicker({
  name,
  id,
  label,
  hint,
  errors,
  previewAlt,
  onChosen,
}: {
  name: string;
  id?: string;
  label: string;
  hint?: string;
  errors?: string[];
  /** The preview's text alternative ("The photo you chose"). */
  previewAlt: string;
  /** Whether a photo is chosen now. */
  onChosen?: (chosen: boolean) => void;
}) {
  const [preview, setPreview] = useState<string | null>(null);
  useEffect(() => () => {
    if (preview) URL.revokeObjectURL(preview);
  }, [preview]);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Only an image the browser can draw; anything else is left to the server's translated error.
    setPreview(file && file.type.startsWith('image/') ? URL.createObjectURL(file) : null);
    onChosen?.(Boolean(file));
  };

  return (
    <div className="photo-picker">
      <FileField name={name} id={id} label={label} hint={hint} accept={ACCEPTED_PHOTOS} errors={errors} onChange={onChange} />
      {preview ? (
        // eslint-disable-next-line @next/next/no-img-element -- the browser's own copy of the chosen file
        <img className="photo-picker__preview" src={preview} alt={previewAlt} data-testid="photo-preview" />
      ) : null}
    </div>
  );
}
