import { describe, expect, it } from 'vitest';
import type { RuleDisplay } from '../../../src/lib/rules/display';
import { parsePlaceholders, plainText, ruleRefs } from '../../../src/lib/rules/placeholders';

const display = (id: string, value: string, values?: Record<string, string>): RuleDisplay => ({
  id,
  href: `/rules/#${id}`,
  statement: '规则',
  value,
  values,
  confidence: 'official',
  stale: false,
  sources: [],
});

describe('placeholders in YAML prose', () => {
  it('splits text into plain text, rule references (with an optional key) and not-rule markers', () => {
    expect(parsePlaceholders('在 {rule:fbo-review-window} 内，{rule:dispute.ozon} 后，{not-rule:一两天}再看').segments).toEqual([
      { kind: 'text', text: '在 ' },
      { kind: 'rule', id: 'fbo-review-window' },
      { kind: 'text', text: ' 内，' },
      { kind: 'rule', id: 'dispute', key: 'ozon' },
      { kind: 'text', text: ' 后，' },
      { kind: 'not-rule', text: '一两天' },
      { kind: 'text', text: '再看' },
    ]);
  });

  it('reports malformed and unclosed placeholders with where they start', () => {
    expect(parsePlaceholders('a {rule:Bad Id} b {rule:x c {not-rule:}').errors).toEqual([
      { index: 2, message: '「{rule:Bad Id}」格式不对：应写成 {rule:规则id}、{rule:规则id.键} 或 {rule:规则id@low}' },
      { index: 28, message: '{not-rule:…} 里面不能是空的' },
      { index: 18, message: '「{rule:」没有闭合的 }' },
    ]);
  });

  it('lists the rules a text refers to', () => {
    expect(ruleRefs('{rule:a} 和 {rule:b.k}，{not-rule:c}')).toEqual([{ id: 'a' }, { id: 'b', key: 'k' }]);
  });

  it('reads @low / @high, after the id or after a key, and refuses any other version', () => {
    expect(ruleRefs('{rule:a@low} 到 {rule:b.k@high}')).toEqual([{ id: 'a', version: 'low' }, { id: 'b', key: 'k', version: 'high' }]);
    expect(parsePlaceholders('x {rule:a@mid}').errors).toEqual([
      { index: 2, message: '「{rule:a@mid}」里 @ 后面只能写 low（版本不一时较小的数）或 high（较大的数）' },
    ]);
    expect(parsePlaceholders('{rule:a@}').errors).toHaveLength(1);
  });

  it('gives plain text with values only, for titles and labels', () => {
    const rules = { a: display('a', '24 小时'), b: display('b', '买家 14 天；Ozon 31 天', { ozon: 'Ozon 31 天' }) };
    expect(plainText('在 {rule:a} 内，{rule:b.ozon} 后，{not-rule:一两天}再看', rules)).toBe('在 24 小时 内，Ozon 31 天 后，一两天再看');
    expect(() => plainText('{rule:c}', rules)).toThrow(/规则「c」不存在/);
    expect(() => plainText('{rule:a.k}', rules)).toThrow(/没有名为「k」的数值/);
  });

  it('gives the lower or higher number of disagreeing versions', () => {
    const keep = { ...display('k', '1,800 卢布 / 1,500 卢布（版本不一）'), bounds: { '': { low: '1,500 卢布', high: '1,800 卢布' } } };
    expect(plainText('超过 {rule:k@low}，不超过 {rule:k@high}', { k: keep })).toBe('超过 1,500 卢布，不超过 1,800 卢布');
    expect(() => plainText('{rule:a@low}', { a: display('a', '24 小时') })).toThrow('规则「a」现在没有版本不一的数字，不能写 @low（改成 {rule:a}）');
  });
});
