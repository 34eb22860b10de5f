import { describe, expect, it } from 'vitest';
import { buildView } from '../../../src/lib/guide/view';
import { validData } from './fixtures';

const data = validData('/base/');

describe('buildView', () => {
  it('describes a question with option links, back link, answers and progress', () => {
    const { view, invalid } = buildView(data, ['delivered', 'rfbs']);
    expect(invalid).toBeUndefined();
    if (view.kind !== 'question') throw new Error('expected a question');
    expect(view.id).toBe('delivered-reason');
    expect(view.options.map((o) => o.href)).toEqual(['/base/guide/delivered/rfbs/damaged/', '/base/guide/delivered/rfbs/changed-mind/']);
    expect(view.backHref).toBe('/base/guide/delivered/');
    expect(view.answers).toEqual([
      { question: '包裹现在在哪里？', summary: '买家已经签收', changeHref: '/base/guide/' },
      { question: '这单用的是哪种履约模式？', summary: 'rFBS 模式', changeHref: '/base/guide/delivered/' },
    ]);
    expect(view.progress.step).toBe(3);
  });

  it('resolves an outcome: deadlines as rules with their sources, templates, handbook hrefs, its date', () => {
    const { view } = buildView(data, ['in-transit', 'rfbs']);
    if (view.kind !== 'outcome') throw new Error('expected an outcome');
    expect(view.deadlines.map((d) => [d.rule.id, d.rule.value, d.rule.confidence, d.text])).toEqual([
      ['cross-border-review-window', '3 个日历日', 'official', undefined],
      ['fbo-review-window', '24 小时', 'news', '第三方来源的期限。'],
    ]);
    expect(view.deadlines[1]!.rule.sources).toEqual([
      { id: 'S29', title: 'Klerk 新闻：Ozon 允许卖家自行审理退货', url: 'https://www.klerk.ru/buh/news/665396/', dateText: '2025年10月15日发布' },
    ]);
    expect(view.deadlines[1]!.rule.href).toBe('/base/rules/#fbo-review-window');
    expect(view.templates.map((t) => [t.id, t.when])).toEqual([['cancel-approved', 'may-start']]);
    expect(view.links).toEqual([{ label: '不要误点取消', href: '/base/handbook/precautions/#不要误点取消' }]);
    expect(view.updated).toBe('2026-11-28');
  });

  it('carries only the rules the tree and its templates quote', () => {
    expect(Object.keys(data.rules)).toEqual([
      'chat-seller-first-window',
      'cross-border-review-window',
      'fbo-review-window',
      'platform-return-period',
    ]);
  });

  it('marks only the shortest path to an outcome for search indexing', () => {
    expect(buildView(data, ['delivered', 'fbs', 'damaged', 'low']).view).toMatchObject({ indexed: true });
    expect(buildView(data, ['delivered', 'rfbs', 'damaged', 'low']).view).toMatchObject({ indexed: false });
  });

  it('shows the last valid step for a path with a stale answer', () => {
    const { view, invalid } = buildView(data, ['delivered', 'cod']);
    expect(view.id).toBe('delivered-model');
    expect(view.segments).toEqual(['delivered']);
    expect(invalid?.segment).toBe('cod');
  });
});
