/** Rule values as a Chinese reader sees them: "24 小时", "3 个日历日", "1,500 卢布", "4–50 %". */
import type { AmountValue, RuleValue, Unit } from './schema';

/** Number and unit; `count` is a bare number because the sentence around it names what is counted. */
const UNIT_TEXT: Record<Unit, (n: string) => string> = {
  hour: (n) => `${n} 小时`,
  'calendar-day': (n) => `${n} 个日历日`,
  day: (n) => `${n} 天`,
  'working-day': (n) => `${n} 个工作日`,
  month: (n) => `${n} 个月`,
  rub: (n) => `${n} 卢布`,
  percent: (n) => `${n} %`,
  count: (n) => n,
  kg: (n) => `${n} 公斤`,
};

export const formatNumber = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

function formatAmount(v: AmountValue): string {
  const unit = UNIT_TEXT[v.unit];
  if (v.amount !== undefined) return unit(formatNumber(v.amount));
  if (v.min !== undefined && v.max !== undefined) return unit(`${formatNumber(v.min)}–${formatNumber(v.max)}`);
  if (v.min !== undefined) return `至少 ${unit(formatNumber(v.min))}`;
  return `最多 ${unit(formatNumber(v.max!))}`;
}

/** One value without its label: what a reference to that one value shows, since the prose around it names it. */
export function formatBody(v: RuleValue): string {
  return 'text' in v ? v.text : formatAmount(v);
}

/** One value: an amount, a range or a sentence. A label ("买家") goes in front. */
export function formatValue(v: RuleValue): string {
  const body = formatBody(v);
  return v.label ? `${v.label} ${body}` : body;
}

/** Several named values of one rule, in the order the file lists them. */
export function formatValues(values: Record<string, RuleValue>): string {
  return Object.values(values).map(formatValue).join('；');
}

/** Versions that disagree, side by side: "15 天 / 30 天（版本不一）". */
export function formatConflict(texts: readonly string[]): string {
  const distinct = [...new Set(texts)];
  return distinct.length > 1 ? `${distinct.join(' / ')}（版本不一）` : distinct[0]!;
}

/** Said once wherever the unit is `day`: the source does not say which kind of day. */
export const DAY_KIND_NOTE = '来源只写「天」，没有说明是日历日还是工作日';

export function mentionsPlainDays(values: readonly RuleValue[]): boolean {
  return values.some((v) => 'unit' in v && v.unit === 'day');
}
