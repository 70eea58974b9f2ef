/**
 * The social preview card (1200×630) drawn by next/og: a blue heart and up to
 * three lines of text. Text is passed as React children, which Satori draws
 * as text: a building's name is never interpreted as markup.
 */
export const OG_SIZE = { width: 1200, height: 630 };

const HEART =
  'M16 28.5 3.6 16.4C.2 13 .2 7.6 3.6 4.3a8.2 8.2 0 0 1 11.6 0l.8.8.8-.8a8.2 8.2 0 0 1 11.6 0c3.4 3.3 3.4 8.7 0 12.1z';

export function ShareCard({ kicker, title, lines }: { kicker: string; title: string; lines: string[] }) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        alignItems: 'center',
        background: 'linear-gradient(135deg, #0b2a5b 0%, #0b3d91 60%, #0b5cd5 100%)',
        color: '#ffffff',
        padding: '60px 72px',
        fontFamily: 'sans-serif',
      }}
    >
      <svg width="260" height="244" viewBox="0 0 32 30" style={{ flexShrink: 0, marginRight: 56 }}>
        <path d={HEART} fill="#3d8bff" stroke="#ffffff" strokeWidth="1.2" strokeLinejoin="round" />
      </svg>
      <div style={{ display: 'flex', flexDirection: 'column', flex: 1, minWidth: 0 }}>
        <div style={{ fontSize: 30, color: '#bcd6ff', marginBottom: 16 }}>{kicker}</div>
        <div style={{ fontSize: title.length > 40 ? 56 : 68, fontWeight: 700, lineHeight: 1.1, marginBottom: 24 }}>
          {title}
        </div>
        {lines.map((line) => (
          <div key={line} style={{ fontSize: 34, lineHeight: 1.35, color: '#e6efff' }}>
            {line}
          </div>
        ))}
      </div>
    </div>
  );
}
