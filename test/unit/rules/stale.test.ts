import { describe, expect, it } from 'vitest';
import { formatStaleReport, staleRules } from '../../../src/lib/rules/stale';
import { fixtureRules, fixtureSources } from '../../support/fixture-rules';

describe('the rules:stale report', () => {
  it('lists each stale rule of the registry with its file and every reason', () => {
    const stale = staleRules(fixtureRules(), fixtureSources(), '2027-06-01');
    expect(stale.map((s) => [s.topic, s.id, s.reasons.length])).toEqual([
      ['chat', 'chat-reply-window', 1],
      ['chat', 'chat-seller-first-window', 1],
      ['compensation', 'emergency-insurance', 2],
      ['return-period', 'platform-return-period', 1],
      ['review', 'fbo-review-window', 2],
      ['review', 'cross-border-review-window', 2],
    ]);
    const report = formatStaleReport(stale, 6, '2027-06-01');
    expect(report).toContain('按 2027-06-01 计算，6 条规则中有 6 条可能过时');
    expect(report).toContain('content/rules/review.yaml › cross-border-review-window（跨境 rFBS 卖家审理退货申请的时限）');
    expect(report).toContain('      - 上次核对是 2026-11-28，已过 185 天（超过 180 天）');
    expect(report).toContain('      - 所有来源都早于 12 个月前（最新的来源日期是 2021-11-25）');
  });

  it('says so when nothing is stale', () => {
    const recent = fixtureRules().filter((r) => r.id !== 'cross-border-review-window');
    const stale = staleRules(recent, fixtureSources(), '2026-09-01');
    expect(stale).toEqual([]);
    expect(formatStaleReport(stale, recent.length, '2026-09-01')).toBe(
      '按 2026-09-01 计算，5 条规则中有 0 条可能过时（上次核对超过 180 天，或来源都早于 12 个月前）。',
    );
  });
});
