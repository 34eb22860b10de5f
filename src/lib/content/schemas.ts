/**
 * Schemas for the files in content/. Kept apart from src/content.config.ts (which needs Astro's virtual
 * modules) so they can be unit-tested with good and bad fixtures.
 */
import { z } from 'astro/zod';
import { MODELS, SECTION_KEYS } from '../handbook/sections';
import { TEMPLATE_WHEN } from '../rules/when';

const source = z.object({
  title: z.string().min(2, '来源标题不能为空'),
  url: z.url({ message: '来源 url 必须是完整网址（https://…）' }),
});

export const handbookSchema = z.object({
  /** Shown as the page's h1 and in the sidebar. */
  title: z.string().min(2).max(40),
  /** One sentence: the meta description and the search excerpt. */
  description: z.string().min(10).max(120),
  section: z.enum(SECTION_KEYS),
  /** Position within the section, smallest first. */
  order: z.number().int().nonnegative(),
  tags: z.array(z.string().min(1)).min(1),
  /** Fulfilment models the page talks about; used as a search filter. */
  models: z.array(z.enum(MODELS)).optional(),
  /** When the page's text was last edited (shown as 资料截至); each rule carries its own verified date. */
  updated: z.coerce.date({ error: 'updated（资料截至日期）必须是 YYYY-MM-DD 格式的日期' }),
  sources: z.array(source).min(1, '至少列出一个来源'),
});

export const templateSchema = z.object({
  /** Chinese name of the message, shown as its heading. */
  title: z.string().min(2),
  /** When to send it, in Chinese; may quote rules ({rule:id}). */
  situation: z.string().min(4),
  /** Whether Ozon's chat lets the seller send it (labels: src/lib/rules/when.ts). */
  when: z.enum(TEMPLATE_WHEN, {
    error: 'when 必须写：reply（只能回复买家）、may-start（卖家可以先发）或 request-comment（写在退货申请里）',
  }),
  /** The text to send to the buyer, in Russian. */
  ru: z.string().min(10),
  /** What the Russian text says, in Chinese. */
  zh: z.string().min(4),
  tags: z.array(z.string()).default([]),
});

export const glossarySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'id 只能用小写英文字母、数字和 -'),
  zh: z.string().min(1),
  ru: z.string().min(1),
  en: z.string().min(1),
  definition: z.string().min(4),
  aliases: z.array(z.string()).default([]),
});
