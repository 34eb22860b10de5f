/**
 * Checks handbook pages and templates against their schemas straight from the files, so a broken file stops
 * the build with a plain message naming file and field (Astro's own message prints the field twice with
 * stray "**" around it). Pure: the caller reads the files.
 */
import { load } from 'js-yaml';
import type { z } from 'astro/zod';

export interface ContentFile {
  /** Path from the project root, e.g. content/handbook/overview.mdx. */
  file: string;
  text: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length > 0 ? issue.path.join('.') : '(整个文件)';
  const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
  return `${field}：${missing ? '缺少这个字段 (required)' : issue.message}`;
}

/** Problems of one file as "file › field：message" lines; `frontmatter` for MDX, whole-file YAML otherwise. */
export function checkContentFile(entry: ContentFile, schema: z.ZodType, frontmatter: boolean): string[] {
  let data: unknown;
  try {
    const source = frontmatter ? FRONTMATTER.exec(entry.text)?.[1] : entry.text;
    if (source === undefined) return [`${entry.file} › 文件开头缺少 --- 包围的 frontmatter`];
    data = load(source);
  } catch (error) {
    return [`${entry.file} › YAML 写法有误：${(error as Error).message.split('\n')[0]}`];
  }
  const result = schema.safeParse(data ?? {});
  return result.success ? [] : result.error.issues.map((issue) => `${entry.file} › ${describeIssue(issue)}`);
}

export function formatContentProblems(problems: string[]): string {
  return [`内容文件有 ${problems.length} 个问题 (content does not match its schema):`, ...problems.map((p) => `  - ${p}`)].join('\n');
}
