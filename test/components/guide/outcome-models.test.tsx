/** Outcomes that know the model: filtering by the model answered on the way, grouping without one, the check. */
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { GuideStep } from '../../../src/components/guide/GuideStep';
import { groupByModels, pathModel } from '../../../src/lib/guide/models';
import { reachableModels } from '../../../src/lib/guide/validate';
import { buildView, type OutcomeView } from '../../../src/lib/guide/view';
import { fixtureData, validateFixture } from '../../unit/guide/fixtures';

const data = fixtureData('models');

function outcome(segments: string[]): OutcomeView {
  const { view, invalid } = buildView(data, segments);
  if (view.kind !== 'outcome' || invalid) throw new Error(`expected an outcome at ${segments.join('/')}`);
  return view;
}

const texts = (v: OutcomeView) => [
  ...v.steps.map((s) => s.text),
  ...v.deadlines.map((d) => d.text ?? d.rule.statement),
  ...v.evidence.map((e) => e.text),
  ...v.avoid.map((a) => a.text),
];

describe('model of a path', () => {
  it('comes from a model value (fbs, realfbs, …) or an explicit model:, the last one winning', () => {
    expect(pathModel([{ value: 'delivered' }, { value: 'realfbs' }])).toBe('realFBS');
    expect(pathModel([{ value: 'cross-border', model: 'realFBS' }])).toBe('realFBS');
    expect(pathModel([{ value: 'fbs' }, { value: 'damaged' }, { value: 'fbp' }])).toBe('FBP');
    expect(pathModel([{ value: 'dispute' }])).toBeUndefined();
  });
});

describe('an outcome shared by several models', () => {
  it('shows a realFBS seller no FBS-only line, and the realFBS lines untagged', () => {
    for (const path of [['delivered', 'realfbs'], ['cross-border']]) {
      const view = outcome(path);
      expect(view.model).toBe('realFBS');
      expect(texts(view).filter((t) => t.includes('FBS 专用') && !t.includes('realFBS'))).toEqual([]);
      expect(texts(view)).toEqual(['打开退货申请。', 'realFBS 专用的一步。', 'realFBS 专用的期限。', '聊天记录', '不要辱骂买家。']);
      expect([...view.steps, ...view.deadlines].every((l) => l.models === undefined)).toBe(true);
      const html = renderToString(<GuideStep view={view} />);
      expect(html).not.toMatch(/>FBS 专用/);
      expect(html).not.toContain('仅 ');
    }
  });

  it('shows an FBS seller the FBS lines and not the realFBS ones', () => {
    const view = outcome(['delivered', 'fbs']);
    expect(texts(view).some((t) => t.startsWith('realFBS'))).toBe(false);
    expect(texts(view)).toContain('FBS 专用的禁忌。');
  });

  it('with no model on the path, shows every line with its models, grouped by model', () => {
    const view = outcome(['dispute']);
    expect(view.model).toBeUndefined();
    expect(view.steps.map((s) => s.models)).toEqual([undefined, ['FBS'], ['realFBS']]);
    expect(groupByModels(view.evidence).map((g) => [g.models, g.items.map((i) => i.text)])).toEqual([
      [undefined, ['聊天记录']],
      [['FBS'], ['FBS 专用的证据。']],
    ]);
    const html = renderToString(<GuideStep view={view} />);
    expect(html).toContain('<h3 class="guide-model-group">仅 FBS</h3>');
    expect(html).toContain('<h3 class="guide-model-group">仅 realFBS</h3>');
    expect(html).toContain('<span class="guide-line-models">FBS</span>FBS 专用的一步。');
  });

  it('shows the cabinet path as 后台位置 and the API apart, labelled API, and the date as 资料截至', () => {
    const html = renderToString(<GuideStep view={outcome(['dispute'])} />);
    expect(html).toContain('<span class="guide-where">后台位置：卖家后台 → 退货（Возвраты）</span>');
    expect(html).toContain('<span class="guide-api">API：<code>POST /v1/returns/list</code></span>');
    expect(html).toContain('资料截至 <time datetime="2026-11-28">2026年11月28日</time>');
  });
});

describe('the check that every line can show', () => {
  it('knows which models reach each outcome; a path without a model counts as the outcome’s own models', () => {
    expect([...reachableModels(data.tree).get('shared-return')!].sort()).toEqual(['FBS', 'realFBS']);
  });

  it('accepts the models fixture, where every line is reachable', () => {
    expect(validateFixture('models')).toEqual([]);
  });

  it('rejects a line whose models never reach its outcome, naming the node and the line in Chinese', () => {
    const problems = validateFixture('unreachable-line');
    expect(problems.map((p) => [p.kind, p.nodeId])).toEqual([['unreachable-line', 'approve']]);
    expect(problems[0]!.message).toContain('第 2 条步骤「FBO 卖家等 Ozon 审理。」只适用于 FBO');
    expect(problems[0]!.message).toContain('FBS / rFBS');
  });
});
