import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../src/lib/clock/calendar';
import { clockEntries, computeRows } from '../../../src/lib/clock/deadlines';

const start = new Date('2026-11-28T07:00:00Z');
const now = new Date('2026-11-28T08:00:00Z');
const entries = [
  ...clockEntries('fbo-review-window', { statement: 'FBO 审理退货申请', value: { amount: 24, unit: 'hour' }, starts: '提交时', lapse: '系统自动同意退货' }, { confidence: '新闻报道', stale: true }),
  ...clockEntries('cross-border-dispute-window', { statement: '买家可开争议', value: { amount: 5, unit: 'calendar-day' }, starts: '拒绝时' }, { confidence: '官方文档', stale: false }),
];
const rows = computeRows(entries, start, now);
const url = 'https://example.com/guide/delivered/fbo/?start=2026-11-28T10%3A00%2B03%3A00';

describe('the .ics file', () => {
  const result = buildCalendar(rows, start, url);
  if (!result.ok) throw new Error(result.message);
  // Parsed back by an independent library, not by string matching against our own output.
  const calendar = new ICAL.Component(ICAL.parse(result.ics));
  const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));

  it('holds one event per deadline at the computed instant', () => {
    expect(events).toHaveLength(rows.length);
    expect(events.map((e) => e.startDate.toJSDate().toISOString())).toEqual(rows.map((r) => r.due.toISOString()));
    expect(events[0]!.summary).toBe('截止：FBO 审理退货申请');
  });

  it('links back to the page and explains the deadline in both zones', () => {
    for (const c of calendar.getAllSubcomponents('vevent')) expect(c.getFirstPropertyValue('url')).toBe(url);
    expect(events[0]!.description).toContain('北京时间 2026年11月29日（周日）15:00');
    expect(events[0]!.description).toContain('莫斯科时间 2026年11月29日（周日）10:00');
    expect(events[0]!.description).toContain('到期后：系统自动同意退货');
    expect(events[0]!.description).toContain('新闻报道，可能过时');
  });

  it('reminds two hours ahead, and a day ahead for day-long deadlines', () => {
    const triggers = calendar
      .getAllSubcomponents('vevent')
      .map((c) => c.getAllSubcomponents('valarm').map((a) => (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()));
    expect(triggers).toEqual([[-2 * 3600], [-24 * 3600, -2 * 3600]]);
  });
});
