/** The help centres' sign, as their markers on the map draw it (components/map/help-centre-layer.ts): a white disc with a teal cross. */
export function HelpCentreMark() {
  return (
    <svg className="help-centre-mark" viewBox="0 0 30 30" width="22" height="22" aria-hidden="true" focusable="false">
      <circle cx="15" cy="15" r="12.5" fill="#fff" stroke="#00695c" strokeWidth="3" />
      <path d="M15 9v12M9 15h12" stroke="#00695c" strokeWidth="3.6" strokeLinecap="round" />
    </svg>
  );
}
