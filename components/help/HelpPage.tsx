import Link from 'next/link';
import { HELP_CENTRES, HOTLINE } from '@/lib/help/centres';
import { HELP_LANGUAGES, helpLanguage, helpPath, type HelpLanguageCode } from '@/lib/help/languages';
import { type HelpText } from '@/lib/help/content';
import { ExitLink } from './ExitLink';
import './help.css';

/** A globe, the sign for "language" that needs no words. */
function Globe() {
  return (
    <svg className="help-bar__globe" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <g fill="none" stroke="currentColor" strokeWidth="1.8">
        <circle cx="12" cy="12" r="9.5" />
        <path d="M2.5 12h19M12 2.5c2.6 2.7 3.9 5.9 3.9 9.5s-1.3 6.8-3.9 9.5c-2.6-2.7-3.9-5.9-3.9-9.5S9.4 5.2 12 2.5z" />
      </g>
    </svg>
  );
}

const SIGNS = ['sign1', 'sign2', 'sign3', 'sign4', 'sign5', 'sign6'] as const;
const STEPS = ['what1', 'what2', 'what3'] as const;

/**
 * The help page for victims and witnesses: the way out first (a quick exit
 * that stays in view), then the hotline, the signs, what to do and the
 * specialised centres, and every language the page is written in.
 * Phone numbers and addresses read left to right in any script.
 */
export function HelpPage({ code, text }: { code: HelpLanguageCode; text: HelpText }) {
  const current = helpLanguage(code);
  return (
    <>
      <div className="help-bar">
        <a className="help-bar__language" href="#languages">
          <Globe />
          <span className="visually-hidden">{text.language}: </span>
          {current.name}
        </a>
        <ExitLink label={text.exit} />
      </div>
      <main id="main" className="help">
        <h1>{text.title}</h1>
        <p className="help__intro">{text.intro}</p>

        <section className="help-call" aria-labelledby="help-call">
          <h2 id="help-call">{text.callTitle}</h2>
          <p>
            <a className="help-call__number" href={HOTLINE.tel} dir="ltr">
              {HOTLINE.national}
            </a>
          </p>
          <p>{text.callHours}</p>
          <p>
            {text.fromAbroad}:{' '}
            <a href={HOTLINE.tel} dir="ltr">
              {HOTLINE.international}
            </a>
          </p>
          <p>
            {text.website}:{' '}
            <a href={HOTLINE.websiteUrl} rel="noreferrer" dir="ltr">
              {HOTLINE.website}
            </a>
          </p>
          <p className="help-call__danger">{text.danger}</p>
        </section>

        <p className="help__exit-hint">{text.exitHint}</p>

        <section aria-labelledby="help-signs">
          <h2 id="help-signs">{text.signsTitle}</h2>
          <ul>
            {SIGNS.map((key) => (
              <li key={key}>{text[key]}</li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="help-what">
          <h2 id="help-what">{text.whatTitle}</h2>
          <ol>
            {STEPS.map((key) => (
              <li key={key}>{text[key]}</li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="help-centres">
          <h2 id="help-centres">{text.centresTitle}</h2>
          <p>{text.centresIntro}</p>
          <ul className="help-centres">
            {HELP_CENTRES.map((centre) => (
              <li key={centre.name}>
                <strong dir="ltr">{centre.name}</strong> — {text[centre.city]}
              </li>
            ))}
          </ul>
        </section>

        <nav id="languages" className="help-languages" aria-labelledby="help-languages">
          <h2 id="help-languages">{text.language}</h2>
          <ul>
            {HELP_LANGUAGES.map((l) => (
              <li key={l.code}>
                <a href={helpPath(l.code)} lang={l.tag} hrefLang={l.tag} dir={l.dir} aria-current={l.code === code ? 'page' : undefined}>
                  {l.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </main>
      <footer className="help-footer">
        <Link href="/" lang="en" dir="ltr">
          Blue Lights
        </Link>
      </footer>
    </>
  );
}
