/**
 * A rule as it reads on a given day. Effective dates are compared with "today" (an ISO date passed in, never
 * read from the clock here), so a date that has passed is never announced as coming, and versions that
 * disagreed only about a start date stop being shown as a conflict once every one of those dates is past.
 */
import { chineseIsoDate, daysBetween, monthsBefore, periodEnd } from './dates';
import { formatBody, formatConflict, formatValue, formatValues } from './format';
import type { RuleEntry, RuleValue, RuleVariant, TopicKey } from './schema';

export interface Rule extends RuleEntry {
  id: string;
  topic: TopicKey;
}

/** Just the part of a source that staleness and the pages need. */
export interface DatedSource {
  title: string;
  url: string;
  kind: 'official' | 'news' | 'third-party' | 'law';
  /** 2025-10-15, or 2024-11 / 2021 when the page shows no more. */
  date: string;
  dateKind: 'published' | 'retrieved';
}

export type RuleTiming = 'upcoming' | 'in-force' | 'ended';

export interface ResolvedVariant {
  variant: RuleVariant;
  /** The version's value(s) as text. */
  text: string;
  /** 'future': the version names a start date still ahead. */
  timing: 'past' | 'future' | 'undated';
  /** "2021年11月25日起" or "将于 2026年4月1日起"; absent without a date. */
  dateText?: string;
}

export interface Staleness {
  stale: boolean;
  /** Why, in Chinese, one line per reason. */
  reasons: string[];
}

export interface ResolvedRule {
  rule: Rule;
  timing: RuleTiming;
  /** The rule's own dates in words: "将于 2026年3月11日起生效", "2025年10月15日起生效", "已于 … 失效". */
  timingText?: string;
  /** Every version's start date has passed: the versions are history and the rule's value is the current one. */
  settled: boolean;
  /** True while versions still disagree: the inline value shows them all. */
  conflict: boolean;
  variants: ResolvedVariant[];
  stale: Staleness;
}

export const STALE_VERIFIED_DAYS = 180;
export const STALE_SOURCE_MONTHS = 12;

function ruleTiming(rule: Rule, today: string): { timing: RuleTiming; timingText?: string } {
  if (rule.from && rule.from > today) return { timing: 'upcoming', timingText: `将于 ${chineseIsoDate(rule.from)}起生效` };
  if (rule.until && rule.until < today) return { timing: 'ended', timingText: `已于 ${chineseIsoDate(rule.until)}失效` };
  const parts = [
    rule.from ? `${chineseIsoDate(rule.from)}起生效` : undefined,
    rule.until ? `有效至 ${chineseIsoDate(rule.until)}` : undefined,
  ].filter(Boolean);
  return { timing: 'in-force', timingText: parts.length > 0 ? parts.join('，') : undefined };
}

function variantText(v: RuleVariant): string {
  return v.value ? formatValue(v.value) : formatValues(v.values!);
}

export function staleness(rule: Rule, sources: Readonly<Record<string, DatedSource>>, today: string): Staleness {
  const reasons: string[] = [];
  const age = daysBetween(rule.verified, today);
  if (age > STALE_VERIFIED_DAYS) reasons.push(`上次核对是 ${rule.verified}，已过 ${age} 天（超过 ${STALE_VERIFIED_DAYS} 天）`);
  const dates = rule.sources.flatMap((id) => (sources[id] ? [sources[id].date] : []));
  const cutoff = monthsBefore(today, STALE_SOURCE_MONTHS);
  if (dates.length > 0 && dates.every((d) => periodEnd(d) < cutoff)) {
    const newest = dates.reduce((a, b) => (periodEnd(a) > periodEnd(b) ? a : b));
    reasons.push(`所有来源都早于 ${STALE_SOURCE_MONTHS} 个月前（最新的来源日期是 ${newest}）`);
  }
  return { stale: reasons.length > 0, reasons };
}

export function resolveRule(rule: Rule, sources: Readonly<Record<string, DatedSource>>, today: string): ResolvedRule {
  const variants = (rule.variants ?? []).map((variant): ResolvedVariant => {
    const text = variantText(variant);
    if (!variant.from) return { variant, text, timing: 'undated' };
    return variant.from > today
      ? { variant, text, timing: 'future', dateText: `将于 ${chineseIsoDate(variant.from)}起` }
      : { variant, text, timing: 'past', dateText: `${chineseIsoDate(variant.from)}起` };
  });
  const settled =
    variants.length > 0 && variants.every((v) => v.timing === 'past') && (!rule.from || rule.from <= today);
  return {
    rule,
    ...ruleTiming(rule, today),
    settled,
    conflict: variants.length > 0 && !settled,
    variants,
    stale: staleness(rule, sources, today),
  };
}

/** The rule's named values, or its single value under the key ''. */
function valuesOf(x: { value?: RuleValue; values?: Record<string, RuleValue> }): Record<string, RuleValue> {
  return x.values ?? (x.value ? { '': x.value } : {});
}

/**
 * The value as it is written inline: one value, a chosen key, or every named value; versions that still
 * disagree side by side; a rule not yet (or no longer) in force says so.
 */
export function inlineValue(resolved: ResolvedRule, key?: string): string {
  const { rule } = resolved;
  const pick = (x: { value?: RuleValue; values?: Record<string, RuleValue> }): string | undefined => {
    const all = valuesOf(x);
    if (key !== undefined) return all[key] ? formatBody(all[key]) : undefined;
    return formatValues(all);
  };
  const main = pick(rule);
  if (main === undefined) throw new Error(`规则「${rule.id}」没有名为「${key}」的数值（可用：${Object.keys(valuesOf(rule)).join('、')}）`);
  const texts = resolved.conflict
    ? [main, ...resolved.variants.flatMap((v) => pick(v.variant) ?? [])]
    : [main];
  const text = formatConflict(texts);
  return resolved.timing === 'in-force' ? text : `${text}（${resolved.timingText}）`;
}

/** Keys a reference may pick with `value="…"` / `{rule:id.key}`. */
export function valueKeys(rule: RuleEntry): string[] {
  return Object.keys(rule.values ?? {});
}
