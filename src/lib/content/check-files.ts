/**
 * Checks content files against their schemas straight from the files, so a broken file stops
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

/** How a file holds its entries: MDX frontmatter, one YAML document, a YAML list, or a YAML map id → entry. */
export type FileShape = 'frontmatter' | 'document' | 'list' | 'map';

function describeIssue(issue: z.core.$ZodIssue, entryLabel: string): string {
  const field = [entryLabel, ...issue.path.map(String)].filter(Boolean).join('.') || '(整个文件)';
  const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
  return `${field}：${missing ? '缺少这个字段 (required)' : issue.message}`;
}

/** The entries of a parsed file with the label that names each in a message (list: its id, else its position). */
function entriesOf(data: unknown, shape: FileShape): [string, unknown][] | string {
  if (shape === 'frontmatter' || shape === 'document') return [['', data ?? {}]];
  if (shape === 'list') {
    if (!Array.isArray(data)) return '应该是一个列表（每项以 - 开头）';
    return data.map((item, i) => [String((item as { id?: unknown })?.id ?? `第 ${i + 1} 项`), item]);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return '应该是「id: 内容」的字典';
  return Object.entries(data);
}

/** Problems of one file as "file › field：message" lines. */
export function checkContentFile(entry: ContentFile, schema: z.ZodType, shape: FileShape): string[] {
  let data: unknown;
  try {
    const source = shape === 'frontmatter' ? FRONTMATTER.exec(entry.text)?.[1] : entry.text;
    if (source === undefined) return [`${entry.file} › 文件开头缺少 --- 包围的 frontmatter`];
    data = load(source);
  } catch (error) {
    return [`${entry.file} › YAML 写法有误：${(error as Error).message.split('\n')[0]}`];
  }
  const entries = entriesOf(data, shape);
  if (typeof entries === 'string') return [`${entry.file} › ${entries}`];
  return entries.flatMap(([label, value]) => {
    const result = schema.safeParse(value);
    return result.success ? [] : result.error.issues.map((issue) => `${entry.file} › ${describeIssue(issue, label)}`);
  });
}

export function formatContentProblems(problems: string[]): string {
  return [`内容文件有 ${problems.length} 个问题 (content does not match its schema):`, ...problems.map((p) => `  - ${p}`)].join('\n');
}
