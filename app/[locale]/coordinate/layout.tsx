import type { ReactNode } from 'react';
import '@/components/registration/registration.css';

/**
 * The coordinators' workspace: its stylesheet belongs here, so that each of
 * its pages looks the same whether opened from a bookmark or reached by a click.
 */
export default function CoordinateLayout({ children }: { children: ReactNode }) {
  return children;
}
