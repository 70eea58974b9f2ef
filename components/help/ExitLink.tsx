import { headers } from 'next/headers';
import { env } from '@/lib/env';
import { EXIT_ATTRIBUTE, EXIT_SCRIPT } from '@/lib/help/exit-script';
import './exit.css';

/**
 * "Exit this page": a link to a neutral site (EXIT_URL), which a few bytes of
 * inline script (lib/help/exit-script.ts) turn into a quick exit that leaves
 * no way back (and Shift pressed three times does the same). Without
 * JavaScript it is a plain link that tells the other site nothing.
 */
export async function ExitLink({ label }: { label: string }) {
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <>
      <a href={env().EXIT_URL} rel="noreferrer" className="exit-page" {...{ [EXIT_ATTRIBUTE]: '' }}>
        {label}
      </a>
      {/* Our own constant code, no visitor's text. */}
      <script nonce={nonce} dangerouslySetInnerHTML={{ __html: EXIT_SCRIPT }} />
    </>
  );
}
