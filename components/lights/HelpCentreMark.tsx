/** The help centres' sign, as their markers on the map draw it (components/map/help-centre-layer.ts): a white drop with a teal cross. */
export function HelpCentreMark() {
  return (
    <svg className="help-centre-mark" viewBox="0 0 30 30" width="22" height="22" aria-hidden="true" focusable="false">
      <path d="M2 2h13a13 13 0 1 1-13 13z" fill="#fff" stroke="#00695c" strokeWidth="3" strokeLinejoin="round" />
      <path d="M15 9v12M9 15h12" stroke="#00695c" strokeWidth="3.6" strokeLinecap="round" />
    </svg>
  );
}
