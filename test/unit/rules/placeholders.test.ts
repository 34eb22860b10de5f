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
      { index: 2, message: '「{rule:Bad Id}」格式不对：应写成 {rule:规则id} 或 {rule:规则id.键}' },
      { index: 28, message: '{not-rule:…} 里面不能是空的' },
      { index: 18, message: '「{rule:」没有闭合的 }' },
    ]);
  });

  it('lists the rules a text refers to', () => {
    expect(ruleRefs('{rule:a} 和 {rule:b.k}，{not-rule:c}')).toEqual([{ id: 'a' }, { id: 'b', key: 'k' }]);
  });

  it('gives plain text with values only, for titles and labels', () => {
    const rules = { a: display('a', '24 小时'), b: display('b', '买家 14 天；Ozon 31 天', { ozon: 'Ozon 31 天' }) };
    expect(plainText('在 {rule:a} 内，{rule:b.ozon} 后，{not-rule:一两天}再看', rules)).toBe('在 24 小时 内，Ozon 31 天 后，一两天再看');
    expect(() => plainText('{rule:c}', rules)).toThrow(/规则「c」不存在/);
    expect(() => plainText('{rule:a.k}', rules)).toThrow(/没有名为「k」的数值/);
  });
});
