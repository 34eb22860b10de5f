/** The decision tree as plain data: the shape content/guide/tree.yaml takes once the schema has checked it. */
import type { Model } from '../handbook/sections';
import type { TemplateWhen } from '../rules/when';

/** Lines of an outcome (steps, deadlines, evidence, avoid) may name the models they apply to; none = every model. */
export interface ModelScoped {
  models?: Model[];
}

export interface GuideOption {
  /** Lowercase ASCII; it becomes one URL segment. */
  value: string;
  label: string;
  /** One line for 「你的回答」. */
  summary: string;
  next: string;
  /** The fulfilment model this answer means, when the value alone (fbo, fbs, …) does not say it. */
  model?: Model;
  /** Start page: the heading the option is listed under. */
  group?: string;
}

export interface QuestionNode {
  type: 'question';
  question: string;
  help?: string;
  options: GuideOption[];
}

export interface OutcomeStep extends ModelScoped {
  text: string;
  /** The seller-cabinet menu path, as a seller sees it. */
  where?: string;
  /** The API method, for sellers who work through it. */
  api?: string;
}

/** One evidence or avoid line: a sentence, or a sentence for some models only. */
export type PlainLine = string | ({ text: string } & ModelScoped);

/** A deadline is a rule from the registry; `text` says what to do about it. */
export interface Deadline extends ModelScoped {
  rule: string;
  text?: string;
}

export interface HandbookLink {
  page: string;
  anchor?: string;
  label: string;
  /** Filled in at build time from page + anchor (base path included), so the browser needs no handbook index. */
  href?: string;
}

export interface OutcomeNode {
  type: 'outcome';
  title: string;
  verdict: string;
  models?: Model[];
  /** ISO date the outcome's text was last edited (资料截至). */
  updated: string;
  steps: OutcomeStep[];
  deadlines?: Deadline[];
  templates?: string[];
  evidence?: PlainLine[];
  avoid?: PlainLine[];
  links?: HandbookLink[];
}

export type GuideNode = QuestionNode | OutcomeNode;

/** Node id → node. The guide always starts at `start`. */
export type GuideTree = Record<string, GuideNode>;

export const START_ID = 'start';

export interface GuideTemplate {
  title: string;
  situation: string;
  when: TemplateWhen;
  ru: string;
  zh: string;
}

/** A handbook page as the validator and link resolver see it: its id and its heading slugs and texts. */
export interface HandbookPage {
  id: string;
  headings: { slug: string; text: string }[];
}

export function isQuestion(node: GuideNode | undefined): node is QuestionNode {
  return node?.type === 'question';
}

export function isOutcome(node: GuideNode | undefined): node is OutcomeNode {
  return node?.type === 'outcome';
}
