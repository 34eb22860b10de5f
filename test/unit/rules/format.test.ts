import { describe, expect, it } from 'vitest';
import { formatConflict, formatValue, formatValues } from '../../../src/lib/rules/format';

describe('rule values in Chinese', () => {
  it.each([
    [{ amount: 24, unit: 'hour' }, '24 小时'],
    [{ amount: 3, unit: 'calendar-day' }, '3 个日历日'],
    [{ amount: 3, unit: 'day' }, '3 天'],
    [{ amount: 5, unit: 'working-day' }, '5 个工作日'],
    [{ amount: 1, unit: 'month' }, '1 个月'],
    [{ amount: 1500, unit: 'rub' }, '1,500 卢布'],
    [{ amount: 35, unit: 'percent' }, '35 %'],
    [{ amount: 2, unit: 'count' }, '2'],
    [{ amount: 25, unit: 'kg' }, '25 公斤'],
    [{ amount: 4.01, unit: 'percent' }, '4.01 %'],
    [{ min: 4, max: 50, unit: 'percent' }, '4–50 %'],
    [{ min: 3, max: 14, unit: 'day' }, '3–14 天'],
    [{ min: 5000, unit: 'rub' }, '至少 5,000 卢布'],
    [{ max: 1800, unit: 'rub' }, '最多 1,800 卢布'],
    [{ amount: 14, unit: 'day', label: '买家' }, '买家 14 天'],
    [{ text: '买家付回程运费' }, '买家付回程运费'],
    [{ text: '卖家付', label: '不合格退货' }, '不合格退货 卖家付'],
  ] as const)('%j → %s', (value, text) => {
    expect(formatValue(value)).toBe(text);
  });

  it('lists several named values in file order', () => {
    expect(formatValues({ buyer: { amount: 14, unit: 'day', label: '买家' }, ozon: { amount: 31, unit: 'day', label: 'Ozon' } })).toBe(
      '买家 14 天；Ozon 31 天',
    );
  });

  it('shows versions side by side only when they really differ', () => {
    expect(formatConflict(['15 天', '30 天'])).toBe('15 天 / 30 天（版本不一）');
    expect(formatConflict(['24 小时', '24 小时'])).toBe('24 小时');
  });
});
