/**
 * Build-time source of the registry for every route: the rules and sources collections, resolved once for
 * "today" (the build date, or PLAYBOOK_TODAY=YYYY-MM-DD).
 */
import { getCollection } from 'astro:content';
import { todayFrom } from '../../lib/rules/dates';
import { displayAll, type RuleDisplay } from '../../lib/rules/display';
import { resolveRule, type DatedSource, type ResolvedRule, type Rule } from '../../lib/rules/resolve';
import { TOPICS, type RuleEntry, type TopicKey } from '../../lib/rules/schema';

export interface Registry {
  today: string;
  /** In topic order, then as written in the file. */
  rules: Rule[];
  resolved: Map<string, ResolvedRule>;
  display: Record<string, RuleDisplay>;
  sources: Record<string, DatedSource>;
}

async function load(): Promise<Registry> {
  const [files, sourceEntries] = await Promise.all([getCollection('rules'), getCollection('sources')]);
  const today = todayFrom(process.env.PLAYBOOK_TODAY, new Date());
  const order = new Map<string, number>(TOPICS.map((t, i) => [t.key, i]));
  const rules = files
    .toSorted((a, b) => (order.get(a.id) ?? 99) - (order.get(b.id) ?? 99))
    .flatMap((f) => Object.entries(f.data as Record<string, RuleEntry>).map(([id, entry]): Rule => ({ ...entry, id, topic: f.id as TopicKey })));
  const sources = Object.fromEntries(sourceEntries.map((s): [string, DatedSource] => [s.id, s.data]));
  return {
    today,
    rules,
    resolved: new Map(rules.map((r) => [r.id, resolveRule(r, sources, today)])),
    display: displayAll(rules, sources, today, import.meta.env.BASE_URL),
    sources,
  };
}

let cached: Promise<Registry> | undefined;

export function loadRules(): Promise<Registry> {
  cached ??= load();
  return cached;
}

/** Display data of one rule; an unknown id stops the build (the start-up check names the file first). */
export async function ruleDisplay(id: string): Promise<RuleDisplay> {
  const d = (await loadRules()).display[id];
  if (!d) throw new Error(`规则「${id}」不存在：content/rules/*.yaml 里没有这个 id`);
  return d;
}
