/**
 * Schemas of content/guide/tree.yaml and content/sources.yaml (format: content/guide/README.md).
 * Field errors are in Chinese because an editor, not a programmer, reads them. Graph checks
 * (targets, reachability, cycles, links) are in ./validate.ts, which sees the whole tree at once.
 */
import { z } from 'astro/zod';
import { MODELS } from '../handbook/sections';
import { isoDate } from '../rules/schema';

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

/** A deadline is a rule from the registry (value, source, confidence); `text` says what to do about it. */
const deadline = z
  .object({
    rule: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '期限的 rule 要写规则 id（content/rules/ 里的 id）'),
    text: z.string().trim().min(1, '期限说明 text 不能为空').optional(),
    models,
  })
  .strict();

/** An evidence or avoid line: a sentence, or `{ text, models }` when it applies to some models only. */
const plainLine = (what: string) => z.union([text(what), z.object({ text: text(what), models })]);

const outcomeNode = z.object({
  type: z.literal('outcome'),
  title: text('结论标题 title '),
  verdict: text('结论 verdict '),
  models,
  /** When the outcome's text was last edited, shown as 资料截至. */
  updated: isoDate('结论的 updated（资料截至日期）'),
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

