/**
 * The guide in parts: one JSON file per node (guide/data/<id>.json) with the templates and rules it quotes.
 * A page needs no data until the reader answers; then the island fetches only the nodes the new path walks
 * through that it does not have yet, usually just the next one.
 */
import { joinBase } from '../url';
import type { RuleDisplay } from '../rules/display';
import { usedRuleIds, type CompiledNode, type GuideData } from './data';
import { replayRemembered, type RememberedAnswers } from './state';
import { START_ID, isOutcome, isQuestion, type GuideTemplate } from './types';

export interface GuidePart {
  node: CompiledNode;
  templates: Record<string, GuideTemplate>;
  rules: Record<string, RuleDisplay>;
}

export type LoadPart = (id: string) => Promise<GuidePart>;

export const partUrl = (base: string, id: string) => joinBase(base, `/guide/data/${id}.json`);

/** The part of node `id`: the rules it quotes, and for an outcome the templates it offers. */
export function partOf(data: GuideData, id: string): GuidePart {
  const node = data.tree[id]!;
  const part: GuidePart = { node, templates: {}, rules: {} };
  if (isOutcome(node)) for (const t of node.templates ?? []) if (data.templates[t]) part.templates[t] = data.templates[t];
  for (const rule of usedRuleIds(node, part.templates)) if (data.rules[rule]) part.rules[rule] = data.rules[rule];
  return part;
}

export const emptyGuide = (base: string): GuideData => ({ base, tree: {}, templates: {}, rules: {} });

export function addPart(data: GuideData, id: string, part: GuidePart): void {
  data.tree[id] = part.node;
  Object.assign(data.templates, part.templates);
  Object.assign(data.rules, part.rules);
}

/** The first node `segments` walk through that is not loaded yet; undefined when all are (or an answer is stale). */
export function missingOnPath(data: GuideData, segments: readonly string[]): string | undefined {
  let id = START_ID;
  for (const segment of segments) {
    const node = data.tree[id];
    if (!node) return id;
    if (!isQuestion(node)) return undefined;
    const option = node.options.find((o) => o.value === segment);
    if (!option) return undefined;
    id = option.next;
  }
  return data.tree[id] ? undefined : id;
}

/** Loads what `segments` need: `known` ids (the current path) at once, then whatever is still missing, in turn. */
export async function loadPath(data: GuideData, segments: readonly string[], load: LoadPart, known: readonly string[] = []) {
  const wanted = [...new Set(known)].filter((id) => !data.tree[id]);
  const parts = await Promise.all(wanted.map(load));
  wanted.forEach((id, i) => addPart(data, id, parts[i]!));
  for (let id = missingOnPath(data, segments); id; id = missingOnPath(data, segments)) addPart(data, id, await load(id));
}

/** replayRemembered over a tree that arrives in parts: loads each node the replay reaches before deciding. */
export async function loadReplay(data: GuideData, remembered: RememberedAnswers, load: LoadPart): Promise<string[]> {
  for (;;) {
    const segments = replayRemembered(data.tree, remembered);
    const id = missingOnPath(data, segments);
    if (!id) return segments;
    addPart(data, id, await load(id));
  }
}

/** Fetches parts from the built site; a failed request rejects, and the caller falls back to a page load. */
export function fetchPart(base: string): LoadPart {
  return async (id) => {
    const response = await fetch(partUrl(base, id));
    if (!response.ok) throw new Error(`${partUrl(base, id)}: ${response.status}`);
    return (await response.json()) as GuidePart;
  };
}
