import Link from 'next/link';
import './globals.css';

// Shown for paths outside any language (the localized 404 is app/[locale]/not-found.tsx).
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main id="main" className="page narrow">
          <h1>Page not found</h1>
          <p>There is nothing at this address.</p>
          <p>
            <Link href="/">Go to the map of blue lights</Link>
          </p>
        </main>
      </body>
    </html>
  );
}
