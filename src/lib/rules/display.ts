/**
 * What a page needs to show a rule: plain, serialisable data (the guide island gets it in each step's data part), built
 * once per build for "today". The badge text and labels live here so .astro and Preact views say the same.
 */
import { clockEntries, type ClockEntry } from '../clock/deadlines';
import { joinBase } from '../url';
import { chineseIsoDate } from './dates';
import { DAY_KIND_NOTE, mentionsPlainDays } from './format';
import { inlineValue, resolveRule, valueKeys, type DatedSource, type ResolvedRule, type Rule } from './resolve';
import type { Confidence } from './schema';
import { boundTexts, type Version } from './versions';

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
  official: '官方文档',
  'official-conflict': '官方版本不一',
  news: '新闻报道',
  'third-party': '第三方',
  inference: '我们的推断',
  none: '未找到来源',
};

export const CHECK_CABINET = '以卖家后台为准';
export const STALE_LABEL = '可能过时';

export interface SourceDisplay {
  id: string;
  title: string;
  url: string;
  /** "2026年11月26日发布" or "2026年11月28日读取". */
  dateText: string;
}

export interface RuleDisplay {
  id: string;
  /** /rules/#id with the base path. */
  href: string;
  statement: string;
  /** The inline value: "24 小时", "15 天 / 30 天（版本不一）". */
  value: string;
  /** Per key, for rules with several values (`{rule:id.key}`). */
  values?: Record<string, string>;
  /**
   * While versions disagree about a number: the lower and the higher (`{rule:id@low}`), per value key
   * ('' for the rule's single value).
   */
  bounds?: Record<string, Record<Version, string>>;
  confidence: Confidence;
  stale: boolean;
  /** Only set when the rule counts in plain 「天」 of an unstated kind. */
  dayNote?: string;
  sources: SourceDisplay[];
  /** The deadlines the clock can count from this rule's durations; absent when it has none. */
  clock?: ClockEntry[];
}

export function sourceDateText(s: Pick<DatedSource, 'date' | 'dateKind'>): string {
  return `${chineseIsoDate(s.date)}${s.dateKind === 'published' ? '发布' : '读取'}`;
}

/** "新闻报道 · 以卖家后台为准 · 可能过时". */
export function badgeText(d: Pick<RuleDisplay, 'confidence' | 'stale'>): string {
  return [CONFIDENCE_LABELS[d.confidence], d.confidence === 'official' ? '' : CHECK_CABINET, d.stale ? STALE_LABEL : '']
    .filter(Boolean)
    .join(' · ');
}

export function ruleHref(base: string, id: string): string {
  return joinBase(base, `/rules/#${id}`);
}

export function toDisplay(resolved: ResolvedRule, sources: Readonly<Record<string, DatedSource>>, base: string): RuleDisplay {
  const { rule } = resolved;
  const clock = clockEntries(rule.id, rule, {
    confidence: badgeText({ confidence: rule.confidence, stale: false }),
    stale: resolved.stale.stale,
  });
  const keys = valueKeys(rule);
  const allValues = [rule.value, ...Object.values(rule.values ?? {})].filter((v) => v !== undefined);
  const bounds = boundTexts(resolved, keys.length > 0 ? keys : ['']);
  return {
    id: rule.id,
    href: ruleHref(base, rule.id),
    statement: rule.statement,
    value: inlineValue(resolved),
    values: keys.length > 0 ? Object.fromEntries(keys.map((k) => [k, inlineValue(resolved, k)])) : undefined,
    ...(Object.keys(bounds).length > 0 ? { bounds } : {}),
    confidence: rule.confidence,
    stale: resolved.stale.stale,
    dayNote: mentionsPlainDays(allValues) ? DAY_KIND_NOTE : undefined,
    sources: rule.sources.flatMap((id) => {
      const s = sources[id];
      return s ? [{ id, title: s.title, url: s.url, dateText: sourceDateText(s) }] : [];
    }),
    ...(clock.length > 0 ? { clock } : {}),
  };
}

/** Display data for every rule, keyed by id. */
export function displayAll(
  rules: readonly Rule[],
  sources: Readonly<Record<string, DatedSource>>,
  today: string,
  base: string,
): Record<string, RuleDisplay> {
  return Object.fromEntries(rules.map((r) => [r.id, toDisplay(resolveRule(r, sources, today), sources, base)]));
}

/** The value a reference shows: the whole rule, or one key of it; with a version, its lower or higher number. */
export function displayValue(d: RuleDisplay, key?: string, version?: Version): string {
  if (version !== undefined) {
    const v = d.bounds?.[key ?? '']?.[version];
    if (v === undefined) throw new Error(`规则「${d.id}」${key ? `的「${key}」` : ''}现在没有版本不一的数字，不能写 @${version}（改成 {rule:${d.id}${key ? `.${key}` : ''}}）`);
    return v;
  }
  if (key === undefined) return d.value;
  const v = d.values?.[key];
  if (v === undefined) throw new Error(`规则「${d.id}」没有名为「${key}」的数值`);
  return v;
}

const MARKET_LABELS = { domestic: '境内', 'cross-border': '跨境', both: '境内和跨境' } as const;

/** "FBO / FBS · 境内". */
export function scopeText(rule: Pick<Rule, 'models' | 'market'>): string {
  return `${rule.models.join(' / ')} · ${MARKET_LABELS[rule.market]}`;
}
