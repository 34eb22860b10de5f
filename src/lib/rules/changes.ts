/** Every `history` entry of the registry as one list, newest first: the changes page and its Atom feed. */
import type { Rule } from './resolve';

export interface RuleChange {
  date: string;
  change: string;
  ruleId: string;
  statement: string;
  /** 1 for the rule's first entry: with the rule id, a stable identity for feed readers. */
  seq: number;
}

export function ruleChanges(rules: readonly Rule[]): RuleChange[] {
  return rules
    .flatMap((r) =>
      r.history.map((h, i) => ({ date: h.date, change: h.change, ruleId: r.id, statement: r.statement, seq: r.history.length - i })),
    )
    .sort((a, b) => b.date.localeCompare(a.date) || a.ruleId.localeCompare(b.ruleId));
}
