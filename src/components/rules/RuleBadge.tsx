/**
 * A rule quoted inline: its value plus a small confidence badge linking to the rule's row on /rules/.
 * Preact, so the guide island and the .astro pages (which render it to static HTML) draw it the same way.
 * The badge is left out of the search index: search excerpts should read as the sentence, not its labels.
 */
import { badgeText, displayValue, type RuleDisplay } from '../../lib/rules/display';
import { parsePlaceholders } from '../../lib/rules/placeholders';
import type { Version } from '../../lib/rules/versions';

export function RuleBadge({ rule }: { rule: RuleDisplay }) {
  const cls = `rule-badge rule-badge-${rule.confidence}${rule.stale ? ' rule-badge-stale' : ''}`;
  return (
    <a class={cls} href={rule.href} title={rule.statement} data-pagefind-ignore="">
      {badgeText(rule)}
    </a>
  );
}

export function RuleValue({ rule, valueKey, version }: { rule: RuleDisplay; valueKey?: string; version?: Version }) {
  return (
    <span class="rule-ref" data-rule={rule.id}>
      <span class="rule-value">{displayValue(rule, valueKey, version)}</span> <RuleBadge rule={rule} />
    </span>
  );
}

/** YAML prose with `{rule:…}` / `{not-rule:…}` placeholders, as text with inline rule values. */
export function RuleText({ text, rules }: { text: string; rules: Readonly<Record<string, RuleDisplay>> }) {
  return (
    <>
      {parsePlaceholders(text).segments.map((s, i) => {
        if (s.kind !== 'rule') return s.text;
        const rule = rules[s.id];
        if (!rule) throw new Error(`规则「${s.id}」不存在：content/rules/*.yaml 里没有这个 id`);
        return <RuleValue key={i} rule={rule} valueKey={s.key} version={s.version} />;
      })}
    </>
  );
}
