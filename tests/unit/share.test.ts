/**
 * The share kit's words and addresses: the hashtags organisers type, the
 * networks' share links (every part encoded), and whether a post speaks of
 * the day ahead or of the day gone.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CAMPAIGN_HASHTAGS } from '@/lib/constants';
import { buildingShareTense, campaignShareTense, shareDate } from '@/lib/share/moment';
import { formatHashtags, HASHTAG_LENGTH_MAX, HASHTAGS_MAX, parseHashtags } from '@/lib/share/hashtags';
import { postText, shareLinks, shareUrl } from '@/lib/share/links';
import { localDayEnd } from '@/lib/lights/day';
import { editCampaignSchema } from '@/lib/validation/campaigns';

describe('hashtags as organisers type them', () => {
  it('reads spaces or commas, with or without #, and keeps each once as first written', () => {
    expect(parseHashtags('#BlueHeart, EndHumanTrafficking')).toEqual({ ok: true, tags: ['BlueHeart', 'EndHumanTrafficking'] });
    expect(parseHashtags('  #BlueHeart   #blueheart,,#Stop_Traite  ')).toEqual({ ok: true, tags: ['BlueHeart', 'Stop_Traite'] });
    expect(parseHashtags('')).toEqual({ ok: true, tags: [] });
    expect(parseHashtags(' # ')).toEqual({ ok: true, tags: [] });
  });

  it('takes letters of every script, with their accents, and digits', () => {
    expect(parseHashtags('#JournéeMondiale #Menschenhandel2027 #ЛюдиНеТовар #الاتجار_بالبشر')).toEqual({
      ok: true,
      tags: ['JournéeMondiale', 'Menschenhandel2027', 'ЛюдиНеТовар', 'الاتجار_بالبشر'],
    });
    // A decomposed "é" (e + combining accent) is kept, as one letter.
    const parsed = parseHashtags('#Journe\u0301e');
    expect(parsed).toEqual({ ok: true, tags: ['Journée'] });
  });

  it('names every hashtag the networks would cut or not link', () => {
    expect(parseHashtags('#Blue-Heart #ok #end.trafficking #2027 #it’s #❤️')).toEqual({
      ok: false,
      problems: [
        { problem: 'chars', tag: 'Blue-Heart' },
        { problem: 'chars', tag: 'end.trafficking' },
        { problem: 'noLetter', tag: '2027' },
        { problem: 'chars', tag: 'it’s' },
        { problem: 'chars', tag: '❤️' },
      ],
    });
    expect(parseHashtags('##double')).toEqual({ ok: false, problems: [{ problem: 'chars', tag: '#double' }] });
  });

  it('limits the length of one and the number of all', () => {
    const long = 'a'.repeat(HASHTAG_LENGTH_MAX + 1);
    expect(parseHashtags(`#${'a'.repeat(HASHTAG_LENGTH_MAX)}`).ok).toBe(true);
    expect(parseHashtags(`#${long}`)).toEqual({ ok: false, problems: [{ problem: 'tooLong', tag: long, max: HASHTAG_LENGTH_MAX }] });
    const many = Array.from({ length: HASHTAGS_MAX + 1 }, (_, i) => `#tag${i}`).join(' ');
    expect(parseHashtags(many)).toEqual({ ok: false, problems: [{ problem: 'tooMany', max: HASHTAGS_MAX }] });
    const enough = Array.from({ length: HASHTAGS_MAX }, (_, i) => `#tag${i}`).join(' ');
    expect(parseHashtags(enough).ok).toBe(true);
  });

  it('shows them as people paste them', () => {
    expect(formatHashtags(DEFAULT_CAMPAIGN_HASHTAGS)).toBe('#BlueHeart #EndHumanTrafficking');
    expect(formatHashtags([])).toBe('');
  });

  it('is the campaign form’s field, each problem its own error', () => {
    const base = { id: '1', eventDate: '2027-07-30', theme_en: 'Theme', theme_fr: '', theme_nl: '', theme_de: '', registrationDeadline: '2027-07-16', reminderDays: '', published: '' };
    expect(editCampaignSchema.parse({ ...base, hashtags: 'BlueHeart, #Brugge2027' }).hashtags).toEqual(['BlueHeart', 'Brugge2027']);
    const bad = editCampaignSchema.safeParse({ ...base, hashtags: '#Blue-Heart #2027' });
    expect(bad.success).toBe(false);
    const issues = bad.error!.issues.filter((i) => i.path[0] === 'hashtags');
    expect(issues.map((i) => [i.message, (i as { params?: { tag?: string } }).params?.tag])).toEqual([
      ['hashtagChars', 'Blue-Heart'],
      ['hashtagNoLetter', '2027'],
    ]);
  });
});

describe('the networks’ share links', () => {
  const post = {
    url: 'https://bluelights.example.org/fr/buildings/7',
    text: 'L’hôtel de ville à Bruxelles s’illumine en bleu le 30 juillet & plus ?',
    hashtags: ['BlueHeart', 'JournéeMondiale'],
    title: 'Hôtel de ville, Bruxelles',
  };
  const links = shareLinks(post);
  const full = `${post.text} #BlueHeart #JournéeMondiale`;

  it('puts the hashtags after the sentence', () => {
    expect(postText(post)).toBe(full);
    expect(postText({ text: 'Hi.', hashtags: [] })).toBe('Hi.');
  });

  it('builds each network’s own address, every part encoded', () => {
    expect(links.whatsapp).toBe(`https://wa.me/?text=${encodeURIComponent(`${full} ${post.url}`)}`);
    expect(links.facebook).toBe('https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fbluelights.example.org%2Ffr%2Fbuildings%2F7');
    expect(links.x).toBe(`https://x.com/intent/post?text=${encodeURIComponent(full)}&url=${encodeURIComponent(post.url)}`);
    expect(links.linkedin).toBe('https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fbluelights.example.org%2Ffr%2Fbuildings%2F7');
    expect(links.bluesky).toBe(`https://bsky.app/intent/compose?text=${encodeURIComponent(`${full} ${post.url}`)}`);
    expect(links.email).toBe(`mailto:?subject=${encodeURIComponent(post.title)}&body=${encodeURIComponent(`${full}\n\n${post.url}`)}`);
  });

  it('reads back as what was meant: "&", "?" and "#" do not break out of their parameter', () => {
    const x = new URL(links.x);
    expect(x.searchParams.get('text')).toBe(full);
    expect(x.searchParams.get('url')).toBe(post.url);
    expect([...x.searchParams.keys()]).toEqual(['text', 'url']);
    expect(x.hash).toBe('');
    expect(new URL(links.whatsapp).searchParams.get('text')).toBe(`${full} ${post.url}`);
    // mailto: spaces as %20, never "+", which mail programs keep as a plus.
    expect(links.email).not.toContain('+');
    expect(decodeURIComponent(links.email.split('body=')[1]!)).toBe(`${full}\n\n${post.url}`);
  });

  it('uses the configured site’s address, whatever the path', () => {
    expect(shareUrl(new URL('https://bluelights.example.org'), '/fr/buildings/7')).toBe(post.url);
    expect(shareUrl('https://bluelights.example.org/', '/')).toBe('https://bluelights.example.org/');
  });
});

describe('the day ahead or the day gone', () => {
  const zone = 'Europe/Brussels';
  const offAt = Date.parse('2027-07-30T22:30:00Z'); // 00:30 in Brussels

  it('speaks of a building’s day ahead until its lights are off', () => {
    expect(buildingShareTense('2027-07-30', { offAt, timeZone: zone }, Date.parse('2027-07-30T20:00:00Z'))).toBe('ahead');
    expect(buildingShareTense('2027-07-30', { offAt, timeZone: zone }, offAt - 1)).toBe('ahead');
    expect(buildingShareTense('2027-07-30', { offAt, timeZone: zone }, offAt)).toBe('past');
    // Without a lights-off time, the end of its local day.
    const end = localDayEnd('2027-07-30', zone);
    expect(buildingShareTense('2027-07-30', { offAt: null, timeZone: zone }, end - 1)).toBe('ahead');
    expect(buildingShareTense('2027-07-30', { offAt: null, timeZone: zone }, end)).toBe('past');
  });

  it('speaks of the campaign’s day ahead until its last window ends', () => {
    expect(campaignShareTense({ endsAt: offAt }, offAt - 1)).toBe('ahead');
    expect(campaignShareTense({ endsAt: offAt }, offAt)).toBe('past');
  });

  it('names the day in the page’s language, with its year once past', () => {
    expect(['en', 'fr', 'nl', 'de'].map((l) => shareDate('2027-07-30', l, 'ahead'))).toEqual(['30 July', '30 juillet', '30 juli', '30. Juli']);
    expect(shareDate('2026-07-30', 'en', 'past')).toBe('30 July 2026');
    expect(shareDate('2026-07-30', 'fr', 'past')).toBe('30 juillet 2026');
  });
});
