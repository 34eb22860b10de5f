import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContentFile, formatContentProblems } from '../../../src/lib/content/check-files';
import { glossarySchema, handbookSchema, templateSchema } from '../../../src/lib/content/schemas';
import { sourceSchema } from '../../../src/lib/rules/schema';

const fixture = (name: string) => ({ file: `content/handbook/${name}`, text: readFileSync(`test/fixtures/handbook/${name}`, 'utf8') });

describe('checkContentFile', () => {
  it('passes a good handbook page', () => {
    expect(checkContentFile(fixture('good.mdx'), handbookSchema, 'frontmatter')).toEqual([]);
  });

  it('names file and field once, in plain text, for a missing field', () => {
    const problems = checkContentFile(fixture('bad-missing-title.mdx'), handbookSchema, 'frontmatter');
    expect(problems).toEqual(['content/handbook/bad-missing-title.mdx › title：缺少这个字段 (required)']);
    expect(formatContentProblems(problems)).not.toContain('**');
  });

  it('gives the schema’s own Chinese message with the field path', () => {
    expect(checkContentFile(fixture('bad-source-url.mdx'), handbookSchema, 'frontmatter')[0]).toBe(
      'content/handbook/bad-source-url.mdx › sources.0.url：来源 url 必须是完整网址（https://…）',
    );
  });

  it('reports broken YAML and a missing frontmatter block instead of throwing', () => {
    expect(checkContentFile({ file: 'a.mdx', text: '---\ntitle: [\n---\n' }, handbookSchema, 'frontmatter')[0]).toContain('YAML 写法有误');
    expect(checkContentFile({ file: 'a.mdx', text: '# 只有正文' }, handbookSchema, 'frontmatter')[0]).toContain('缺少 --- 包围的 frontmatter');
    expect(checkContentFile({ file: 't.yaml', text: 'title: 标题\n' }, templateSchema, 'document')).toEqual([
      't.yaml › situation：缺少这个字段 (required)',
      't.yaml › when：when 必须写：reply（只能回复买家）、may-start（卖家可以先发）或 request-comment（写在退货申请里）',
      't.yaml › ru：缺少这个字段 (required)',
      't.yaml › zh：缺少这个字段 (required)',
    ]);
  });
});

describe('files with many entries', () => {
  it('names a list entry by its id, or its position when it has none', () => {
    const text = '- id: fbo\n  zh: FBO\n  ru: FBO\n  en: FBO\n- zh: 无 id\n';
    const problems = checkContentFile({ file: 'content/glossary.yaml', text }, glossarySchema, 'list');
    expect(problems).toContain('content/glossary.yaml › fbo.definition：缺少这个字段 (required)');
    expect(problems).toContain('content/glossary.yaml › 第 2 项.id：缺少这个字段 (required)');
  });

  it('names a map entry by its key, and says when the file has the wrong shape', () => {
    const text = 'S1:\n  title: 来源标题\n  url: docs.ozon.ru\n  kind: official\n  date: 2026-11-26\n  dateKind: retrieved\n';
    expect(checkContentFile({ file: 'content/sources.yaml', text }, sourceSchema, 'map')).toEqual([
      'content/sources.yaml › S1.url：来源 url 必须是完整网址（https://…）',
    ]);
    expect(checkContentFile({ file: 'content/sources.yaml', text: '- a\n' }, sourceSchema, 'map')[0]).toContain('字典');
    expect(checkContentFile({ file: 'content/glossary.yaml', text: 'a: 1\n' }, glossarySchema, 'list')[0]).toContain('列表');
  });

  it('passes the real content files', () => {
    for (const [file, schema, shape] of [
      ['content/glossary.yaml', glossarySchema, 'list'],
      ['content/sources.yaml', sourceSchema, 'map'],
    ] as const) {
      expect(checkContentFile({ file, text: readFileSync(file, 'utf8') }, schema, shape)).toEqual([]);
    }
  });
});
