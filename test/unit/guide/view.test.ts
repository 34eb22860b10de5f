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

  it('resolves an outcome: sources with their kind, check notices, templates, handbook hrefs', () => {
    const { view } = buildView(data, ['in-transit', 'rfbs']);
    if (view.kind !== 'outcome') throw new Error('expected an outcome');
    expect(view.deadlines).toEqual([
      { text: '有来源的期限。', source: { title: '官方来源', url: 'https://docs.ozon.ru/a', kind: 'official' } },
      { text: '第三方来源的期限。', source: { title: '第三方来源', url: 'https://example.org/b', kind: 'third-party' } },
    ]);
    expect(view.templates.map((t) => t.id)).toEqual(['cancel-approved']);
    expect(view.links).toEqual([{ label: '不要误点取消', href: '/base/handbook/precautions/#不要误点取消' }]);
    expect(buildView(data, ['in-transit', 'fbs']).view).toMatchObject({ deadlines: [{ text: '期限以后台为准。' }] });
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
