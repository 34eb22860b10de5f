/**
 * From ranked hits to what the result list shows. A row (title, kind, models) comes from the page facts
 * at once; its details (an excerpt with the term marked, the sections that mention it, and the section
 * to jump to) come from the page's Pagefind fragment when the row is on screen.
 */
import type { Hit, PagefindData } from './engine';
import { headingText } from './facts';
import { containsAny, excerptAround, excerptText, remark } from './highlight';

export interface SectionLink {
  title: string;
  url: string;
  excerpt: string;
}

export interface ResultDetail {
  /** The first section that mentions the term, else the page. */
  url: string;
  excerpt: string;
  sections: SectionLink[];
}

const MAX_SECTIONS = 3;

/** Pagefind lists the page's own top section (its h1) too; the page link covers it. */
function isPageItself(section: { url: string; title: string }, data: PagefindData): boolean {
  return section.url === data.url || !section.url.includes('#') || headingText(section.title) === data.meta.title;
}

export function detailView(data: PagefindData, targets: string[]): ResultDetail {
  const sections = data.sub_results
    .filter((s) => !isPageItself(s, data))
    .map((s) => {
      const title = headingText(s.title);
      // A section titled with the term is where the reader wants to land; then sections that mention it.
      const mentions = containsAny(title, targets) ? 2 : containsAny(excerptText(s.excerpt), targets) ? 1 : 0;
      return { title, url: s.url, excerpt: remark(s.excerpt, targets), mentions };
    })
    .sort((a, b) => b.mentions - a.mentions);
  const mentioning = sections.filter((s) => s.mentions > 0);
  const shown = (mentioning.length > 0 ? mentioning : sections).slice(0, MAX_SECTIONS);
  return {
    url: mentioning[0]?.url ?? data.url,
    excerpt: excerptAround(data.content, targets) ?? remark(data.excerpt, targets),
    sections: shown.map(({ title, url, excerpt }) => ({ title, url, excerpt })),
  };
}

export interface FilterState {
  kind: string | null;
  model: string | null;
}

export interface FacetValue {
  value: string;
  count: number;
}

export function applyFilters(hits: Hit[], state: FilterState): Hit[] {
  return hits.filter((h) => (!state.kind || h.facts.kind === state.kind) && (!state.model || h.facts.models.includes(state.model)));
}

/**
 * Values of one filter with counts. Counts for a filter are taken over the results the other filter
 * leaves, so every chip says how many results choosing it would show.
 */
export function facet(hits: Hit[], key: 'kind' | 'model', state: FilterState, order: (a: string, b: string) => number): FacetValue[] {
  const counts = new Map<string, number>();
  for (const hit of applyFilters(hits, { ...state, [key]: null })) {
    const values = key === 'kind' ? [hit.facts.kind].filter(Boolean) : hit.facts.models;
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => order(a.value, b.value));
}

export interface AnswerView {
  /** The section's link when the answer is a handbook heading, else the page's. */
  url: string;
  title: string;
  /** The handbook heading that answers, shown under the page title. */
  section?: string;
  /** The verdict of a guide outcome, or the first lines of the section. */
  lines: string;
}

/** Longest text the answer card quotes; it ends at the last full sentence inside it when there is one. */
const ANSWER_CHARS = 110;

function firstSentences(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if ([...clean].length <= ANSWER_CHARS) return clean;
  const cut = [...clean].slice(0, ANSWER_CHARS).join('');
  const end = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('；'));
  return end > ANSWER_CHARS / 3 ? cut.slice(0, end + 1) : `${cut}…`;
}

/** Shorter than this, a block before the first sentence is a label (适用：FBS), not the answer. */
const LABEL_CHARS = 16;

/** Pagefind joins an element's blocks with ". ": leading short blocks are labels and dates, skipped. */
function dropLabels(text: string): string {
  const blocks = text.split(/\.\s+/);
  while (blocks.length > 1 && [...blocks[0]!].length < LABEL_CHARS) blocks.shift();
  return blocks.join('. ');
}

/**
 * What the 「最可能的答案」 card shows: the text after the heading that answers (the section's heading, or
 * the page's h1 for a guide outcome, whose first paragraph is its verdict) up to the next heading.
 */
export function answerView(data: PagefindData, title: string, section?: string): AnswerView {
  const anchors = (data.anchors ?? []).map((a) => ({ ...a, text: headingText(a.text) }));
  const at = anchors.findIndex((a) => (section ? a.text === section : a.element === 'h1'));
  const start = at === -1 ? -1 : data.content.indexOf(anchors[at]!.text);
  let lines = data.excerpt ? excerptText(data.excerpt) : '';
  if (start !== -1) {
    const from = start + anchors[at]!.text.length;
    const next = anchors.slice(at + 1).map((a) => data.content.indexOf(a.text, from)).filter((i) => i !== -1);
    lines = dropLabels(data.content.slice(from, next.length > 0 ? Math.min(...next) : undefined).replace(/^[.。:：\s]+/, ''));
  }
  const anchor = section && at !== -1 ? anchors[at]!.id : undefined;
  return { url: anchor ? `${data.url}#${anchor}` : data.url, title, section, lines: firstSentences(lines) };
}
