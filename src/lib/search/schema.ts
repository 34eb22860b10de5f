/** Schemas of content/search/*.yaml, apart from src/content.config.ts so they can be unit-tested. */
import { z } from 'astro/zod';

const groupOf = (tooFew: string) =>
  z.object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'id 只能用小写英文字母、数字和 -'),
    terms: z.array(z.string().trim().min(1)).min(2, tooFew),
  });

/** One group of words a reader may type for the same thing. */
export const synonymGroupSchema = groupOf('一组同义词至少两个词');

/** One group of content/search/concepts.yaml: how sellers describe a case, the guide's word for it first. */
export const conceptGroupSchema = groupOf('一个概念组至少两个说法');

/** One group of content/search/stopwords.yaml: words with the same role in a question. */
export const questionWordsSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'id 只能用小写英文字母、数字和 -'),
  role: z.enum(['stop', 'generic', 'template', 'term', 'unit', 'concept'], { message: 'role 只能是 stop、generic、template、term、unit 或 concept' }),
  words: z.array(z.string().trim().min(1, '词不能为空')).min(1, '每组至少一个词'),
});
