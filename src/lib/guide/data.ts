/**
 * The guide as the pages and the browser use it: the tree with handbook links already turned into hrefs and
 * the per-node facts that would otherwise need the whole tree (progress, the indexed path), plus only the
 * templates and sources that outcomes cite. Built once at build time. The browser never loads it whole: it
 * fetches one part per node (guide/data/<id>.json, see ./parts.ts) as the reader answers.
 */
import { joinBase } from '../url';
import { resolveAnchor } from './anchors';
import { firstPathTo } from './enumerate';
import { remainingQuestions } from './progress';
import {
  isOutcome,
  type GuideSource,
  type GuideTemplate,
  type GuideTree,
  type HandbookPage,
  type OutcomeNode,
  type QuestionNode,
} from './types';

export interface CompiledQuestion extends QuestionNode {
  /** Questions still to answer from here, counting this one (the progress line). */
  remaining: number;
}

export interface CompiledOutcome extends OutcomeNode {
  /** The shortest answer path here: the one page of this outcome that search indexes. */
  firstPath: string[];
}

export type CompiledNode = CompiledQuestion | CompiledOutcome;

export interface GuideData {
  base: string;
  /** Every node when built; in the browser, the nodes fetched so far. */
  tree: Record<string, CompiledNode>;
  templates: Record<string, GuideTemplate>;
  sources: Record<string, GuideSource>;
}

export interface CompileInput {
  base: string;
  tree: GuideTree;
  handbook: readonly HandbookPage[];
  templates: Readonly<Record<string, GuideTemplate>>;
  sources: Readonly<Record<string, GuideSource>>;
}

export function compileGuide(input: CompileInput): GuideData {
  const pages = new Map(input.handbook.map((p) => [p.id, p]));
  const firstPaths = firstPathTo(input.tree);
  const remaining = new Map<string, number>();
  const tree: Record<string, CompiledNode> = {};
  const templates: Record<string, GuideTemplate> = {};
  const sources: Record<string, GuideSource> = {};
  for (const [id, node] of Object.entries(input.tree)) {
    if (!isOutcome(node)) {
      tree[id] = { ...node, remaining: remainingQuestions(input.tree, id, remaining) };
      continue;
    }
    for (const id of node.templates ?? []) {
      const template = input.templates[id];
      if (template) templates[id] = template;
    }
    for (const { source: id } of node.deadlines ?? []) {
      const source = id ? input.sources[id] : undefined;
      if (id && source) sources[id] = source;
    }
    const links = (node.links ?? []).map((link) => {
      const page = pages.get(link.page);
      const slug = page && link.anchor ? resolveAnchor(page, link.anchor) : undefined;
      return { ...link, href: joinBase(input.base, `/handbook/${link.page}/${slug ? `#${slug}` : ''}`) };
    });
    tree[id] = { ...node, links, firstPath: firstPaths.get(id) ?? [] };
  }
  return { base: input.base, tree, templates, sources };
}
