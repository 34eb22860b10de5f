/**
 * What one guide page shows, as plain data: the same object feeds the server render and the island,
 * so both produce identical markup.
 */
import type { Model } from '../handbook/sections';
import { guidePath } from './codec';
import type { GuideData } from './data';
import { linesFor, pathModel } from './models';
import { progressAt, type Progress } from './progress';
import { resolvePath, segmentsOf, type InvalidSegment } from './state';
import type { RuleDisplay } from '../rules/display';
import type { TemplateWhen } from '../rules/when';
import { isQuestion, type ModelScoped, type OutcomeStep, type PlainLine } from './types';

export interface AnswerView {
  question: string;
  summary: string;
  /** The question's own page: answering again from there. */
  changeHref: string;
}

interface StepBase {
  id: string;
  segments: string[];
  /** The nodes of the path, this one last: what the island fetches at once on the reader's first answer. */
  nodeIds: string[];
  answers: AnswerView[];
  /** The previous step, absent on the first question. */
  backHref?: string;
  startHref: string;
  /** Display data for the `{rule:…}` placeholders in the step's prose. */
  rules: Record<string, RuleDisplay>;
}

export interface QuestionView extends StepBase {
  kind: 'question';
  question: string;
  help?: string;
  options: { value: string; label: string; href: string; next: string; group?: string }[];
  progress: Progress;
}

/** A rule from the registry (value, sources, confidence) and what to do about it. */
export interface DeadlineView extends ModelScoped {
  rule: RuleDisplay;
  text?: string;
}

export interface TemplateView {
  id: string;
  title: string;
  situation: string;
  when: TemplateWhen;
  ru: string;
  zh: string;
}

export interface OutcomeView extends StepBase {
  kind: 'outcome';
  /**
   * An outcome reached by several paths has several identical pages; only the one on the shortest path is
   * indexed for search, so a result is not listed once per path.
   */
  indexed: boolean;
  title: string;
  verdict: string;
  models: string[];
  /** The model answered on the way: lines are filtered for it. Without one, lines keep their models to group by. */
  model?: Model;
  /** ISO date the outcome's text was last edited (资料截至). */
  updated: string;
  steps: OutcomeStep[];
  deadlines: DeadlineView[];
  templates: TemplateView[];
  evidence: LineView[];
  avoid: LineView[];
  links: { label: string; href: string }[];
}

export type StepView = QuestionView | OutcomeView;

export interface LineView extends ModelScoped {
  text: string;
}

/** The lines for `model`, without their model tags (they all apply); every line, tagged, when it is unknown. */
function forModel<T extends ModelScoped>(lines: readonly T[], model: Model | undefined): T[] {
  return linesFor(lines, model).map((line) => {
    if (!model || !line.models) return line;
    const { models: _, ...rest } = line;
    return rest as T;
  });
}

const lineOf = (line: PlainLine): LineView => (typeof line === 'string' ? { text: line } : line);

export interface ViewResult {
  view: StepView;
  /** Set when the path had an answer that no longer fits: the view shows the last valid step. */
  invalid?: InvalidSegment;
}

export function buildView(data: GuideData, requested: readonly string[]): ViewResult {
  const { tree, base } = data;
  const { answers, nodeId, invalid } = resolvePath(tree, requested);
  const segments = segmentsOf(answers);
  const node = tree[nodeId]!;
  const common: StepBase = {
    id: nodeId,
    segments,
    nodeIds: [...answers.map((a) => a.nodeId), nodeId],
    answers: answers.map((a, i) => {
      const q = tree[a.nodeId];
      return {
        question: isQuestion(q) ? q.question : a.nodeId,
        summary: a.option.summary,
        changeHref: guidePath(base, segments.slice(0, i)),
      };
    }),
    backHref: segments.length > 0 ? guidePath(base, segments.slice(0, -1)) : undefined,
    startHref: guidePath(base, []),
    rules: data.rules,
  };
  if (isQuestion(node)) {
    const view: QuestionView = {
      ...common,
      kind: 'question',
      question: node.question,
      help: node.help,
      options: node.options.map((o) => ({
        value: o.value,
        label: o.label,
        href: guidePath(base, [...segments, o.value]),
        next: o.next,
        ...(o.group ? { group: o.group } : {}),
      })),
      progress: progressAt(node.remaining, answers.length),
    };
    return { view, invalid };
  }
  const model = pathModel(answers.map((a) => a.option));
  const view: OutcomeView = {
    ...common,
    kind: 'outcome',
    indexed: node.firstPath.join('/') === segments.join('/'),
    title: node.title,
    verdict: node.verdict,
    models: node.models ?? [],
    ...(model ? { model } : {}),
    updated: node.updated,
    steps: forModel(node.steps, model),
    deadlines: forModel(node.deadlines ?? [], model).flatMap((d) => {
      const rule = data.rules[d.rule];
      return rule ? [{ rule, ...(d.text ? { text: d.text } : {}), ...(d.models ? { models: d.models } : {}) }] : [];
    }),
    templates: (node.templates ?? []).flatMap((id) => {
      const t = data.templates[id];
      return t ? [{ id, title: t.title, situation: t.situation, when: t.when, ru: t.ru, zh: t.zh }] : [];
    }),
    evidence: forModel((node.evidence ?? []).map(lineOf), model),
    avoid: forModel((node.avoid ?? []).map(lineOf), model),
    links: (node.links ?? []).flatMap((l) => (l.href ? [{ label: l.label, href: l.href }] : [])),
  };
  return { view, invalid };
}
