/**
 * The guide as the pages and the browser use it: the tree with handbook links already turned into hrefs,
 * plus only the templates and sources that outcomes cite. Built once at build time; served as tree.json.
 */
import { joinBase } from '../url';
import { resolveAnchor } from './anchors';
import { isOutcome, type GuideSource, type GuideTemplate, type GuideTree, type HandbookPage } from './types';

export interface GuideData {
  base: string;
  tree: GuideTree;
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
  const tree: GuideTree = {};
  const templates: Record<string, GuideTemplate> = {};
  const sources: Record<string, GuideSource> = {};
  for (const [id, node] of Object.entries(input.tree)) {
    if (!isOutcome(node)) {
      tree[id] = node;
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
    tree[id] = { ...node, links };
  }
  return { base: input.base, tree, templates, sources };
}
