import { describe, expect, it } from 'vitest';
import type { Hit, PagefindData } from '../../../src/lib/search/engine';
import { answerView, applyFilters, detailView, facet } from '../../../src/lib/search/present';
import { compareFilterValues, handbookKind } from '../../../src/lib/search/kinds';
import { factsFromFragment, headingText } from '../../../src/lib/search/facts';

function data(url: string, content: string, sub: PagefindData['sub_results'] = []): PagefindData {
  return { url, content, excerpt: content, meta: {}, filters: {}, sub_results: sub };
}

function hit(id: string, kind: string, models: string[]): Hit {
  return {
    id,
    tier: 0,
    boost: 0,
    run: 1,
    score: 1,
    facts: { url: `/${id}/`, title: id, kind, models, headings: [] },
    load: async () => data(`/${id}/`, ''),
  };
}

describe('detailView', () => {
  it('links to the first section that mentions the term and lists mentioning sections only', () => {
    const view = detailView(
      data('/handbook/precautions/', '不要误点取消。包装要牢固，运输中损坏。', [
        { title: '注意事项', url: '/handbook/precautions/', excerpt: '页首' },
        { title: '不要误点取消#', url: '/handbook/precautions/#不要误点取消', excerpt: '后台的取消按钮' },
        { title: '包装要牢固#', url: '/handbook/precautions/#包装要牢固', excerpt: '<mark>包</mark>装要牢固' },
      ]),
      ['包装'],
    );
    expect(view.url).toBe('/handbook/precautions/#包装要牢固');
    expect(view.sections).toEqual([{ title: '包装要牢固', url: '/handbook/precautions/#包装要牢固', excerpt: '<mark>包装</mark>要牢固' }]);
    expect(view.excerpt).toContain('<mark>包装</mark>');
  });
  it('prefers a section titled with the term over an earlier one that only mentions it', () => {
    const view = detailView(
      data('/p/', '外包装和包装', [
        { title: '保持专业沟通#', url: '/p/#沟通', excerpt: '有没有外<mark>包装</mark>' },
        { title: '包装要牢固#', url: '/p/#包装', excerpt: '为什么重要' },
      ]),
      ['包装'],
    );
    expect(view.url).toBe('/p/#包装');
    expect(view.sections.map((s) => s.title)).toEqual(['包装要牢固', '保持专业沟通']);
  });
  it("leaves out the section that is the page's own h1", () => {
    const page = { ...data('/g/', '包装', [{ title: '包装破损', url: '/g/#guide-heading', excerpt: '包装' }]), meta: { title: '包装破损' } };
    expect(detailView(page, ['包装']).sections).toEqual([]);
  });
  it('links to the page when no section mentions the term', () => {
    expect(detailView(data('/a/', '包装'), ['包装']).url).toBe('/a/');
  });
});

describe('facet and applyFilters', () => {
  const hits = [hit('a', '注意事项', ['FBS']), hit('b', '流程', ['FBS', 'rFBS']), hit('c', '注意事项', [])];
  it('counts values over the results the other filter leaves', () => {
    expect(facet(hits, 'kind', { kind: null, model: null }, compareFilterValues)).toEqual([
      { value: '流程', count: 1 },
      { value: '注意事项', count: 2 },
    ]);
    expect(facet(hits, 'kind', { kind: null, model: 'rFBS' }, compareFilterValues)).toEqual([{ value: '流程', count: 1 }]);
  });
  it('narrows by kind and model together', () => {
    expect(applyFilters(hits, { kind: '注意事项', model: null }).map((h) => h.id)).toEqual(['a', 'c']);
    expect(applyFilters(hits, { kind: '注意事项', model: 'FBS' }).map((h) => h.id)).toEqual(['a']);
  });
});

describe('facts', () => {
  it('reads title, filters and h2/h3 headings from a Pagefind fragment', () => {
    expect(
      factsFromFragment({
        url: '/handbook/model-rfbs/',
        meta: { title: 'rFBS', section: '按履约模式' },
        filters: { kind: ['履约模式'], model: ['rFBS', 'realFBS'] },
        anchors: [
          { element: 'h1', text: 'rFBS' },
          { element: 'h2', text: '退货要点#' },
          { element: 'div', text: '术语' },
        ],
      }),
    ).toEqual({ url: '/handbook/model-rfbs/', title: 'rFBS', kind: '履约模式', models: ['rFBS', 'realFBS'], headings: ['退货要点'] });
  });
  it('drops the trailing # of heading links', () => {
    expect(headingText('包装要牢固#')).toBe('包装要牢固');
  });
});

describe('kinds', () => {
  it('names handbook pages by section, the glossary as 术语', () => {
    expect(handbookKind('precautions', 'precautions')).toBe('注意事项');
    expect(handbookKind('reference', 'glossary')).toBe('术语');
    expect(handbookKind('procedure', 'assess-request')).toBe('流程');
  });
  it('orders known kinds first, in their fixed order', () => {
    expect(['其他', '模板', '流程'].sort(compareFilterValues)).toEqual(['流程', '模板', '其他']);
  });
});

describe('answerView', () => {
  const outcome: PagefindData = {
    ...data('/guide/dispute/none/', '处理方案. 买家开了争议，你没有证据：别硬撑. 没有视频，争议多半判买家胜。比较现实的做法是交上材料。 现在要做的事. 记下期限。'),
    anchors: [
      { element: 'h1', id: 'guide-heading', text: '买家开了争议，你没有证据：别硬撑' },
      { element: 'h2', id: 'guide-steps-title', text: '现在要做的事' },
    ],
  };
  it('quotes a guide outcome\'s verdict: the text between its title and the first heading', () => {
    const view = answerView(outcome, '买家开了争议，你没有证据：别硬撑');
    expect(view).toEqual({ url: '/guide/dispute/none/', title: '买家开了争议，你没有证据：别硬撑', section: undefined, lines: '没有视频，争议多半判买家胜。比较现实的做法是交上材料。' });
  });
  it('links a handbook answer to its section and quotes the section\'s first lines', () => {
    const page: PagefindData = {
      ...data('/handbook/precautions/', '注意事项. 开头。 包装要牢固. 为什么重要：运输颠簸。 保留证据. 录像。'),
      anchors: [
        { element: 'h1', id: 'top', text: '注意事项' },
        { element: 'h2', id: '包装要牢固', text: '包装要牢固#' },
        { element: 'h2', id: '保留证据', text: '保留证据#' },
      ],
    };
    const view = answerView(page, '注意事项', '包装要牢固');
    expect(view.url).toBe('/handbook/precautions/#包装要牢固');
    expect(view.lines).toBe('为什么重要：运输颠簸。');
  });
  it('skips the short labels before an outcome\'s verdict (适用：FBS)', () => {
    const view = answerView({ ...outcome, content: '处理方案. 买家开了争议，你没有证据：别硬撑. 适用：FBS. 没有视频，争议多半判买家胜。 现在要做的事. 记下期限。' }, 't');
    expect(view.lines).toBe('没有视频，争议多半判买家胜。');
  });
  it('ends a long verdict at a full sentence', () => {
    const long = `${'卖家先看照片再决定。'.repeat(20)}`;
    const view = answerView({ ...outcome, content: `处理方案. 买家开了争议，你没有证据：别硬撑. ${long} 现在要做的事.` }, 't');
    expect(view.lines.endsWith('。')).toBe(true);
    expect([...view.lines].length).toBeLessThanOrEqual(110);
  });
  it('falls back to the excerpt when the fragment has no headings', () => {
    expect(answerView(data('/x/', '正文'), 'x').lines).toBe('正文');
  });
});
