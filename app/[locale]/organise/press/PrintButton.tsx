'use client';

/** Opens the browser's print dialog; the print stylesheet leaves only the list. */
export function PrintButton({ label }: { label: string }) {
  return (
    <p>
      <button type="button" className="button secondary" onClick={() => window.print()}>
        {label}
      </button>
    </p>
  );
}
