import { describe, expect, it } from 'vitest';
import { checkContent, formatFindings, type CheckInput } from '../../../src/lib/rules/check';

const RULE = (id: string, extra = '') =>
  [`${id}:`, '  statement: 一条测试规则', '  value: { amount: 24, unit: hour }', '  models: [FBO]', '  market: domestic',
    '  sources: [S1]', '  confidence: official', '  verified: 2026-11-28', '  history:', '    - date: 2026-11-28',
    '      change: 录入规则登记表。', extra].join('\n');

function input(overrides: Partial<CheckInput>): CheckInput {
  return {
    rules: [{ file: 'content/rules/chat.yaml', text: `${RULE('chat-reply-window')}\n${RULE('chat-seller-first-window')}` }],
    sources: { file: 'content/sources.yaml', text: 'S1:\n  title: 来源\n  url: https://docs.ozon.ru/x\n  kind: official\n  date: 2026-11-28\n  dateKind: retrieved\n' },
    handbook: [],
    guide: [],
    templates: [],
    ...overrides,
  };
}

describe('checkContent', () => {
  it('passes content that quotes only rules that exist and wraps its example amounts', () => {
    const { findings, rules } = checkContent(
      input({
        handbook: [{ file: 'content/handbook/a.mdx', text: '---\ntitle: x\n---\n\n在 <Rule id="chat-reply-window" /> 内回复，<NotRule>一两天</NotRule>后回访。\n' }],
        guide: [{ file: 'content/guide/tree.yaml', text: 'a:\n  verdict: 在 {rule:chat-reply-window} 内\n  deadlines:\n    - rule: chat-seller-first-window\n' }],
        templates: [{ file: 'content/templates/t.yaml', text: 'title: 模板\nsituation: 随时\nwhen: may-start\nru: Через 3 дня\nzh: 您好\n' }],
      }),
    );
    expect(findings).toEqual([]);
    expect(rules.map((r) => r.id)).toEqual(['chat-reply-window', 'chat-seller-first-window']);
  });

  it('reports every hand-written amount and unknown rule at once, grouped, one file:line each', () => {
    const { findings } = checkContent(
      input({
        rules: [{ file: 'content/rules/chat.yaml', text: RULE('chat-seller-first-window') }],
        handbook: [{ file: 'content/handbook/a.mdx', text: '正文 3 天。\n<Rule id="no-such" />\n' }],
        guide: [{ file: 'content/guide/tree.yaml', text: 'a:\n  deadlines:\n    - rule: gone\n      text: 48 小时内\n' }],
        templates: [{ file: 'content/templates/t.yaml', text: 'title: 模板\nwhen: reply\nzh: 您好\n' }],
      }),
    );
    expect(formatFindings(findings)).toBe(
      [
        '内容检查没有通过，共 5 处问题 (content check failed: 5 problem(s))',
        '手写的数额（天、小时、月、周、卢布、₽、%）：改成规则引用（MDX 写 <Rule id="…" />，YAML 写 {rule:…}）；只是举例或建议的数额用 <NotRule>…</NotRule> 或 {not-rule:…} 包起来（2 处）：',
        '  content/handbook/a.mdx:1  正文 3 天。',
        '  content/guide/tree.yaml:4  text: 48 小时内',
        '规则引用有误（3 处）：',
        '  content/handbook/a.mdx:2  规则 id「no-such」不存在（content/rules/*.yaml 里没有）',
        '  content/guide/tree.yaml:3  规则 id「gone」不存在（content/rules/*.yaml 里没有）',
        '  content/templates/t.yaml:2  规则 id「chat-reply-window」不存在（content/rules/*.yaml 里没有）',
      ].join('\n'),
    );
  });

  it('reports a broken rule once, not again at every page that quotes it', () => {
    const broken = RULE('chat-reply-window').replace('confidence: official', 'confidence: 官方');
    const { findings } = checkContent(
      input({
        rules: [{ file: 'content/rules/chat.yaml', text: broken }],
        handbook: [{ file: 'content/handbook/a.mdx', text: '<Rule id="chat-reply-window" />\n' }],
      }),
    );
    expect(findings.map((f) => `${f.file}:${f.line}  ${f.text}`)).toEqual([
      'content/rules/chat.yaml:1  chat-reply-window › confidence：confidence 只能是 official、official-conflict、news、third-party、inference、none',
    ]);
  });

  it('checks sources.yaml too: a bad date names the line and the source id, and rules citing it are not blamed', () => {
    const sources = { file: 'content/sources.yaml', text: 'S1:\n  title: 来源\n  url: https://docs.ozon.ru/x\n  kind: official\n  date: 上个月\n  dateKind: retrieved\n' };
    const { findings } = checkContent(input({ sources }));
    expect(findings.map((f) => `${f.file}:${f.line}  ${f.text}`)).toEqual([
      'content/sources.yaml:1  S1 › date：来源的 date 必须是 2025-10-15、2024-11 或 2021 这样的日期，现在是「上个月」',
    ]);
  });

  it('checks a chosen value against the rule\'s keys', () => {
    const { findings } = checkContent(input({ guide: [{ file: 'content/guide/tree.yaml', text: 'a:\n  verdict: "{rule:chat-reply-window.buyer}"\n' }] }));
    expect(findings.map((f) => f.text)).toEqual(['规则「chat-reply-window」没有名为「buyer」的数值（这条规则只有一个数值）']);
  });

  it('checks @low / @high against the rule\'s versions, with the file and line of the reference', () => {
    const conflict = RULE('chat-seller-first-window').replace(
      '  confidence: official',
      '  confidence: official-conflict\n  variants:\n    - value: { amount: 72, unit: hour }\n      sources: [S1]\n      note: 另一版',
    );
    const { findings } = checkContent(
      input({
        rules: [{ file: 'content/rules/chat.yaml', text: `${RULE('chat-reply-window')}\n${conflict}` }],
        guide: [{ file: 'content/guide/tree.yaml', text: 'a:\n  label: 超过 {rule:chat-seller-first-window@low}\n  help: 在 {rule:chat-reply-window@high} 内\n' }],
      }),
    );
    expect(findings.map((f) => `${f.file}:${f.line}  ${f.text}`)).toEqual([
      'content/guide/tree.yaml:3  规则「chat-reply-window」只有一个版本：@low / @high 只用于各版本数字不一的规则，直接写 {rule:chat-reply-window}',
    ]);
  });
});
