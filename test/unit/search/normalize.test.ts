import { describe, expect, it, vi } from 'vitest';
import { cleanQuery, foldForMatch, hasTraditional, normalizeQuery, toHalfWidth } from '../../../src/lib/search/normalize';

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

describe('hasTraditional', () => {
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
