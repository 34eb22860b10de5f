import { describe, expect, it } from 'vitest';
import { buildReasonMatcher, UNCLASSIFIED } from '../../../src/lib/returns/reasons';
import { REASON_CATEGORIES } from '../../../src/lib/returns/schema';
import { REASONS } from './dictionary';

const classify = buildReasonMatcher(REASONS);

describe('reason mapping', () => {
  it.for([
    ['Не подошел размер', 'size'],
    ['Не подошёл по размеру', 'size'],
    ['МАЛОМЕРИТ', 'size'],
    ['Цвет не соответствует описанию', 'not-as-described'],
    ['Товар поврежден при доставке', 'damaged'],
    ['Брак при транспортировке', 'damaged'],
    ['Брак', 'defective'],
    ['Не работает', 'defective'],
    ['Покупатель отказался при вручении: недоволен качеством товара', 'defective'],
    ['Неполная комплектация', 'wrong-or-missing'],
    ['Пришел не тот товар', 'wrong-or-missing'],
    ['Передумал', 'changed-mind'],
    ['Товар не подошёл', 'changed-mind'],
    ['Не подошёл размер/фасон', 'size'],
    ['Не подошел размер', 'size'],
    ['Больше не нужен', 'changed-mind'],
    ['Другое', 'other'],
    ['Wrong item', 'wrong-or-missing'],
    ['Changed my mind', 'changed-mind'],
    ['尺码偏小', 'size'],
    ['运输破损', 'damaged'],
  ] as const)('«%s» → %s', ([text, category]) => {
    expect(classify(text)).toBe(category);
  });

  it('leaves a text the dictionary does not know, and an empty one, unclassified', () => {
    expect(classify('Покупатель отказался при вручении')).toBe(UNCLASSIFIED);
    expect(classify('   ')).toBe(UNCLASSIFIED);
  });

  it('covers every category of the guide, each with a fix and a handbook link', () => {
    expect(REASONS.map((r) => r.id).sort()).toEqual([...REASON_CATEGORIES].sort());
    for (const r of REASONS) expect(r.link).toMatch(/^[a-z0-9-]+#.+/);
  });

  it('lets the longest dictionary word decide, whatever the category order', () => {
    const reversed = buildReasonMatcher([...REASONS].reverse());
    expect(reversed('Брак при транспортировке')).toBe('damaged');
    expect(reversed('Размер не соответствует заявленному')).toBe('size');
  });
});
