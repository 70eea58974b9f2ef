import { notFound } from 'next/navigation';

// Any unknown path within a language shows that language's 404 page.
export default function CatchAll() {
  notFound();
}
