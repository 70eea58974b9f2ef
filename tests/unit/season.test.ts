import { describe, expect, it } from 'vitest';
import { campaignOfTheMoment } from '@/lib/campaigns/moment';
import { seasonChecklist, type SeasonFacts } from '@/lib/campaigns/season';

const campaign = (year: number, deadline = `${year}-07-16T21:59:00Z`) => ({ year, eventDate: `${year}-07-30`, registrationDeadline: new Date(deadline) });
const all = [campaign(2027), campaign(2026), campaign(2025)];
const at = (iso: string) => new Date(iso);

describe('the campaign of the moment', () => {
  it("is tonight's on the day and the day before, even after its deadline", () => {
    expect(campaignOfTheMoment(all, at('2026-07-30T20:00:00Z'))).toMatchObject({ campaign: { year: 2026 }, reason: 'tonight' });
    expect(campaignOfTheMoment(all, at('2026-07-29T08:00:00Z'))).toMatchObject({ campaign: { year: 2026 }, reason: 'tonight' });
    // Just before midnight in Brussels on the 30th is still the day; just after it is not.
    expect(campaignOfTheMoment(all, at('2026-07-30T21:59:00Z'))?.reason).toBe('tonight');
    expect(campaignOfTheMoment(all, at('2026-07-30T22:01:00Z'))?.reason).not.toBe('tonight');
  });

  it('is the one open for registration, the nearest deadline first, in winter', () => {
    expect(campaignOfTheMoment(all, at('2026-12-05T10:00:00Z'))).toMatchObject({ campaign: { year: 2027 }, reason: 'open' });
    expect(campaignOfTheMoment(all, at('2026-03-01T10:00:00Z'))).toMatchObject({ campaign: { year: 2026 }, reason: 'open' });
  });

  it('is the next upcoming once registration has closed, then the latest', () => {
    expect(campaignOfTheMoment(all, at('2027-07-20T10:00:00Z'))).toMatchObject({ campaign: { year: 2027 }, reason: 'upcoming' });
    expect(campaignOfTheMoment(all, at('2027-08-02T10:00:00Z'))).toMatchObject({ campaign: { year: 2027 }, reason: 'latest' });
    expect(campaignOfTheMoment([campaign(2025), campaign(2026)], at('2028-01-01T10:00:00Z'))?.campaign.year).toBe(2026);
  });

  it('is nothing without campaigns', () => {
    expect(campaignOfTheMoment([], at('2026-07-30T20:00:00Z'))).toBeUndefined();
  });
});

const statuses = { submitted: 0, approved: 0, rejected: 0, withdrawn: 0 };
const facts = (over: Partial<SeasonFacts> = {}): SeasonFacts => ({
  campaign: { year: 2027, eventDate: '2027-07-30', theme: { en: 'Theme', fr: 'Thème', nl: 'Thema', de: 'Thema' }, published: false, deadlineReminderDays: [7, 1] },
  cities: 0,
  coordinators: 0,
  coordinatorsSignedIn: 0,
  remindersSent: 0,
  statuses,
  eventsWaiting: 0,
  lit: 0,
  ...over,
});
const spring = at('2027-03-01T10:00:00Z');
const doneOf = (f: SeasonFacts, now = spring) => Object.fromEntries(seasonChecklist(f, now).steps.map((s) => [s.key, s.done]));

describe('the season checklist', () => {
  it('starts with creating the campaign when there is none', () => {
    const { next, steps } = seasonChecklist(facts({ campaign: null }), spring);
    expect(next).toMatchObject({ key: 'campaign', href: '/organise/campaigns' });
    expect(steps.filter((s) => s.done).map((s) => s.key)).toEqual([]);
  });

  it('wants the theme in all four languages before the campaign counts as created', () => {
    const { next } = seasonChecklist(facts({ campaign: { ...facts().campaign!, theme: { en: 'Theme', fr: ' ' } } }), spring);
    expect(next).toMatchObject({ key: 'campaign', count: 1, href: '/organise/campaigns?edit=2027#campaign-2027' });
  });

  it('names the next step as the data grows, through the whole season', () => {
    expect(seasonChecklist(facts(), spring).next?.key).toBe('cities');
    expect(seasonChecklist(facts({ cities: 3 }), spring).next).toMatchObject({ key: 'coordinators', href: '/organise/coordinators' });
    // Reminders are on by default (7 and 1 days before the deadline): next comes publishing.
    expect(seasonChecklist(facts({ cities: 3, coordinators: 1 }), spring).next?.key).toBe('publish');
    const noReminders = facts({ cities: 3, coordinators: 1, campaign: { ...facts().campaign!, deadlineReminderDays: [] } });
    expect(seasonChecklist(noReminders, spring).next?.key).toBe('reminders');
    const published = { cities: 3, coordinators: 1, campaign: { ...facts().campaign!, published: true } };
    expect(seasonChecklist(facts(published), spring).next).toMatchObject({ key: 'review', href: '/organise/review?year=2027' });
    expect(seasonChecklist(facts({ ...published, statuses: { ...statuses, submitted: 2, approved: 1 } }), spring).next).toMatchObject({ key: 'review', count: 2 });
    const reviewed = { ...published, statuses: { ...statuses, approved: 3 } };
    expect(doneOf(facts(reviewed))).toMatchObject({ review: true, press: true, night: false, results: false });
    expect(seasonChecklist(facts(reviewed), spring).next).toMatchObject({ key: 'night', href: '/organise/registrations?year=2027&status=approved' });
    // On the night the lit count grows; the step is done once the day is over.
    expect(seasonChecklist(facts({ ...reviewed, lit: 2 }), at('2027-07-30T20:00:00Z')).next).toMatchObject({ key: 'night', count: 2 });
    expect(seasonChecklist(facts({ ...reviewed, lit: 2 }), at('2027-07-31T08:00:00Z')).next).toBeNull();
  });

  it('does not call an empty queue reviewed when nothing was registered', () => {
    const published = facts({ cities: 1, coordinators: 1, campaign: { ...facts().campaign!, published: true } });
    expect(doneOf(published)).toMatchObject({ review: false, press: false });
    expect(doneOf(facts({ ...published, statuses: { ...statuses, rejected: 1 } }))).toMatchObject({ review: true, press: false });
  });

  it('keeps the review step open while partners\' events wait, and counts them with the registrations', () => {
    const reviewed = { cities: 3, coordinators: 1, campaign: { ...facts().campaign!, published: true }, statuses: { ...statuses, approved: 3, submitted: 1 } };
    expect(seasonChecklist(facts({ ...reviewed, eventsWaiting: 2 }), spring).next).toMatchObject({ key: 'review', count: 3 });
    const buildingsDone = { ...reviewed, statuses: { ...statuses, approved: 3 } };
    expect(seasonChecklist(facts({ ...buildingsDone, eventsWaiting: 1 }), spring).next).toMatchObject({ key: 'review', count: 1 });
    expect(seasonChecklist(facts({ ...buildingsDone, eventsWaiting: 0 }), spring).next?.key).toBe('night');
  });
});
