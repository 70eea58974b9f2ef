import type { IlluminationStatus } from '@/lib/constants';
import './status-badge.css';

/** A registration's status: in words (never by colour alone). */
export function StatusBadge({ status, label }: { status: IlluminationStatus; label: string }) {
  return (
    <span className={`status-badge is-${status}`} data-status={status}>
      {label}
    </span>
  );
}
