import { describe, expect, it } from 'vitest';
import {
  addDuration,
  allPassedNotice,
  clockEntries,
  computeRows,
  remainingText,
  unitCaveat,
} from '../../../src/lib/clock/deadlines';
import { formatInZone } from '../../../src/lib/clock/zones';

const start = new Date('2026-11-28T07:00:00Z'); // 10:00 Moscow
const badge = { confidence: '官方文档', stale: false };

describe('adding a rule duration', () => {
  it('counts hours exactly, across midnight in both zones', () => {
    const due = addDuration(start, { amount: 24, unit: 'hour' });
    expect(formatInZone(due, 'moscow')).toBe('2026年11月29日（周日）10:00');
    expect(formatInZone(due, 'beijing')).toBe('2026年11月29日（周日）15:00');
    expect(addDuration(start, { amount: 72, unit: 'hour' }).toISOString()).toBe('2026-12-01T07:00:00.000Z');
  });

  it('counts calendar days as whole days across a month end', () => {
    expect(addDuration(start, { amount: 3, unit: 'calendar-day' }).toISOString()).toBe('2026-12-01T07:00:00.000Z');
    expect(addDuration(new Date('2026-12-30T20:00:00Z'), { amount: 5, unit: 'day' }).toISOString()).toBe('2027-01-04T20:00:00.000Z');
  });

  it('moves months on the Moscow calendar and clamps to the last day', () => {
    const jan31 = new Date('2026-01-31T09:00:00Z');
    expect(formatInZone(addDuration(jan31, { amount: 1, unit: 'month' }), 'moscow')).toBe('2026年2月28日（周六）12:00');
    expect(formatInZone(addDuration(start, { amount: 1, unit: 'month' }), 'moscow')).toBe('2026年12月28日（周一）10:00');
    expect(formatInZone(addDuration(start, { amount: 2, unit: 'month' }), 'moscow')).toBe('2027年1月28日（周四）10:00');
  });

  it('skips weekends for working days', () => {
    // Friday 10:00 Moscow + 1 working day = Monday.
    const friday = new Date('2026-11-27T07:00:00Z');
    expect(formatInZone(addDuration(friday, { amount: 1, unit: 'working-day' }), 'moscow')).toBe('2026年11月30日（周一）10:00');
  });

  it('says how each unit was counted, and nothing for exact hours', () => {
    expect(unitCaveat('hour')).toBeUndefined();
    expect(unitCaveat('day')).toContain('没说是日历日还是工作日');
    expect(unitCaveat('calendar-day')).toContain('24 小时');
  });
});

describe('time left', () => {
  it('counts down in the two largest units and says when it has passed', () => {
    const due = new Date('2026-11-30T10:30:00Z');
    expect(remainingText(due, new Date('2026-11-28T07:00:00Z'))).toEqual({ passed: false, text: '还剩 2 天 3 小时' });
    expect(remainingText(due, new Date('2026-11-30T08:00:00Z'))).toEqual({ passed: false, text: '还剩 2 小时 30 分钟' });
    expect(remainingText(due, new Date('2026-11-30T10:29:00Z'))).toEqual({ passed: false, text: '还剩 1 分钟' });
    expect(remainingText(due, new Date('2026-11-30T15:30:00Z'))).toEqual({ passed: true, text: '已过 5 小时 0 分钟' });
  });
});

describe('deadlines from registry rules', () => {
  const review = { statement: 'FBO 审理时限', value: { amount: 24, unit: 'hour' }, starts: '提交申请时', lapse: '自动同意' };

  it('takes a rule value, each named duration value and each differing variant', () => {
    expect(clockEntries('fbo-review-window', review, badge)).toMatchObject([
      { key: 'fbo-review-window', duration: { amount: 24, unit: 'hour' }, lapse: '自动同意', confidence: '官方文档' },
    ]);
    const transit = {
      statement: '退货件在途',
      values: { buyer: { amount: 14, unit: 'day', label: '买家可开争议' }, ozon: { amount: 31, unit: 'day', label: 'Ozon 主动开' } },
      starts: '寄出时',
    };
    expect(clockEntries('return-in-transit-dispute', transit, badge).map((e) => [e.key, e.label])).toEqual([
      ['return-in-transit-dispute.buyer', '退货件在途：买家可开争议'],
      ['return-in-transit-dispute.ozon', '退货件在途：Ozon 主动开'],
    ]);
    const period = {
      statement: '退货期限',
      value: { amount: 15, unit: 'day' },
      variants: [{ value: { amount: 30, unit: 'day' }, note: '旧版' }, { value: { amount: 15, unit: 'day' } }],
      starts: '收货时',
    };
    expect(clockEntries('platform-return-period', period, badge).map((e) => [e.duration.amount, e.variantNote])).toEqual([
      [15, undefined],
      [30, '旧版'],
    ]);
  });

  it('counts nothing for rules without a start, a text value or a range', () => {
    expect(clockEntries('x', { statement: '谁付运费', value: { amount: 24, unit: 'hour' } }, badge)).toEqual([]);
    expect(clockEntries('x', { statement: '文本', value: {}, starts: '某时' }, badge)).toEqual([]);
    expect(clockEntries('x', { statement: '金额', value: { amount: 1500, unit: 'rub' }, starts: '某时' }, badge)).toEqual([]);
  });

  it('sorts rows soonest first and notices when everything has passed', () => {
    const entries = [
      ...clockEntries('three-days', { statement: '三天', value: { amount: 3, unit: 'calendar-day' }, starts: 's' }, badge),
      ...clockEntries('one-day', { statement: '一天', value: { amount: 24, unit: 'hour' }, starts: 's' }, badge),
    ];
    const fresh = computeRows(entries, start, new Date('2026-11-28T08:00:00Z'));
    expect(fresh.map((r) => r.entry.key)).toEqual(['one-day', 'three-days']);
    expect(fresh.map((r) => [r.moscow, r.beijing])).toEqual([
      ['2026年11月29日（周日）10:00', '2026年11月29日（周日）15:00'],
      ['2026年12月1日（周二）10:00', '2026年12月1日（周二）15:00'],
    ]);
    expect(allPassedNotice(fresh)).toBeUndefined();
    const old = computeRows(entries, new Date('2026-10-01T07:00:00Z'), new Date('2026-11-28T08:00:00Z'));
    expect(old.every((r) => r.passed)).toBe(true);
    expect(allPassedNotice(old)).toContain('都已经过了');
    expect(allPassedNotice([])).toBeUndefined();
  });
});
