import { describe, expect, it } from 'vitest';
import { escapeHtml, excerptAround, excerptText, findRanges, markText, remark } from '../../../src/lib/search/highlight';

describe('findRanges', () => {
  it('finds every occurrence, longest target first where they overlap', () => {
    expect(findRanges('部分退款和退款', ['退款', '部分退款'])).toEqual([[0, 4], [5, 7]]);
  });
  it('is case-insensitive for Latin text', () => {
    expect(findRanges('rFBS and FBS', ['fbs'])).toEqual([[1, 4], [9, 12]]);
  });
});

describe('markText', () => {
  it('escapes the text and marks the targets', () => {
    expect(markText('<b>包装</b> & 包装', ['包装'])).toBe('&lt;b&gt;<mark>包装</mark>&lt;/b&gt; &amp; <mark>包装</mark>');
  });
});

describe('excerptAround', () => {
  it('cuts a window around the first occurrence with ellipses', () => {
    const content = `${'前'.repeat(100)}包装要牢固${'后'.repeat(100)}`;
    const excerpt = excerptAround(content, ['包装'], 10)!;
    expect(excerpt).toBe(`…${'前'.repeat(10)}<mark>包装</mark>要牢固${'后'.repeat(7)}…`);
  });
  it('is null when the content lacks every target', () => {
    expect(excerptAround('退款流程', ['包装'])).toBeNull();
  });
});

describe('remark', () => {
  it("replaces Pagefind's single-character marks with whole-term marks", () => {
    expect(remark('<mark>退</mark>货和部分<mark>退</mark>款', ['部分退款'])).toBe('退货和<mark>部分退款</mark>');
  });
  it("keeps Pagefind's marks when the term is not in the excerpt", () => {
    expect(remark('<mark>退</mark>货', ['部分退款'])).toBe('<mark>退</mark>货');
  });
  it('round-trips escaped text', () => {
    expect(excerptText(escapeHtml('a < b & "c"'))).toBe('a < b & "c"');
  });
});

describe('space-tolerant highlighting', () => {
  it('marks "24 小时" for the query 24小时', () => {
    expect(markText('卖家 24 小时内', ['24小时'])).toBe('卖家 <mark>24 小时</mark>内');
  });
  it('treats regular-expression characters in a term literally', () => {
    expect(findRanges('POST /v1/returns/list?x=1', ['list?x'])).toEqual([[17, 23]]);
  });
});
