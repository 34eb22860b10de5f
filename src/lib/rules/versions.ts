/**
 * `{rule:id@low}` / `{rule:id@high}`: the lower or the higher number where versions of a rule disagree. A
 * question over such a rule needs one answer per band (up to the lower, between the two, over the higher);
 * quoting "1,800 卢布 / 1,500 卢布（版本不一）" on both sides of one line leaves readers in between with none.
 */
import { formatBody } from './format';
import type { ResolvedRule, Rule } from './resolve';
import type { AmountValue, RuleValue } from './schema';

export const VERSIONS = ['low', 'high'] as const;
export type Version = (typeof VERSIONS)[number];

export const isVersion = (s: string): s is Version => (VERSIONS as readonly string[]).includes(s);

export type Bounds = Record<Version, AmountValue>;

type Versioned = Pick<Rule, 'id' | 'value' | 'values' | 'variants'>;

/**
 * The lowest and highest number the versions give for the rule's value (or its value `key`), or why there
 * is no such pair, in Chinese, naming the field: every version must give one amount in the same unit, and
 * the amounts must differ.
 */
export function versionBounds(rule: Versioned, key?: string): { bounds: Bounds } | { problem: string } {
  const { id } = rule;
  const variants = rule.variants ?? [];
  if (variants.length === 0) return { problem: `规则「${id}」只有一个版本：@low / @high 只用于各版本数字不一的规则，直接写 {rule:${id}}` };
  const field = key === undefined ? 'value' : `values.${key}`;
  const entries: [string, RuleValue | undefined][] = [
    [field, key === undefined ? rule.value : rule.values?.[key]],
    ...variants.map((v, i): [string, RuleValue | undefined] => [`variants.${i}.${field}`, key === undefined ? v.value : v.values?.[key]]),
  ];
  const amounts: AmountValue[] = [];
  for (const [path, v] of entries) {
    if (v === undefined) return { problem: `规则「${id}」› ${path}：这个版本没有这个数值，@low / @high 无从比较` };
    if (!('unit' in v) || v.amount === undefined)
      return { problem: `规则「${id}」› ${path}：「${formatBody(v)}」不是一个数，@low / @high 只能比较单个数字` };
    amounts.push(v);
  }
  const units = new Set(amounts.map((a) => a.unit));
  if (units.size > 1) return { problem: `规则「${id}」各版本的单位不同（${[...units].join('、')}），@low / @high 无法比较大小` };
  const sorted = [...amounts].sort((a, b) => a.amount! - b.amount!);
  const low = sorted[0]!;
  const high = sorted[sorted.length - 1]!;
  if (low.amount === high.amount)
    return { problem: `规则「${id}」各版本的数字相同（${formatBody(low)}），不需要 @low / @high，直接写 {rule:${id}}` };
  return { bounds: { low: { amount: low.amount, unit: low.unit }, high: { amount: high.amount, unit: high.unit } } };
}

/**
 * What `@low` / `@high` show for a rule on the build date, per value key ('' for a rule's single value).
 * Empty once the versions no longer disagree (every version's start date has passed): the lower/higher of
 * a settled rule would quote history as if it were in force.
 */
export function boundTexts(resolved: ResolvedRule, keys: readonly string[]): Record<string, Record<Version, string>> {
  if (!resolved.conflict) return {};
  const suffix = resolved.timing === 'in-force' ? '' : `（${resolved.timingText}）`;
  const out: Record<string, Record<Version, string>> = {};
  for (const key of keys) {
    const result = versionBounds(resolved.rule, key === '' ? undefined : key);
    if ('bounds' in result)
      out[key] = { low: `${formatBody(result.bounds.low)}${suffix}`, high: `${formatBody(result.bounds.high)}${suffix}` };
  }
  return out;
}
