/**
 * Schemas of content/guide/tree.yaml and content/sources.yaml (format: content/guide/README.md).
 * Field errors are in Chinese because an editor, not a programmer, reads them. Graph checks
 * (targets, reachability, cycles, links) are in ./validate.ts, which sees the whole tree at once.
 */
import { z } from 'astro/zod';
import { MODELS } from '../handbook/sections';

const text = (what: string) => z.string().trim().min(1, `${what}不能为空`);

const models = z.array(z.enum(MODELS, { error: `履约模式只能是 ${MODELS.join('、')}` })).min(1, 'models 不能为空').optional();

const option = z.object({
  value: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '选项 value 只能用小写英文字母、数字和 -（它会出现在网址里）'),
  label: text('选项文字 label '),
  summary: text('选项 summary（「你的回答」里的一句话）'),
  next: text('选项的 next（下一个节点 id）'),
  model: z.enum(MODELS, { error: `选项 model 只能是 ${MODELS.join('、')}` }).optional(),
  group: z.string().trim().min(1).optional(),
});

const questionNode = z.object({
  type: z.literal('question'),
  question: text('问题 question '),
  help: z.string().trim().min(1).optional(),
  options: z.array(option).min(2, '问题至少要有两个选项'),
});

const deadline = z
  .object({
    text: text('期限说明 text '),
    source: z.string().min(1).optional(),
    check: z.boolean().optional(),
    models,
  })
  .refine((d) => d.source !== undefined || d.check === true, '每条期限要么写 source（来源 id），要么写 check: true');

/** An evidence or avoid line: a sentence, or `{ text, models }` when it applies to some models only. */
const plainLine = (what: string) => z.union([text(what), z.object({ text: text(what), models })]);

/** YAML reads 2026-11-28 as a date; the site shows it as that ISO date. */
const isoDate = z
  .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)], { error: 'updated 必须是日期，例如 2026-11-28' })
  .transform((d) => (typeof d === 'string' ? d : d.toISOString().slice(0, 10)));

const outcomeNode = z.object({
  type: z.literal('outcome'),
  title: text('结论标题 title '),
  verdict: text('结论 verdict '),
  models,
  updated: isoDate.optional(),
  steps: z
    .array(
      z.object({
        text: text('步骤 text '),
        where: z.string().trim().min(1).optional(),
        api: z.string().trim().min(1).optional(),
        models,
      }),
    )
    .min(1, '结论至少要有一个步骤'),
  deadlines: z.array(deadline).optional(),
  templates: z.array(z.string().min(1)).optional(),
  evidence: z.array(plainLine('证据')).optional(),
  avoid: z.array(plainLine('注意事项')).optional(),
  links: z
    .array(z.object({ page: text('链接的 page '), anchor: z.string().min(1).optional(), label: text('链接文字 label ') }))
    .optional(),
});

export const guideNodeSchema = z.discriminatedUnion('type', [questionNode, outcomeNode], {
  error: 'type 必须是 question（问题）或 outcome（结论）',
});

export const guideSourceSchema = z.object({
  title: text('来源标题 title '),
  url: z.url({ message: '来源 url 必须是完整网址（https://…）' }),
  kind: z.enum(['official', 'news', 'third-party', 'law'], {
    error: 'kind 只能是 official、news、third-party 或 law',
  }),
});
