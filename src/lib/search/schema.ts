/** Schema of content/search/synonyms.yaml, apart from src/content.config.ts so it can be unit-tested. */
import { z } from 'astro/zod';

/** One group of words a reader may type for the same thing. */
export const synonymGroupSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'id 只能用小写英文字母、数字和 -'),
  terms: z.array(z.string().trim().min(1)).min(2, '一组同义词至少两个词'),
});
