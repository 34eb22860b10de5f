import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContentFile, formatContentProblems } from '../../../src/lib/content/check-files';
import { handbookSchema, templateSchema } from '../../../src/lib/content/schemas';

const fixture = (name: string) => ({ file: `content/handbook/${name}`, text: readFileSync(`test/fixtures/handbook/${name}`, 'utf8') });

describe('checkContentFile', () => {
  it('passes a good handbook page', () => {
    expect(checkContentFile(fixture('good.mdx'), handbookSchema, true)).toEqual([]);
  });

  it('names file and field once, in plain text, for a missing field', () => {
    const problems = checkContentFile(fixture('bad-missing-title.mdx'), handbookSchema, true);
    expect(problems).toEqual(['content/handbook/bad-missing-title.mdx › title：缺少这个字段 (required)']);
    expect(formatContentProblems(problems)).not.toContain('**');
  });

  it('gives the schema’s own Chinese message with the field path', () => {
    expect(checkContentFile(fixture('bad-source-url.mdx'), handbookSchema, true)[0]).toBe(
      'content/handbook/bad-source-url.mdx › sources.0.url：来源 url 必须是完整网址（https://…）',
    );
  });

  it('reports broken YAML and a missing frontmatter block instead of throwing', () => {
    expect(checkContentFile({ file: 'a.mdx', text: '---\ntitle: [\n---\n' }, handbookSchema, true)[0]).toContain('YAML 写法有误');
    expect(checkContentFile({ file: 'a.mdx', text: '# 只有正文' }, handbookSchema, true)[0]).toContain('缺少 --- 包围的 frontmatter');
    expect(checkContentFile({ file: 't.yaml', text: 'title: 标题\n' }, templateSchema, false)).toEqual([
      't.yaml › situation：缺少这个字段 (required)',
      't.yaml › ru：缺少这个字段 (required)',
      't.yaml › zh：缺少这个字段 (required)',
    ]);
  });
});
