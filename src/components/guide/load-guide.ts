/**
 * Build-time source of the guide for its routes: the content collections turned into GuideData once.
 * Re-validates handbook links against the headings Astro really rendered (the start-up check in
 * src/integrations/guide-validation.ts reads MDX itself), and fails the build with every problem listed.
 */
import { getCollection, render } from 'astro:content';
import { compileGuide, type GuideData } from '../../lib/guide/data';
import { isOutcome, type GuideNode, type GuideTemplate, type HandbookPage } from '../../lib/guide/types';
import { loadRules } from '../rules/load-rules';
import { formatProblems, validateTree } from '../../lib/guide/validate';

async function load(): Promise<GuideData> {
  const [nodes, registry, templates, handbook] = await Promise.all([
    getCollection('guide'),
    loadRules(),
    getCollection('templates'),
    getCollection('handbook'),
  ]);
  const tree: Record<string, GuideNode> = Object.fromEntries(nodes.map((n) => [n.id, n.data]));
  // Only pages the guide links to need their headings (for anchors); rendering every handbook entry
  // here would load every MDX module up front, which grows with the handbook while the guide does not.
  const linked = new Set(
    Object.values(tree).flatMap((node) => (isOutcome(node) ? (node.links ?? []).map((l) => l.page) : [])),
  );
  const pages: HandbookPage[] = await Promise.all(
    handbook.map(async (entry) => ({
      id: entry.id,
      headings: linked.has(entry.id)
        ? (await render(entry)).headings.map((h) => ({ slug: h.slug, text: h.text }))
        : [],
    })),
  );
  const problems = validateTree({
    tree,
    file: 'content/guide/tree.yaml',
    handbook: pages,
    templateIds: new Set(templates.map((t) => t.id)),
  });
  if (problems.length > 0) throw new Error(formatProblems(problems));
  return compileGuide({
    base: import.meta.env.BASE_URL,
    tree,
    handbook: pages,
    templates: Object.fromEntries(templates.map((t): [string, GuideTemplate] => [t.id, t.data])),
    rules: registry.display,
  });
}

let cached: Promise<GuideData> | undefined;

export function loadGuide(): Promise<GuideData> {
  cached ??= load();
  return cached;
}
