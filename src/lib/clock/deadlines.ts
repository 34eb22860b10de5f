/**
 * Deadline arithmetic. A duration keeps the unit its rule was written in: hours are exact, calendar days
 * are counted as whole 24-hour days from the start (Ozon's own countdown is what counts, so the page says
 * so), months move the Moscow calendar date.
 */
import { formatBody } from '../rules/format';
import { formatInZone, fromWallClock, wallClock } from './zones';

export const DURATION_UNITS = ['hour', 'calendar-day', 'day', 'working-day', 'month'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

export interface Duration {
  amount: number;
  unit: DurationUnit;
}

export function isDurationUnit(unit: string): unit is DurationUnit {
  return (DURATION_UNITS as readonly string[]).includes(unit);
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function addMonths(start: Date, months: number): Date {
  const w = wallClock(start, 'moscow');
  const total = w.month - 1 + months;
  const year = w.year + Math.floor(total / 12);
  const month = (total % 12) + 1;
  // 1 月 31 日 + 1 个月 = 2 月的最后一天, never 3 月 3 日.
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return fromWallClock({ ...w, year, month, day: Math.min(w.day, lastDay) }, 'moscow')!;
}

function addWorkingDays(start: Date, days: number): Date {
  let due = start;
  for (let left = days; left > 0; ) {
    due = new Date(due.getTime() + DAY);
    const weekday = wallClock(due, 'moscow').weekday;
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return due;
}

export function addDuration(start: Date, d: Duration): Date {
  switch (d.unit) {
    case 'hour':
      return new Date(start.getTime() + d.amount * HOUR);
    case 'calendar-day':
    case 'day':
      return new Date(start.getTime() + d.amount * DAY);
    case 'working-day':
      return addWorkingDays(start, d.amount);
    case 'month':
      return addMonths(start, d.amount);
  }
}

/** "24 小时", "3 个日历日": the duration in the unit its rule uses, worded as the registry words it. */
export function durationText(d: Duration): string {
  return formatBody(d);
}

/** What the reader should know about how a unit was counted; nothing for exact hours. */
export function unitCaveat(unit: DurationUnit): string | undefined {
  switch (unit) {
    case 'hour':
      return undefined;
    case 'calendar-day':
      return '按每天 24 小时从开始时间算起；Ozon 若算到当天结束会晚几个小时，以后台倒计时为准。';
    case 'day':
      return '来源只写「天」，没说是日历日还是工作日；这里按日历日、每天 24 小时计算，以后台倒计时为准。';
    case 'working-day':
      return '这里只跳过周六和周日，没有算俄罗斯的节假日，以后台倒计时为准。';
    case 'month':
      return '按莫斯科日历的同一天计算（没有这一天时取当月最后一天），以后台为准。';
  }
}

/** "还剩 2 天 3 小时" or "已过 5 分钟": whole units, the two largest, never negative zero. */
export function remainingText(due: Date, now: Date): { passed: boolean; text: string } {
  const ms = due.getTime() - now.getTime();
  const passed = ms <= 0;
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const days = Math.floor(minutes / (24 * 60));
  const hours = Math.floor((minutes % (24 * 60)) / 60);
  const mins = minutes % 60;
  const parts = days > 0 ? [`${days} 天`, `${hours} 小时`] : hours > 0 ? [`${hours} 小时`, `${mins} 分钟`] : [`${mins} 分钟`];
  return { passed, text: `${passed ? '已过' : '还剩'} ${parts.join(' ')}` };
}

/** One deadline the clock can count: a duration from the rules registry and what it means. */
export interface ClockEntry {
  /** Unique on the page: the rule id, plus the value key or variant it came from. */
  key: string;
  ruleId: string;
  label: string;
  duration: Duration;
  starts?: string;
  lapse?: string;
  /** Where versions disagree: which version this duration is, so both are shown. */
  variantNote?: string;
  /** The rule's confidence as its badge says it, and whether it may be stale. */
  confidence: string;
  stale: boolean;
}

/** A registry value as the clock sees it: a number with a unit, or text (which it cannot count). */
type LooseValue = { amount?: number; unit?: string; label?: string } | { text: string; label?: string };

/** The parts of a registry rule the clock reads (shape: content/rules, schema in src/lib/rules). */
export interface DurationRuleLike {
  statement: string;
  value?: LooseValue;
  values?: Record<string, LooseValue>;
  variants?: { value?: LooseValue; note?: string }[];
  starts?: string;
  lapse?: string;
}

function durationOf(v: LooseValue | undefined): Duration | undefined {
  if (!v || !('unit' in v) || typeof v.amount !== 'number' || !v.unit || !isDurationUnit(v.unit)) return undefined;
  return { amount: v.amount, unit: v.unit };
}

/**
 * Every countable deadline in a rule: its value, each named duration value, and each variant whose
 * duration differs (so a rule whose versions disagree shows both dates, never just one).
 */
export function clockEntries(
  ruleId: string,
  rule: DurationRuleLike,
  badge: { confidence: string; stale: boolean },
): ClockEntry[] {
  if (!rule.starts) return [];
  const base = { ruleId, starts: rule.starts, lapse: rule.lapse, ...badge };
  const entries: ClockEntry[] = [];
  const main = durationOf(rule.value);
  if (main) entries.push({ ...base, key: ruleId, label: rule.statement, duration: main });
  for (const [k, v] of Object.entries(rule.values ?? {})) {
    const d = durationOf(v);
    if (d) entries.push({ ...base, key: `${ruleId}.${k}`, label: `${rule.statement}：${v.label ?? k}`, duration: d });
  }
  (rule.variants ?? []).forEach((variant, i) => {
    const d = durationOf(variant.value);
    if (!d || entries.some((e) => e.duration.amount === d.amount && e.duration.unit === d.unit)) return;
    entries.push({ ...base, key: `${ruleId}~${i}`, label: rule.statement, duration: d, variantNote: variant.note ?? '另一版本' });
  });
  return entries;
}

export interface DeadlineRow {
  entry: ClockEntry;
  due: Date;
  /** `due` as each clock shows it. Formatted here so the .ics builder, loaded apart, needs no zone code of its own. */
  beijing: string;
  moscow: string;
  passed: boolean;
  remaining: string;
  caveat?: string;
}

/** Every entry's due time and what is left, soonest first. */
export function computeRows(entries: ClockEntry[], start: Date, now: Date): DeadlineRow[] {
  return entries
    .map((entry) => {
      const due = addDuration(start, entry.duration);
      const { passed, text } = remainingText(due, now);
      const times = { beijing: formatInZone(due, 'beijing'), moscow: formatInZone(due, 'moscow') };
      return { entry, due, ...times, passed, remaining: text, caveat: unitCaveat(entry.duration.unit) };
    })
    .sort((a, b) => a.due.getTime() - b.due.getTime());
}

/** The notice for a start so old that nothing is left to count down; undefined while anything is open. */
export function allPassedNotice(rows: DeadlineRow[]): string | undefined {
  if (rows.length === 0 || rows.some((r) => !r.passed)) return undefined;
  return '按这个开始时间，下面所有期限都已经过了。请核对开始时间；如果没错，按每条「到期后」的说明处理，并到后台看申请的当前状态。';
}
