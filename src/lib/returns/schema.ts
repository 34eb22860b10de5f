/**
 * Schemas of content/returns/reasons.yaml and content/returns/columns.yaml, apart from
 * src/content.config.ts so they can be unit-tested. Messages are Chinese: editors read them.
 */
import { z } from 'astro/zod';
import type { ColumnField, ReasonCategory } from './fields';

export { COLUMN_FIELDS, REASON_CATEGORIES, type ColumnField, type ReasonCategory } from './fields';

const words = (what: string) =>
  z.array(z.string({ error: `${what}里每一项都必须是文字` }).trim().min(1, `${what}里不能有空项`), {
    error: `${what}必须是一个列表（每行以 - 开头）`,
  });

export const reasonCategorySchema = z.object({
  label: z.string({ error: 'label（中文名）必须填写' }).min(2, 'label（中文名）至少两个字'),
  fix: z.string({ error: 'fix（改进做法）必须填写' }).min(8, 'fix（改进做法）至少写一句话'),
  link: z
    .string({ error: 'link 必须填写，格式为 手册页id#标题文字' })
    .regex(/^[a-z0-9-]+#\S.*$/, 'link 的格式应为 手册页id#标题文字，例如 precautions#包装要牢固'),
  match: words('match').min(1, 'match 至少写一个词'),
});

export const columnFieldSchema = z.object({
  label: z.string({ error: 'label（中文名）必须填写' }).min(2, 'label（中文名）至少两个字'),
  synonyms: words('synonyms').min(1, 'synonyms 至少写一个列名'),
});

export type ReasonEntry = z.infer<typeof reasonCategorySchema> & { id: ReasonCategory };
export type ColumnEntry = z.infer<typeof columnFieldSchema> & { id: ColumnField };

/** Entry ids must be the known categories and fields, each present once. */
export function checkIds<T extends string>(file: string, what: string, known: readonly T[], ids: string[]): string[] {
  const problems: string[] = [];
  for (const id of ids) {
    if (!known.includes(id as T)) problems.push(`${file} → ${id}：不认识的${what}，只能是 ${known.join('、')}`);
  }
  for (const id of known) if (!ids.includes(id)) problems.push(`${file} → ${id}：缺少这个${what}`);
  return problems;
}
