import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateSchema } from '../../../src/lib/content/schemas';
import { guideNodeSchema } from '../../../src/lib/guide/schema';
import { formatFindings, loadRuleFiles } from '../../../src/lib/rules/check';
import { sourceSchema } from '../../../src/lib/rules/schema';

const FIXTURES = path.resolve('test/fixtures/rules');
const SOURCES = new Set(['S3', 'S4', 'S9', 'S11', 'S29']);

/** Loads a fixture as if it were content/rules/review.yaml. */
function load(fixture: string, sourceIds = SOURCES) {
  const text = readFileSync(path.join(FIXTURES, fixture), 'utf8');
  return loadRuleFiles([{ file: 'content/rules/review.yaml', text }], sourceIds);
}

describe('rules file schema', () => {
  it('accepts every shape a rule may take, and keeps dates as the strings the editor wrote', () => {
    const { rules, findings } = load('good.yaml');
    expect(findings).toEqual([]);
    expect(rules.map((r) => r.id)).toEqual(['fbo-review-window', 'whd-resale', 'return-in-transit-dispute', 'compensation-claim-window']);
    const fbo = rules[0]!;
    expect([fbo.topic, fbo.from, fbo.until, fbo.verified, fbo.variants?.[0]?.from]).toEqual([
      'review',
      '2025-10-15',
      '2026-12-31',
      '2026-11-28',
      '2021-11-25',
    ]);
    expect(rules[3]!.sources).toEqual([]);
  });

  it.each([
    ['bad-unit.yaml', 'value'],
    ['bad-confidence.yaml', 'confidence'],
    ['bad-no-sources.yaml', 'sources'],
    ['bad-verified.yaml', 'verified'],
    ['bad-model.yaml', 'models.0'],
    ['bad-unknown-field.yaml', '(规则)'],
    ['bad-missing-statement.yaml', 'statement'],
    ['bad-range.yaml', 'value'],
    ['bad-history-order.yaml', 'history'],
  ])('rejects %s naming the file, the rule and the field %s, in Chinese', (fixture, field) => {
    const { findings } = load(fixture);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f!.file).toBe('content/rules/review.yaml');
    expect(f!.line).toBe(1);
    expect(f!.text.startsWith(`whd-resale › ${field}：`)).toBe(true);
    expect(f!.text).toMatch(/[\u4e00-\u9fff]/);
    expect(f!.text).not.toMatch(/Invalid input|Unrecognized key/);
  });

  it('has a fixture for every bad case above', () => {
    expect(readdirSync(FIXTURES).filter((f) => f.startsWith('bad-'))).toHaveLength(9);
  });

  it('names a typo in a field name', () => {
    expect(load('bad-unknown-field.yaml').findings[0]!.text).toContain('不认识的字段「notes」');
  });

  it('rejects a source id that content/sources.yaml does not have', () => {
    const { findings } = load('good.yaml', new Set(['S3', 'S4', 'S9', 'S11']));
    expect(findings.map((f) => [f.line, f.text])).toEqual([[2, 'fbo-review-window › sources：来源「S29」不在 content/sources.yaml 里']]);
  });

  it('rejects a file that is not a known topic, broken YAML and an id used in two files', () => {
    const text = readFileSync(path.join(FIXTURES, 'good.yaml'), 'utf8');
    const { findings } = loadRuleFiles(
      [
        { file: 'content/rules/review.yaml', text },
        { file: 'content/rules/cancel.yaml', text: text.split('whd-resale:')[0]! },
        { file: 'content/rules/misc.yaml', text },
        { file: 'content/rules/chat.yaml', text: 'a: [1, 2' },
      ],
      SOURCES,
    );
    const message = formatFindings(findings);
    expect(message).toContain('content/rules/cancel.yaml:2  fbo-review-window：规则 id 与 content/rules/review.yaml 里的重复');
    expect(message).toContain('content/rules/misc.yaml  文件名不是已知的主题');
    expect(message).toMatch(/content\/rules\/chat\.yaml {2}YAML 写法有误/);
  });
});

describe('sources.yaml entries', () => {
  const base = { title: 'Ozon 文档', url: 'https://docs.ozon.ru/x', kind: 'official' };

  it('need the date of the version read and what kind of date it is', () => {
    expect(sourceSchema.parse({ ...base, date: new Date('2021-11-25T00:00:00Z'), dateKind: 'published' }).date).toBe('2021-11-25');
    const missing = sourceSchema.safeParse(base);
    expect(missing.success ? [] : missing.error.issues.map((i) => i.path.join('.'))).toEqual(['date', 'dateKind']);
    expect(sourceSchema.parse({ ...base, date: 2021, dateKind: 'published' }).date).toBe('2021');
    expect(sourceSchema.parse({ ...base, date: '2024-11', dateKind: 'published' }).date).toBe('2024-11');
    const wrong = sourceSchema.safeParse({ ...base, date: '2021-02-30', dateKind: 'read' });
    expect(wrong.success ? [] : wrong.error.issues.map((i) => i.message)).toEqual([
      '来源的 date 必须是 2025-10-15、2024-11 或 2021 这样的日期，现在是「2021-02-30」',
      'dateKind 只能是 published（页面自己的日期）或 retrieved（读取存档的日期）',
    ]);
  });
});

describe('templates and guide outcomes', () => {
  const template = { title: '询问原因', situation: '买家没写原因时', ru: 'Здравствуйте! Что случилось?', zh: '您好！发生了什么？' };

  it('a template must say when it can be sent', () => {
    expect(templateSchema.safeParse({ ...template, when: 'may-start' }).success).toBe(true);
    const missing = templateSchema.safeParse(template);
    expect(missing.success ? '' : missing.error.issues[0]!.message).toContain('when 必须写');
    expect(templateSchema.safeParse({ ...template, when: 'anytime' }).success).toBe(false);
  });

  const outcome = { type: 'outcome', title: '结论', verdict: '结论说明', updated: '2026-11-28', steps: [{ text: '做一件事' }] };

  it('an outcome needs its updated date; a deadline is a rule id with optional text', () => {
    expect(guideNodeSchema.safeParse({ ...outcome, deadlines: [{ rule: 'fbo-review-window', text: '先同意' }] }).success).toBe(true);
    const noDate = guideNodeSchema.safeParse({ ...outcome, updated: undefined });
    expect(noDate.success ? [] : noDate.error.issues.map((i) => i.path.join('.'))).toEqual(['updated']);
  });

  it('rejects the old deadline forms (text with source or check)', () => {
    const old = guideNodeSchema.safeParse({ ...outcome, deadlines: [{ text: '3 天内处理', source: 'S8' }] });
    expect(old.success ? [] : old.error.issues.map((i) => i.path.join('.'))).toEqual(['deadlines.0.rule', 'deadlines.0']);
  });
});

describe('a label written with commas in a { … } mapping', () => {
  it('gets a hint to quote it, not to rename a field', () => {
    const text = ['x-rule:', '  statement: 一条有标签的规则', '  values:', '    a: { amount: 35, unit: percent, label: 售价 15,000–20,000 卢布 }',
      '    b: { amount: 0, unit: percent, label: 其他 }', '  models: [FBO]', '  market: domestic', '  sources: [S3]', '  confidence: official',
      '  verified: 2026-11-28', '  history:', '    - date: 2026-11-28', '      change: 录入规则登记表。'].join('\n');
    const { findings } = loadRuleFiles([{ file: 'content/rules/review.yaml', text }], SOURCES);
    expect(findings.map((f) => f.text)).toEqual([
      'x-rule › values.a：不认识的字段「000–20」「000 卢布」（写在 { … } 里的文字含逗号时要加引号，否则会被逗号切开）',
    ]);
  });
});
