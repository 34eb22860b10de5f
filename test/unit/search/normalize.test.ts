import { describe, expect, it, vi } from 'vitest';
import { MAX_QUERY_CHARS, capQuery, cleanQuery, foldForMatch, hasTraditional, normalizeQuery, toHalfWidth } from '../../../src/lib/search/normalize';

describe('toHalfWidth', () => {
  it('turns full-width letters, digits and punctuation into ASCII', () => {
    expect(toHalfWidth('ＦＢＳ　２４小时／ｒＦＢＳ')).toBe('FBS 24小时/rFBS');
  });
  it('leaves Han characters and CJK punctuation outside the full-width ASCII block alone', () => {
    expect(toHalfWidth('退款、争议。「拒收」')).toBe('退款、争议。「拒收」');
  });
});

describe('cleanQuery', () => {
  it('trims and collapses every kind of space', () => {
    expect(cleanQuery('  部分\u3000 退款\n ')).toBe('部分 退款');
  });
  it('drops quotation marks of either alphabet', () => {
    expect(cleanQuery('“包装”')).toBe('包装');
    expect(cleanQuery('「拦截」 "FBS"')).toBe('拦截 FBS');
  });
  it('keeps the case of Latin letters for display', () => {
    expect(cleanQuery('ｒＦＢＳ')).toBe('rFBS');
  });
});

describe('format characters', () => {
  it('drops zero-width spaces, joiners and the BOM so they cannot split a word', () => {
    expect(cleanQuery('包\u200b装')).toBe('包装');
    expect(cleanQuery('\ufeff拒\u200c收\u200d\u2060')).toBe('拒收');
    expect(cleanQuery('部分\u00ad退款')).toBe('部分退款');
  });
  it('drops bidi overrides and isolates so the status line keeps its direction', () => {
    expect(cleanQuery('\u202e包装\u202c')).toBe('包装');
    expect(cleanQuery('\u2067FBS\u2069 \u200f退货\u200e')).toBe('FBS 退货');
  });
  it('keeps every visible character', () => {
    expect(cleanQuery('FBS 包装、拒收。')).toBe('FBS 包装、拒收。');
  });
});

describe('capQuery', () => {
  it('keeps a question of ordinary length as it is', () => {
    expect(capQuery('买家拒收了怎么办')).toEqual({ text: '买家拒收了怎么办', capped: false });
  });
  it('cuts a pasted page to MAX_QUERY_CHARS characters and says so', () => {
    const out = capQuery('包装'.repeat(5000));
    expect(out.capped).toBe(true);
    expect([...out.text]).toHaveLength(MAX_QUERY_CHARS);
  });
  it('counts characters, never cutting one in half', () => {
    const out = capQuery('𠮷'.repeat(100));
    expect(out.text).toBe('𠮷'.repeat(MAX_QUERY_CHARS));
  });
  it('is applied by normalizeQuery', async () => {
    expect([...(await normalizeQuery('退'.repeat(10_000), async () => (t) => t))]).toHaveLength(MAX_QUERY_CHARS);
  });
});

describe('hasTraditional', () => {
  it('needs no converter for a question in simplified characters (怎么, 什么)', () => {
    expect(hasTraditional('买家拒收了怎么办')).toBe(false);
    expect(hasTraditional('部分补偿是什么意思')).toBe(false);
  });
  it('spots traditional characters', () => {
    expect(hasTraditional('退貨')).toBe(true);
    expect(hasTraditional('包裝')).toBe(true);
    expect(hasTraditional('爭議')).toBe(true);
  });
  it('is false for simplified Chinese, Latin text and digits', () => {
    expect(hasTraditional('退货 包装 争议 拒收 自提点')).toBe(false);
    expect(hasTraditional('FBS 24')).toBe(false);
  });
});

describe('normalizeQuery', () => {
  it('does not load the converter for a simplified query', async () => {
    const load = vi.fn();
    await expect(normalizeQuery(' 包装 ', load)).resolves.toBe('包装');
    expect(load).not.toHaveBeenCalled();
  });
  it('converts traditional characters with the loaded converter', async () => {
    const load = vi.fn(async () => (text: string) => text.replace('貨', '货'));
    await expect(normalizeQuery('退貨', load)).resolves.toBe('退货');
    expect(load).toHaveBeenCalledOnce();
  });
  it('works with the real opencc-js converter', async () => {
    const { Converter } = await import('opencc-js/t2cn');
    const convert = Converter({ from: 'tw', to: 'cn' });
    await expect(normalizeQuery('退貨 包裝 爭議', async () => convert)).resolves.toBe('退货 包装 争议');
  });
});

describe('foldForMatch', () => {
  it('compares Latin case-insensitively and full-width as half-width', () => {
    expect(foldForMatch('ＲＦＢＳ')).toBe(foldForMatch('rfbs'));
  });
});
