/**
 * Every mail in every language: the subject in the reader's language, times
 * on the building's clock and in that language's conventions, user strings
 * escaped in the HTML, links to the configured address only, and the hotline
 * in the footer. Key facts are asserted, not snapshots.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LightFacts } from '@/lib/calendar/events';
import { LOCALES, type Locale } from '@/lib/constants';
import { resetEnvCache } from '@/lib/env';
import type { RenderedMail } from '@/lib/mail/compose';

const SITE = 'https://bluelights.example.org';
let mails: typeof import('@/lib/mail/sign-in') & typeof import('@/lib/mail/outbox-failures');
let reminders: typeof import('@/lib/reminders/mails');
let review: typeof import('@/lib/review/mails');
let invitation: typeof import('@/lib/users/invitation');

beforeAll(async () => {
  process.env.AUTH_URL = SITE;
  resetEnvCache();
  mails = { ...(await import('@/lib/mail/sign-in')), ...(await import('@/lib/mail/outbox-failures')) };
  reminders = await import('@/lib/reminders/mails');
  review = await import('@/lib/review/mails');
  invitation = await import('@/lib/users/invitation');
});

const HOSTILE = '<img src=x onerror=alert(1)> & "quotes"';
const ESCAPED = '&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;';

/** What every mail must carry, whatever it says. */
function expectFrame(mail: RenderedMail, locale: Locale) {
  for (const part of [mail.text, mail.html]) {
    expect(part).toContain('078/055.800');
    expect(part).toContain('www.stophumantrafficking.be');
    expect(part).toContain(`${SITE}${locale === 'en' ? '/' : `/${locale}`}`);
  }
  expect(mail.html).toContain(`<html lang="${locale}" dir="ltr">`);
  // Links come from the configured address only.
  for (const href of mail.html.matchAll(/href="([^"]+)"/g)) expect(href[1]!.startsWith(SITE)).toBe(true);
  for (const url of mail.text.matchAll(/https?:\/\/\S+/g)) expect(url[0].startsWith(SITE)).toBe(true);
}

/** The hotline's call to action, as each language words it in the footer. */
const HOTLINE: Record<Locale, string> = {
  en: 'Victim or witness of human trafficking? Call 078/055.800',
  fr: 'Victime ou témoin de traite des êtres humains ? Appelez le 078/055.800',
  nl: 'Slachtoffer of getuige van mensenhandel? Bel 078/055.800',
  de: 'Opfer oder Zeuge von Menschenhandel? Rufen Sie an: 078/055.800',
};

describe('the sign-in mail', () => {
  const SUBJECT: Record<Locale, string> = {
    en: 'Your Blue Lights sign-in link',
    fr: 'Votre lien de connexion à Blue Lights',
    nl: 'Uw aanmeldlink voor Blue Lights',
    de: 'Ihr Anmeldelink für Blue Lights',
  };

  it.each(LOCALES)('is in %s, with the link on a line of its own and its validity', (locale) => {
    const link = `${SITE}/api/auth/callback/nodemailer?callbackUrl=${encodeURIComponent(`${SITE}/${locale}/start`)}&token=abc&email=a%40b.be`;
    const mail = mails.signInMail(locale, link, 60);
    expect(mail.subject).toBe(SUBJECT[locale]);
    expect(mail.text.split('\n')).toContain(link);
    expect(mail.html).toContain(`href="${link.replaceAll('&', '&amp;')}"`);
    expect(mail.text).toMatch(/60/);
    expect(mail.text).toContain(HOTLINE[locale]);
    expectFrame(mail, locale);
  });

  it('takes its language from the page the link was asked from', () => {
    const link = (path: string) => `${SITE}/api/auth/callback/nodemailer?callbackUrl=${encodeURIComponent(SITE + path)}&token=t`;
    expect(mails.signInLocale(link('/nl/coordinate'))).toBe('nl');
    expect(mails.signInLocale(link('/de'))).toBe('de');
    expect(mails.signInLocale(link('/start'))).toBe('en');
    expect(mails.signInLocale(`${SITE}/api/auth/callback/nodemailer?token=t`)).toBe('en');
  });
});

describe('the invitation', () => {
  const campaign = { year: 2027, theme: { en: 'Reach every victim', fr: 'Atteindre chaque victime', nl: 'Elk slachtoffer bereiken', de: 'Jedes Opfer erreichen' }, registrationDeadline: new Date('2027-07-16T21:59:00Z') };
  const EXPECTED: Record<Locale, { subject: string; deadline: string; theme: string }> = {
    en: { subject: 'You are invited to Blue Lights', deadline: 'until Friday 16 July 2027, 23:59 (Central European Time)', theme: 'Reach every victim' },
    fr: { subject: 'Vous êtes invité sur Blue Lights', deadline: 'jusqu’au vendredi 16 juillet 2027, 23:59 (heure d’Europe centrale)', theme: 'Atteindre chaque victime' },
    nl: { subject: 'U bent uitgenodigd voor Blue Lights', deadline: 'tot vrijdag 16 juli 2027, 23:59 (Midden-Europese tijd)', theme: 'Elk slachtoffer bereiken' },
    de: { subject: 'Sie sind zu Blue Lights eingeladen', deadline: 'bis Freitag, 16. Juli 2027, 23:59 (Mitteleuropäische Zeit)', theme: 'Jedes Opfer erreichen' },
  };

  it.each(LOCALES)('in %s gives the site’s address, what to do next, the deadline in Brussels time and the theme', (locale) => {
    const mail = invitation.invitationMail(locale, { name: HOSTILE, email: 'bob@ghent.be', role: 'coordinator', cities: ['Gent'], campaign });
    const e = EXPECTED[locale];
    expect(mail.subject).toBe(e.subject);
    expect(mail.text).toContain(`${SITE}${locale === 'en' ? '' : `/${locale}`}/sign-in`);
    expect(mail.text).toContain('bob@ghent.be');
    expect(mail.text).toContain(e.deadline);
    expect(mail.text).toContain(e.theme);
    expect(mail.text).toContain('Gent');
    // The organiser typed the name: text as it is, HTML escaped.
    expect(mail.text).toContain(HOSTILE);
    expect(mail.html).toContain(ESCAPED);
    expect(mail.html).not.toContain('<img');
    expectFrame(mail, locale);
  });

  it('tells an organiser what organisers do, and a coordinator without an open campaign to wait for it', () => {
    const organiser = invitation.invitationMail('fr', { name: 'Anna', email: 'anna@example.org', role: 'organiser', cities: [], campaign: null });
    expect(organiser.text).toContain('comme organisateur');
    const waiting = invitation.invitationMail('nl', { name: 'Bob', email: 'bob@example.org', role: 'coordinator', cities: ['Gent', 'Brugge'], campaign: null });
    expect(waiting.text).toContain('Gent en Brugge');
    expect(waiting.text).toContain('volgende campagne');
  });
});

describe('the review notices and the digest', () => {
  const item = (decision: 'approve' | 'reject', reason: string | null = null, { published = true, keptApproved = false } = {}) => ({
    illuminationId: 12,
    year: 2027,
    cityId: 1,
    cityName: 'Ghent',
    cityNames: { fr: 'Gand', nl: 'Gent', de: 'Gent' },
    buildingName: 'Belfry',
    decision,
    reason,
    keptApproved,
    published,
  });
  const CITY: Record<Locale, string> = { en: 'Ghent', fr: 'Gand', nl: 'Gent', de: 'Gent' };
  const APPROVED: Record<Locale, string> = { en: 'Approved: Belfry', fr: 'Validée : Belfry', nl: 'Goedgekeurd: Belfry', de: 'Freigegeben: Belfry' };
  const REJECTED: Record<Locale, string> = { en: 'Not approved: Belfry', fr: 'Non validée : Belfry', nl: 'Niet goedgekeurd: Belfry', de: 'Nicht freigegeben: Belfry' };

  it.each(LOCALES)('tell an approval in %s, with the city’s name in that language and a link to the registration', (locale) => {
    const mail = review.reviewNotice(locale, 'Griet', [item('approve')]);
    expect(mail.subject).toBe(APPROVED[locale]);
    expect(mail.text).toContain(`(${CITY[locale]}, 2027)`);
    expect(mail.text).toContain(`${SITE}${locale === 'en' ? '' : `/${locale}`}/coordinate/12`);
    expectFrame(mail, locale);
  });

  const ON_MAP_NOW: Record<Locale, string> = {
    en: 'It is on the public map now.',
    fr: 'Elle figure maintenant sur la carte publique.',
    nl: 'Het staat nu op de publieke kaart.',
    de: 'Es ist jetzt auf der öffentlichen Karte.',
  };
  const ONCE_PUBLISHED: Record<Locale, string> = {
    en: 'It will show on the public map once the 2027 campaign is published.',
    fr: 'Elle apparaîtra sur la carte publique dès que la campagne 2027 sera publiée.',
    nl: 'Het verschijnt op de publieke kaart zodra de campagne 2027 gepubliceerd is.',
    de: 'Es erscheint auf der öffentlichen Karte, sobald die Kampagne 2027 veröffentlicht ist.',
  };

  const KEPT_UNTIL_PUBLISHED: Record<Locale, string> = {
    en: 'stays approved, and will show on the public map once the 2027 campaign is published.',
    fr: 'reste validée et apparaîtra sur la carte publique dès que la campagne 2027 sera publiée.',
    nl: 'blijft goedgekeurd en verschijnt op de publieke kaart zodra de campagne 2027 gepubliceerd is.',
    de: 'bleibt freigegeben und erscheint auf der öffentlichen Karte, sobald die Kampagne 2027 veröffentlicht ist.',
  };

  it.each(LOCALES)('say in %s that an approved building is on the public map only when its campaign is published', (locale) => {
    const live = review.reviewNotice(locale, 'Griet', [item('approve')]);
    expect(live.text).toContain(ON_MAP_NOW[locale]);
    expect(live.text).not.toContain(ONCE_PUBLISHED[locale]);
    const waiting = review.reviewNotice(locale, 'Griet', [item('approve', null, { published: false })]);
    expect(waiting.subject).toBe(APPROVED[locale]);
    expect(waiting.text).toContain(ONCE_PUBLISHED[locale]);
    expect(waiting.text).not.toContain(ON_MAP_NOW[locale]);
    expect(waiting.html).toContain(ONCE_PUBLISHED[locale]);
    // A refused change of an approved registration: the approved version is not "on the public map" either.
    const kept = review.reviewNotice(locale, 'Griet', [item('reject', 'Wrong photo', { published: false, keptApproved: true })]);
    expect(kept.text).toContain(KEPT_UNTIL_PUBLISHED[locale]);
    expect(kept.text).not.toMatch(/stays on the public map|reste sur la carte publique|blijft op de publieke kaart|bleibt auf der öffentlichen Karte/);
  });

  it.each(LOCALES)('tell a rejection in %s with the reason, escaped in the HTML', (locale) => {
    const mail = review.reviewNotice(locale, 'Griet', [item('reject', HOSTILE)]);
    expect(mail.subject).toBe(REJECTED[locale]);
    expect(mail.text).toContain(HOSTILE);
    expect(mail.html).toContain(ESCAPED);
    expect(mail.html).not.toContain('<img');
  });

  it.each(LOCALES)('list new submissions for organisers in %s', (locale) => {
    const mail = review.digestMail(locale, 'Olivia', [
      { illuminationId: 1, year: 2027, buildingName: HOSTILE, city: { name: 'Ghent', names: { fr: 'Gand' } }, updatedAt: new Date() },
      { illuminationId: 2, year: 2027, buildingName: 'Tower', city: { name: 'Liège', names: { nl: 'Luik', de: 'Lüttich' } }, updatedAt: new Date() },
    ]);
    expect(mail.subject).toMatch({ en: /^2 new registrations/, fr: /^2 nouvelles inscriptions/, nl: /^2 nieuwe inschrijvingen/, de: /^2 neue Anmeldungen/ }[locale]);
    expect(mail.text).toContain({ en: 'Tower (Liège, 2027)', fr: 'Tower (Liège, 2027)', nl: 'Tower (Luik, 2027)', de: 'Tower (Lüttich, 2027)' }[locale]);
    // One bullet per line: the list block draws it, the line itself does not.
    expect(mail.text).toMatch(/^- Tower \(/m);
    expect(mail.text).not.toMatch(/^- - /m);
    expect(mail.html).toContain(ESCAPED);
    expect(mail.text).toContain(`${SITE}${locale === 'en' ? '' : `/${locale}`}/organise/review`);
    expectFrame(mail, locale);
  });
});

describe('the reminders', () => {
  const campaign = {
    year: 2027,
    eventDate: '2027-07-30',
    published: true,
    theme: { en: 'Reach every victim', fr: 'Atteindre chaque victime', nl: 'Elk slachtoffer bereiken', de: 'Jedes Opfer erreichen' },
    registrationDeadline: new Date('2027-07-16T21:59:00Z'),
  };
  const tokyo: LightFacts = {
    buildingId: 7,
    year: 2027,
    eventDate: '2027-07-30',
    theme: campaign.theme,
    name: 'Embassy <Tokyo>',
    address: '1-6-2 Kudan-Minami',
    city: { name: 'Tokyo', names: {}, timeZone: 'Asia/Tokyo' },
    lat: 35.6938,
    lng: 139.7536,
    lightsOnMode: 'time',
    lightsOnTime: '19:30',
    lightsOffTime: '23:00',
  };
  const ghent: LightFacts = { ...tokyo, buildingId: 8, name: 'Belfry', address: 'Sint-Baafsplein', city: { name: 'Ghent', names: { fr: 'Gand' }, timeZone: 'Europe/Brussels' }, lat: 51.0536, lng: 3.7245, lightsOnMode: 'sunset', lightsOnTime: null, lightsOffTime: '01:00' };
  const items = [
    { illuminationId: 21, facts: tokyo, litCloses: { at: new Date('2027-07-31T03:00:00Z'), timeZone: 'Asia/Tokyo' } },
    { illuminationId: 22, facts: ghent, litCloses: { at: new Date('2027-07-31T10:00:00Z'), timeZone: 'Europe/Brussels' } },
  ];
  const ZONE: Record<Locale, { tokyo: string; brussels: string }> = {
    en: { tokyo: 'Japan Standard Time', brussels: 'Central European Time' },
    fr: { tokyo: 'heure normale du Japon', brussels: 'heure d’Europe centrale' },
    nl: { tokyo: 'Japanse standaardtijd', brussels: 'Midden-Europese tijd' },
    de: { tokyo: 'Japanische Normalzeit', brussels: 'Mitteleuropäische Zeit' },
  };
  const now = new Date('2027-07-29T07:00:00Z');

  it.each(LOCALES)('the day before, in %s: each building’s times on its own clock, the theme, a calendar file', (locale) => {
    const mail = reminders.dayBeforeReminder(locale, 'Bob', campaign, items, now);
    expect(mail.subject).toMatch({ en: /^Tomorrow evening: 2 buildings/, fr: /^Demain soir : 2 bâtiments/, nl: /^Morgenavond: 2 gebouwen/, de: /^Morgen Abend: 2 Gebäude/ }[locale]);
    // Tokyo's 19:30 is Tokyo's clock (12:30 in Brussels), named in the reader's language.
    expect(mail.text).toContain('19:30');
    expect(mail.text).toContain('23:00');
    expect(mail.text).not.toContain('12:30');
    expect(mail.text).toContain(ZONE[locale].tokyo);
    // Ghent at sunset: about 21:33 on Brussels clocks; off after midnight.
    expect(mail.text).toMatch(/21:3\d/);
    expect(mail.text).toContain('01:00');
    expect(mail.text).toContain(ZONE[locale].brussels);
    expect(mail.text).toContain(campaign.theme[locale === 'en' ? 'en' : locale]);
    expect(mail.text).toContain({ en: 'Friday 30 July 2027', fr: 'vendredi 30 juillet 2027', nl: 'vrijdag 30 juli 2027', de: 'Freitag, 30. Juli 2027' }[locale]);
    expect(mail.html).toContain('Embassy &lt;Tokyo&gt;');
    expect(mail.html).not.toContain('<Tokyo>');
    const [ics] = mail.attachments!;
    expect(ics!.contentType).toMatch(/^text\/calendar/);
    expect(ics!.content).toContain('DTSTART;TZID=Asia/Tokyo:20270730T193000');
    expect(ics!.content).toContain('DTEND;TZID=Europe/Brussels:20270731T010000');
    expectFrame(mail, locale);
  });

  it.each(LOCALES)('at lights-on, in %s: a link straight to "Lights are on" for each building', (locale) => {
    const mail = reminders.lightsOnReminder(locale, 'Bob', campaign, items);
    const prefix = `${SITE}${locale === 'en' ? '' : `/${locale}`}`;
    // Each building's card of tonight in the workspace.
    expect(mail.text).toContain(`${prefix}/coordinate?year=2027#building-7`);
    expect(mail.text).toContain(`${prefix}/coordinate?year=2027#building-8`);
    expect(mail.subject).toMatch({ en: /^Lights on/, fr: /^Allumage/, nl: /^Verlichting aan/, de: /^Beleuchtung an/ }[locale]);
    expectFrame(mail, locale);
  });

  it('name a building in the reader’s language where it has a name in it', () => {
    const belfry = { ...items[1]!, illuminationId: 23, facts: { ...ghent, name: 'Belfry', names: { nl: 'Belfort van Gent', fr: 'Beffroi de Gand' } } };
    const nl = reminders.lightsOnReminder('nl', 'Bob', campaign, [belfry]);
    expect(nl.subject).toContain('Belfort van Gent');
    expect(nl.text).toContain('Belfort van Gent');
    expect(reminders.morningAfterReminder('fr', 'Bob', campaign, [belfry]).text).toContain('Beffroi de Gand (Gand)');
    expect(reminders.dayBeforeReminder('de', 'Bob', campaign, [belfry], now).subject).toContain('Belfry');
  });

  it.each(LOCALES)('the next morning, in %s: what is not confirmed, until when, and a request for a photo', (locale) => {
    const mail = reminders.morningAfterReminder(locale, 'Bob', campaign, [items[1]!]);
    expect(mail.subject).toContain('Belfry');
    expect(mail.text).toContain(`${SITE}${locale === 'en' ? '' : `/${locale}`}/coordinate?year=2027#building-8`);
    // Confirming closes at noon, Brussels time.
    expect(mail.text).toContain('12:00');
    expect(mail.text).toContain(ZONE[locale].brussels);
    expect(mail.text).toMatch({ en: /photo/, fr: /photo/, nl: /foto/, de: /Foto/ }[locale]);
    expectFrame(mail, locale);
  });

  it.each(LOCALES)('before the deadline, in %s: the cities with nothing registered and the deadline in Brussels time', (locale) => {
    const mail = reminders.deadlineReminder(locale, 'Bob', campaign, [{ name: 'Ghent', names: { fr: 'Gand' } }, { name: 'Bruges', names: { nl: 'Brugge', fr: 'Bruges', de: 'Brügge' } }]);
    expect(mail.subject).toContain({ en: 'until Friday 16 July 2027, 23:59', fr: 'jusqu’au vendredi 16 juillet 2027, 23:59', nl: 'tot vrijdag 16 juli 2027, 23:59', de: 'bis Freitag, 16. Juli 2027, 23:59' }[locale]);
    expect(mail.text).toContain(`${{ en: 'Friday 16 July 2027, 23:59', fr: 'vendredi 16 juillet 2027, 23:59', nl: 'vrijdag 16 juli 2027, 23:59', de: 'Freitag, 16. Juli 2027, 23:59' }[locale]} (${ZONE[locale].brussels})`);
    expect(mail.text).toContain({ en: 'Ghent and Bruges', fr: 'Gand et Bruges', nl: 'Ghent en Brugge', de: 'Ghent und Brügge' }[locale]);
    expectFrame(mail, locale);
  });
});

describe('the organisers’ report of failed mails', () => {
  it.each(LOCALES)('is in %s, names each failure and links to the outbox page', (locale) => {
    const mail = mails.failureReport(locale, 'Olivia', [{ recipient: 'x@example.org', subject: HOSTILE, lastError: '550 No such user' }]);
    expect(mail.subject).toMatch({ en: /^1 mail could not/, fr: /^1 message n’a pas/, nl: /^1 e-mail kon niet/, de: /^1 E-Mail konnte nicht/ }[locale]);
    expect(mail.text).toContain('x@example.org');
    expect(mail.text).toContain('550 No such user');
    expect(mail.html).toContain(ESCAPED);
    expect(mail.text).toContain(`${SITE}${locale === 'en' ? '' : `/${locale}`}/organise/outbox`);
    expectFrame(mail, locale);
  });
});
