/**
 * What one guide page shows, as plain data: the same object feeds the server render and the island,
 * so both produce identical markup.
 */
import { guidePath } from './codec';
import type { GuideData } from './data';
import { firstPathTo } from './enumerate';
import { progressAt, type Progress } from './progress';
import { resolvePath, segmentsOf, type InvalidSegment } from './state';
import type { RuleDisplay } from '../rules/display';
import type { TemplateWhen } from '../rules/when';
import { isQuestion, type OutcomeStep } from './types';

export interface AnswerView {
  question: string;
  summary: string;
  /** The question's own page: answering again from there. */
  changeHref: string;
}

interface StepBase {
  id: string;
  segments: string[];
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
  options: { value: string; label: string; href: string }[];
  progress: Progress;
}

/** A rule from the registry (value, sources, confidence) and what to do about it. */
export interface DeadlineView {
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
  /** ISO date the outcome's text was last edited (资料截至). */
  updated: string;
  steps: OutcomeStep[];
  deadlines: DeadlineView[];
  templates: TemplateView[];
  evidence: string[];
  avoid: string[];
  links: { label: string; href: string }[];
}

export type StepView = QuestionView | OutcomeView;

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
      options: node.options.map((o) => ({ value: o.value, label: o.label, href: guidePath(base, [...segments, o.value]) })),
      progress: progressAt(tree, nodeId, answers.length),
    };
    return { view, invalid };
  }
  const view: OutcomeView = {
    ...common,
    kind: 'outcome',
    indexed: firstPathTo(tree).get(nodeId)?.join('/') === segments.join('/'),
    title: node.title,
    verdict: node.verdict,
    models: node.models ?? [],
    updated: node.updated,
    steps: node.steps,
    deadlines: (node.deadlines ?? []).flatMap((d) => {
      const rule = data.rules[d.rule];
      return rule ? [{ rule, text: d.text }] : [];
    }),
    templates: (node.templates ?? []).flatMap((id) => {
      const t = data.templates[id];
      return t ? [{ id, title: t.title, situation: t.situation, when: t.when, ru: t.ru, zh: t.zh }] : [];
    }),
    evidence: node.evidence ?? [],
    avoid: node.avoid ?? [],
    links: (node.links ?? []).flatMap((l) => (l.href ? [{ label: l.label, href: l.href }] : [])),
  };
  return { view, invalid };
}
