import { describe, expect, it } from 'vitest';
import { daysBetween, monthsBefore, todayFrom } from '../../../src/lib/rules/dates';
import { badgeText, displayAll, displayValue, toDisplay } from '../../../src/lib/rules/display';
import { inlineValue, resolveRule, staleness, type DatedSource, type Rule } from '../../../src/lib/rules/resolve';
import { boundTexts, versionBounds } from '../../../src/lib/rules/versions';

const source = (date: string): DatedSource => ({ title: '来源', url: 'https://docs.ozon.ru/x', kind: 'official', date, dateKind: 'published' });
const SOURCES = { S1: source('2026-11-01'), S2: source('2025-06-01'), S3: source('2021-11-25') };

function rule(overrides: Partial<Rule> = {}): Rule {
  return {
    id: 'r',
    topic: 'compensation',
    statement: '一条规则',
    value: { amount: 24, unit: 'hour' },
    models: ['FBO'],
    market: 'domestic',
    sources: ['S1'],
    confidence: 'official',
    verified: '2026-11-28',
    history: [{ date: '2026-11-28', change: '录入。' }],
    ...overrides,
  };
}

describe('"today"', () => {
  it('is the build date unless PLAYBOOK_TODAY sets it', () => {
    const now = new Date('2026-11-28T23:30:00Z');
    expect(todayFrom(undefined, now)).toBe('2026-11-28');
    expect(todayFrom('', now)).toBe('2026-11-28');
    expect(todayFrom('2027-01-05', now)).toBe('2027-01-05');
  });

  it('refuses a PLAYBOOK_TODAY that is not a real date, in Chinese', () => {
    expect(() => todayFrom('2026-02-30', new Date())).toThrow(/PLAYBOOK_TODAY 必须是 YYYY-MM-DD/);
    expect(() => todayFrom('明天', new Date())).toThrow(/明天/);
  });

  it('counts days and months across month ends', () => {
    expect(daysBetween('2026-05-31', '2026-11-27')).toBe(180);
    expect(monthsBefore('2026-11-28', 12)).toBe('2025-11-28');
    expect(monthsBefore('2024-02-29', 12)).toBe('2023-02-28');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
  });
});

describe('a rule with an effective date, with a fixed clock', () => {
  const insurance = rule({ value: { text: '可以为仓内商品投保' }, from: '2026-03-11' });

  it('the day before: reads as coming, with its date', () => {
    const r = resolveRule(insurance, SOURCES, '2026-03-10');
    expect(r.timing).toBe('upcoming');
    expect(inlineValue(r)).toBe('可以为仓内商品投保（将于 2026年3月11日起生效）');
  });

  it('on the day and after: reads as in force, never as a future event', () => {
    for (const today of ['2026-03-11', '2026-03-12', '2026-11-28']) {
      const r = resolveRule(insurance, SOURCES, today);
      expect(r.timing).toBe('in-force');
      expect(r.timingText).toBe('2026年3月11日起生效');
      expect(inlineValue(r)).toBe('可以为仓内商品投保');
      expect(inlineValue(r)).not.toContain('将于');
    }
  });

  it('after its end date: says it has ended', () => {
    const r = resolveRule(rule({ until: '2026-06-30' }), SOURCES, '2026-07-01');
    expect(r.timing).toBe('ended');
    expect(inlineValue(r)).toBe('24 小时（已于 2026年6月30日失效）');
    expect(resolveRule(rule({ until: '2026-06-30' }), SOURCES, '2026-06-30').timing).toBe('in-force');
  });
});

describe('versions that disagree', () => {
  const feeStart = rule({
    value: { text: '已开始收取退货处理费，费率见后台' },
    confidence: 'official-conflict',
    variants: [
      { value: { text: '2025-04-01 起收费' }, sources: ['S1'], note: '英文版和 .kz 版', from: '2025-04-01' },
      { value: { text: '2026-04-01 起收费' }, sources: ['S2'], note: '简体中文版', from: '2026-04-01' },
    ],
  });

  it('just before the later start date: still shown side by side, the later version still ahead', () => {
    const r = resolveRule(feeStart, SOURCES, '2026-03-31');
    expect([r.settled, r.conflict]).toEqual([false, true]);
    expect(inlineValue(r)).toBe('已开始收取退货处理费，费率见后台 / 2025-04-01 起收费 / 2026-04-01 起收费（版本不一）');
    expect(r.variants.map((v) => v.dateText)).toEqual(['2025年4月1日起', '将于 2026年4月1日起']);
  });

  it('once every start date has passed: the rule shows as the current rule', () => {
    const r = resolveRule(feeStart, SOURCES, '2026-04-01');
    expect([r.settled, r.conflict]).toEqual([true, false]);
    expect(inlineValue(r)).toBe('已开始收取退货处理费，费率见后台');
    expect(r.variants.map((v) => v.dateText)).toEqual(['2025年4月1日起', '2026年4月1日起']);
  });

  it('versions without a date stay a conflict whatever the day', () => {
    const period = rule({
      value: { amount: 15, unit: 'day' },
      variants: [{ value: { amount: 30, unit: 'day' }, sources: ['S3'], note: '旧版' }],
    });
    expect(inlineValue(resolveRule(period, SOURCES, '2030-01-01'))).toBe('15 天 / 30 天（版本不一）');
  });

  it('a chosen key of several values, with its own versions', () => {
    const dispute = rule({
      value: undefined,
      values: { buyer: { amount: 14, unit: 'day', label: '买家' }, ozon: { amount: 31, unit: 'day' } },
      variants: [{ values: { buyer: { amount: 10, unit: 'day', label: '买家' }, ozon: { amount: 31, unit: 'day' } }, sources: ['S3'], note: '旧版' }],
    });
    const r = resolveRule(dispute, SOURCES, '2026-11-28');
    expect(inlineValue(r, 'ozon')).toBe('31 天');
    expect(inlineValue(r, 'buyer')).toBe('14 天 / 10 天（版本不一）');
    expect(inlineValue(r)).toBe('买家 14 天；31 天 / 买家 10 天；31 天（版本不一）');
    expect(() => inlineValue(r, 'seller')).toThrow(/没有名为「seller」的数值（可用：buyer、ozon）/);
  });
});

describe('staleness', () => {
  it('a rule verified more than 180 days ago is stale; exactly 180 days is not', () => {
    expect(staleness(rule({ verified: '2026-05-31' }), SOURCES, '2026-11-27').stale).toBe(false);
    const old = staleness(rule({ verified: '2026-05-31' }), SOURCES, '2026-11-28');
    expect(old).toEqual({ stale: true, reasons: ['上次核对是 2026-05-31，已过 181 天（超过 180 天）'] });
  });

  it('a rule whose every source is older than 12 months is stale, one recent source is enough', () => {
    expect(staleness(rule({ sources: ['S2', 'S3'] }), SOURCES, '2026-11-28')).toEqual({
      stale: true,
      reasons: ['所有来源都早于 12 个月前（最新的来源日期是 2025-06-01）'],
    });
    expect(staleness(rule({ sources: ['S3', 'S1'] }), SOURCES, '2026-11-28').stale).toBe(false);
    expect(staleness(rule({ sources: ['S2'] }), SOURCES, '2026-05-31').stale).toBe(false);
  });

  it('a rule with no source found is judged by its verified date only', () => {
    expect(staleness(rule({ sources: [], confidence: 'none' }), SOURCES, '2026-11-28').stale).toBe(false);
  });
});

describe('display data', () => {
  it('carries what the badge and the pages need, with the base path', () => {
    const d = toDisplay(resolveRule(rule({ confidence: 'news', value: { amount: 3, unit: 'day' } }), SOURCES, '2026-11-28'), SOURCES, '/sub/');
    expect(d).toMatchObject({
      id: 'r',
      href: '/sub/rules/#r',
      value: '3 天',
      confidence: 'news',
      stale: false,
      dayNote: '来源只写「天」，没有说明是日历日还是工作日',
      sources: [{ id: 'S1', title: '来源', url: 'https://docs.ozon.ru/x', dateText: '2026年11月1日发布' }],
    });
  });

  it('the badge: confidence, 以卖家后台为准 unless official, 可能过时 when stale', () => {
    expect(badgeText({ confidence: 'official', stale: false })).toBe('官方文档');
    expect(badgeText({ confidence: 'official-conflict', stale: false })).toBe('官方版本不一 · 以卖家后台为准');
    expect(badgeText({ confidence: 'none', stale: true })).toBe('未找到来源 · 以卖家后台为准 · 可能过时');
  });

  it('are keyed by rule id', () => {
    expect(Object.keys(displayAll([rule({ id: 'a' }), rule({ id: 'b' })], SOURCES, '2026-11-28', '/'))).toEqual(['a', 'b']);
  });
});

describe('sources dated only to the month or the year', () => {
  const partial = { S7: { ...source('2021'), date: '2021' }, S8: { ...source('2025-11'), date: '2025-11' } };

  it('count as their last possible day, and say no more than the page does', () => {
    expect(staleness(rule({ sources: ['S7'] }), partial, '2022-12-31').stale).toBe(false);
    expect(staleness(rule({ sources: ['S7'] }), partial, '2023-01-01').reasons).toEqual(['所有来源都早于 12 个月前（最新的来源日期是 2021）']);
    expect(staleness(rule({ sources: ['S8'] }), partial, '2026-11-30').stale).toBe(false);
    expect(staleness(rule({ sources: ['S8'] }), partial, '2026-12-01').stale).toBe(true);
    const d = toDisplay(resolveRule(rule({ sources: ['S7', 'S8'] }), partial, '2026-11-28'), partial, '/');
    expect(d.sources.map((s) => s.dateText)).toEqual(['2021年发布', '2025年11月发布']);
  });
});

/** A rule whose versions disagree about one number, like cross-border-keep-threshold. */
const keep = (overrides: Partial<Rule> = {}): Rule =>
  rule({
    value: { amount: 1800, unit: 'rub' },
    confidence: 'official-conflict',
    variants: [{ value: { amount: 1500, unit: 'rub' }, sources: ['S1'], note: '.by 版' }],
    ...overrides,
  });

describe('the lower and higher number of disagreeing versions', () => {
  it('orders the versions by number, whichever the file lists first', () => {
    expect(versionBounds(keep())).toEqual({ bounds: { low: { amount: 1500, unit: 'rub' }, high: { amount: 1800, unit: 'rub' } } });
    const reversed = keep({ value: { amount: 10, unit: 'day' }, variants: [
      { value: { amount: 30, unit: 'day' }, sources: ['S1'], note: '旧版' },
      { value: { amount: 14, unit: 'day' }, sources: ['S1'], note: '另一版' },
    ] });
    expect(versionBounds(reversed)).toEqual({ bounds: { low: { amount: 10, unit: 'day' }, high: { amount: 30, unit: 'day' } } });
  });

  it('compares one named value across versions', () => {
    const two = keep({
      value: undefined,
      values: { buyer: { amount: 14, unit: 'day', label: '买家' }, ozon: { amount: 31, unit: 'day' } },
      variants: [{ values: { buyer: { amount: 10, unit: 'day', label: '买家' }, ozon: { amount: 31, unit: 'day' } }, sources: ['S1'], note: '旧版' }],
    });
    expect(versionBounds(two, 'buyer')).toEqual({ bounds: { low: { amount: 10, unit: 'day' }, high: { amount: 14, unit: 'day' } } });
    expect(versionBounds(two, 'ozon')).toEqual({ problem: '规则「r」各版本的数字相同（31 天），不需要 @low / @high，直接写 {rule:r}' });
  });

  it('says, naming the field, why a rule has no lower and higher number', () => {
    expect(versionBounds(keep({ variants: undefined }))).toEqual({
      problem: '规则「r」只有一个版本：@low / @high 只用于各版本数字不一的规则，直接写 {rule:r}',
    });
    const text = keep({ variants: [{ value: { text: '按整票货件算' }, sources: ['S1'], note: '另一版' }] });
    expect(versionBounds(text)).toEqual({ problem: '规则「r」› variants.0.value：「按整票货件算」不是一个数，@low / @high 只能比较单个数字' });
    const range = keep({ value: { min: 3, max: 14, unit: 'day' }, variants: [{ value: { amount: 3, unit: 'day' }, sources: ['S1'], note: '旧版' }] });
    expect(versionBounds(range)).toEqual({ problem: '规则「r」› value：「3–14 天」不是一个数，@low / @high 只能比较单个数字' });
    const units = keep({ variants: [{ value: { amount: 3, unit: 'day' }, sources: ['S1'], note: '旧版' }] });
    expect(versionBounds(units)).toEqual({ problem: '规则「r」各版本的单位不同（rub、day），@low / @high 无法比较大小' });
    const missing = keep({ value: undefined, values: { a: { amount: 1, unit: 'day' }, b: { amount: 2, unit: 'day' } } });
    expect(versionBounds(missing, 'a')).toEqual({ problem: '规则「r」› variants.0.values.a：这个版本没有这个数值，@low / @high 无从比较' });
  });
});

describe('on the pages', () => {
  it('show the lower and higher number, with the rule still in conflict', () => {
    const d = toDisplay(resolveRule(keep(), SOURCES, '2026-11-28'), SOURCES, '/');
    expect(d.value).toBe('1,800 卢布 / 1,500 卢布（版本不一）');
    expect(displayValue(d, undefined, 'low')).toBe('1,500 卢布');
    expect(displayValue(d, undefined, 'high')).toBe('1,800 卢布');
  });

  it('say when the rule is not in force yet', () => {
    const upcoming = resolveRule(keep({ from: '2027-01-01' }), SOURCES, '2026-11-28');
    expect(boundTexts(upcoming, [''])).toEqual({ '': { low: '1,500 卢布（将于 2027年1月1日起生效）', high: '1,800 卢布（将于 2027年1月1日起生效）' } });
  });

  it('are gone once every version has taken effect, and a reference then fails in Chinese', () => {
    const settled = keep({ variants: [{ value: { amount: 1500, unit: 'rub' }, sources: ['S1'], note: '旧版', from: '2025-01-01' }] });
    const d = toDisplay(resolveRule(settled, SOURCES, '2026-11-28'), SOURCES, '/');
    expect(d.value).toBe('1,800 卢布');
    expect(d.bounds).toBeUndefined();
    expect(() => displayValue(d, undefined, 'low')).toThrow('规则「r」现在没有版本不一的数字，不能写 @low（改成 {rule:r}）');
  });

  it('are left out for rules whose versions do not disagree about one number', () => {
    const d = toDisplay(resolveRule(keep({ variants: [{ value: { text: '另一种说法' }, sources: ['S1'], note: '另一版' }] }), SOURCES, '2026-11-28'), SOURCES, '/');
    expect(d.bounds).toBeUndefined();
  });
});
