import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AMOUNT, scanMdx, scanYaml } from '../../../src/lib/rules/prose';

const fixture = (name: string) => readFileSync(path.resolve('test/fixtures/prose', name), 'utf8');
const at = (r: { line: number; column: number }) => `${r.line}:${r.column}`;

describe('what counts as an amount', () => {
  it.each(['24 小时', '24小时', '一个小时', '3 个日历日', '5 个工作日', '3 个月', '两个星期', '两周', '7 天', '半天', '十日', '1,500 卢布', '1 500 ₽', '35 %', '4.01%', '50％'])(
    '%s',
    (text) => {
      expect(text.match(AMOUNT)).not.toBeNull();
    },
  );

  it.each(['天数', '每天', '当天', '2025 年', 'S29', '第 2 条', '3 次'])('not %s', (text) => {
    expect(text.match(AMOUNT)).toBeNull();
  });
});

describe('scanMdx', () => {
  const result = scanMdx(fixture('handbook.mdx'));

  it('finds every hand-written amount with its line and column, skipping frontmatter, code, links and dates', () => {
    expect(result.offenders.map((o) => [at(o), o.snippet])).toEqual([
      ['10:10', 'FBO 卖家要在 24 小时内审理。'],
      ['13:56', '6%88/)，费率 5%。'],
      ['19:4', '罚款 1,500 卢布，两周后再看，半天。'],
      ['19:13', '1,500 卢布，两周后再看，半天。'],
      ['19:19', '卢布，两周后再看，半天。'],
    ]);
  });

  it('collects every <Rule> reference with its position and chosen value', () => {
    expect(result.refs).toEqual([
      { line: 11, column: 5, id: 'fbo-review-window', key: undefined },
      { line: 11, column: 39, id: 'return-in-transit-dispute', key: 'ozon' },
    ]);
    expect(result.problems).toEqual([]);
  });

  it('reports a <Rule> without an id or not self-closing', () => {
    expect(scanMdx('正文 <Rule value="a" /> 和 <Rule id="b">').problems.map((p) => p.message)).toEqual([
      '<Rule> 缺少 id="…"',
      '<Rule> 要写成自闭合的 <Rule id="…" />',
    ]);
  });
});

describe('scanYaml', () => {
  it('checks the prose fields of the guide, wherever they sit, and skips ids, menu paths for the API and anchors', () => {
    const result = scanYaml(fixture('tree.yaml'), 'guide');
    expect(result.offenders.map((o) => [at(o), o.snippet])).toEqual([
      ['3:16', 'stion: 过了 3 天怎么办？'],
      ['13:32', 'ope} 再说；罚 3%。'],
      ['18:9', '48 小时内回复。'],
    ]);
    expect(result.refs.map((r) => [at(r), r.id, r.key])).toEqual([
      ['4:11', 'fbo-review-window', undefined],
      ['7:15', 'fbo-review-window', undefined],
      ['13:15', 'nope', undefined],
      ['22:13', 'missing-rule', undefined],
    ]);
  });

  it('checks a template\'s Chinese fields but not its Russian text, and reports a malformed placeholder', () => {
    const result = scanYaml(fixture('template.yaml'), 'template');
    expect(result.offenders.map((o) => [at(o), o.snippet])).toEqual([['2:16', 'tion: 买家在 7 天内没有回复时发送；{']]);
    expect(result.refs.map((r) => [at(r), r.id, r.key])).toEqual([
      ['2:28', 'return-in-transit-dispute', 'seller'],
      ['7:13', 'fbo-review-window', undefined],
    ]);
    expect(result.problems).toEqual([
      { line: 7, column: 42, message: '「{rule:bad id}」格式不对：应写成 {rule:规则id}、{rule:规则id.键} 或 {rule:规则id@low}' },
    ]);
  });
});
