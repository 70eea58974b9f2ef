import type { ReactNode } from 'react';
import '@/components/organise/organise.css';

/**
 * The organisers' console: its stylesheet belongs here, so that each of its
 * pages looks the same whether opened from a bookmark or reached by a click.
 */
export default function OrganiseLayout({ children }: { children: ReactNode }) {
  return children;
}
