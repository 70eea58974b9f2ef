'use client';

/** On a row that is an edit of something approved: `note` says so, then what changed. */
export function EditChanges({ note, changes }: { note: string; changes: string[] }) {
  return (
    <div className="changed">
      <p>{note}</p>
      {changes.length ? (
        <ul>
          {changes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
