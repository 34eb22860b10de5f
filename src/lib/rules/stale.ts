/** The `npm run rules:stale` report: every stale rule with why, for the editor who re-checks them. */
import { resolveRule, STALE_SOURCE_MONTHS, STALE_VERIFIED_DAYS, type DatedSource, type Rule } from './resolve';

export interface StaleRule {
  id: string;
  topic: string;
  statement: string;
  reasons: string[];
}

export function staleRules(rules: readonly Rule[], sources: Readonly<Record<string, DatedSource>>, today: string): StaleRule[] {
  return rules.flatMap((rule) => {
    const { stale } = resolveRule(rule, sources, today);
    return stale.stale ? [{ id: rule.id, topic: rule.topic, statement: rule.statement, reasons: stale.reasons }] : [];
  });
}

export function formatStaleReport(stale: readonly StaleRule[], total: number, today: string): string {
  const head =
    `按 ${today} 计算，${total} 条规则中有 ${stale.length} 条可能过时` +
    `（上次核对超过 ${STALE_VERIFIED_DAYS} 天，或来源都早于 ${STALE_SOURCE_MONTHS} 个月前）`;
  if (stale.length === 0) return `${head}。`;
  const lines = stale.map((s) => `  content/rules/${s.topic}.yaml › ${s.id}（${s.statement}）\n${s.reasons.map((r) => `      - ${r}`).join('\n')}`);
  const advice = '核对太久的：对照来源核对后更新 verified；来源太旧的：找到更新的来源（或同一页面的新版本）后改 sources 和 sources.yaml 里的 date。两种都在 history 里记一笔。';
  return `${head}：\n${lines.join('\n')}\n${advice}`;
}
