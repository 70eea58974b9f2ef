import { describe, expect, it } from 'vitest';
import { auditChanges, auditReason } from '@/lib/audit/changes';

describe('the changes of an audit entry, for people to read', () => {
  it('lists the fields that differ, per language for a theme, and leaves snapshots and ids to the details', () => {
    const before = { year: 2027, theme: { en: 'Shine', fr: 'Briller' }, published: false, approved: { name: 'A' }, campaignId: 3, deadlineReminderDays: [7, 1] };
    const after = { year: 2027, theme: { en: 'Shine', fr: 'Brillez', nl: 'Schijn' }, published: true, approved: { name: 'B' }, campaignId: 4, deadlineReminderDays: [7, 1] };
    expect(auditChanges(before, after)).toEqual([
      { field: 'theme.fr', before: 'Briller', after: 'Brillez' },
      { field: 'theme.nl', before: null, after: 'Schijn' },
      { field: 'published', before: false, after: true },
    ]);
  });

  it('has nothing to list for a creation (no before), an export (after only), or fields on one side only', () => {
    expect(auditChanges(null, { name: 'Ghent' })).toEqual([]);
    expect(auditChanges(undefined, { format: 'csv', rows: 3 })).toEqual([]);
    expect(auditChanges({ since: null }, { until: '2026-12-05T18:38:15.612Z', count: 1 })).toEqual([]);
  });

  it('finds the reason of a rejection', () => {
    expect(auditReason({ status: 'rejected', reviewReason: 'No photo' })).toBe('No photo');
    expect(auditReason({ status: 'approved', reviewReason: null })).toBeNull();
  });
});
