/**
 * Merging the answers of several Pagefind queries into one ranked list. Pages are grouped in tiers so
 * that every page that really contains what the reader typed comes before pages that only share a word
 * or a character with it; within a tier Pagefind's own relevance score decides.
 */
import { foldForMatch } from './normalize';
import { hanBigrams, type PlannedQuery } from './rewrite';

/**
 * 0: contains the term; 1: contains a synonym; 2: shares part of it (or not yet checked); 3: found only
 * through a question's concepts.
 */
export type Tier = 0 | 1 | 2 | 3;

export interface RawHit {
  id: string;
  score: number;
  /** Positions of the page's words that matched (Pagefind's result.words). */
  words?: number[];
}

export interface Candidate {
  id: string;
  score: number;
  tier: Tier;
  /** Longest run of consecutive matched words: see longestRun. */
  run: number;
}

function tierOf(planned: PlannedQuery): Tier {
  if (planned.source === 'concept') return 3;
  if (planned.kind !== 'phrase') return 2;
  return planned.source === 'term' ? 0 : 1;
}

/**
 * The longest run of consecutive matched word positions. When jieba cut the page's text differently from
 * the query (订单|号 for the query 单号), the phrase query misses, but the pieces the loose query matched
 * still sit side by side; pages that share only scattered characters with the query have runs of 1.
 */
export function longestRun(words: number[] = []): number {
  const sorted = [...new Set(words)].sort((a, b) => a - b);
  let best = sorted.length > 0 ? 1 : 0;
  let run = 1;
  for (let i = 1; i < sorted.length; i++) {
    run = sorted[i] === sorted[i - 1]! + 1 ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
}

export function compareCandidates(a: Candidate, b: Candidate): number {
  return a.tier - b.tier || b.run - a.run || b.score - a.score || a.id.localeCompare(b.id);
}

/** De-duplicate by page id, keeping each page's best tier, run and score. */
export function mergeAnswers(answers: { planned: PlannedQuery; hits: RawHit[] }[]): Candidate[] {
  const byId = new Map<string, Candidate>();
  for (const { planned, hits } of answers) {
    for (const hit of hits) {
      const tier = tierOf(planned);
      const run = longestRun(hit.words);
      const seen = byId.get(hit.id);
      byId.set(
        hit.id,
        seen
          ? { id: hit.id, score: Math.max(seen.score, hit.score), tier: Math.min(seen.tier, tier) as Tier, run: Math.max(seen.run, run) }
          : { id: hit.id, score: hit.score, tier, run },
      );
    }
  }
  return [...byId.values()].sort(compareCandidates);
}

/**
 * What a page's text says about its tier, or null when it shares nothing meaningful with the query
 * (only single characters, which Pagefind's loose matching lets through: 退钱 → every page with 退).
 */
/** Folded and without whitespace, so "24小时" matches "24 小时". */
function squeeze(text: string): string {
  return foldForMatch(text).replace(/\s+/g, '');
}

export function verifiedTier(content: string, term: string, synonyms: string[]): Tier | null {
  const text = squeeze(content);
  if (text.includes(squeeze(term))) return 0;
  if (synonyms.some((s) => text.includes(squeeze(s)))) return 1;
  const pieces = [term, ...synonyms].flatMap((t) => [...hanBigrams(t), ...(foldForMatch(t).match(/[a-z0-9][a-z0-9_./-]+/g) ?? [])]);
  return pieces.some((p) => text.includes(squeeze(p))) ? 2 : null;
}

/**
 * Whether a title names the term. A Latin term must stand as a word of its own (FBS names "FBS 订单"
 * but not "rFBS"), which is what a reader means; Chinese has no word boundaries to ask for.
 */
export function names(text: string, term: string): boolean {
  const t = squeeze(term);
  if (!/^[a-z0-9_./-]+$/.test(t)) return squeeze(text).includes(t);
  const escaped = t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^a-z0-9])${escaped}($|[^a-z0-9])`).test(foldForMatch(text));
}

/** Within a tier, a page titled with the term beats one with a section titled with it, which beats the rest. */
export function headingBoost(title: string, sectionTitles: string[], targets: string[]): number {
  const has = (text: string) => targets.some((t) => names(text, t));
  if (has(title)) return 2;
  return sectionTitles.some(has) ? 1 : 0;
}

export function compareHits(a: Candidate & { boost: number }, b: Candidate & { boost: number }): number {
  return a.tier - b.tier || b.boost - a.boost || b.run - a.run || b.score - a.score || a.id.localeCompare(b.id);
}

/** Kinds that answer a question only when the reader asks for them (a template, a term). */
const TEMPLATE_KIND = '模板';
const TERM_KIND = '术语';
/** A guide outcome answers with its title alone; its h2s (现在要做的事, 期限) are the same on every outcome. */
const OUTCOME_KIND = '向导结论';

export interface ConceptForms {
  /** The concept as typed, then its other forms. */
  forms: string[];
  known: boolean;
}

export interface AnswerFit {
  /** Concepts named by the title (an outcome) or by the title and one heading together (a handbook page). */
  named: number;
  /** True when every known concept is named (at least one). */
  fits: boolean;
  /** The handbook heading that, with the title, names the most concepts (absent when the title alone does as well). */
  heading?: string;
}

export function answerFit(title: string, kind: string, headings: string[], concepts: ConceptForms[]): AnswerFit {
  const count = (text: string, only = concepts) => only.filter((c) => c.forms.some((f) => names(text, f))).length;
  const known = concepts.filter((c) => c.known);
  const fit = (text: string) => known.length > 0 && count(text, known) === known.length;
  let best: AnswerFit = { named: count(title), fits: fit(title) };
  if (kind === OUTCOME_KIND) return best;
  for (const heading of headings) {
    const text = `${title} ${heading}`;
    const named = count(text);
    if (named > best.named) best = { named, fits: fit(text), heading };
  }
  return best;
}

/** Templates and the glossary come after explanations, unless the question asks for one of them. */
export function demoted(kind: string, wants: { wantsTemplate: boolean; wantsTerm: boolean }): boolean {
  return (kind === TEMPLATE_KIND && !wants.wantsTemplate) || (kind === TERM_KIND && !wants.wantsTerm);
}

export interface AnswerCandidate extends Candidate {
  fit: AnswerFit;
  /** Concepts whose phrase (or handbook form) the page contains. */
  covered: number;
  demoted: boolean;
}

/**
 * Ranking for a question: pages with the whole sentence still come first (exact phrase first); then
 * explanations before templates and the glossary; then pages whose title (or title and a heading) names
 * more of the concepts; then pages containing more of them; then the keyword tiers, runs and score.
 */
export function compareAnswers(a: AnswerCandidate, b: AnswerCandidate): number {
  return (
    Number(a.tier !== 0) - Number(b.tier !== 0) ||
    Number(a.demoted) - Number(b.demoted) ||
    b.fit.named - a.fit.named ||
    b.covered - a.covered ||
    a.tier - b.tier ||
    b.run - a.run ||
    b.score - a.score ||
    a.id.localeCompare(b.id)
  );
}

/**
 * The one result that clearly fits: the first, when it is an explanation naming every concept and the
 * next one is not as good a fit.
 */
export function clearAnswer<T extends AnswerCandidate>(ranked: T[]): T | null {
  const [top, next] = ranked;
  if (!top || top.demoted || !top.fit.fits) return null;
  if (next && !next.demoted && next.fit.fits && next.fit.named >= top.fit.named && next.covered >= top.covered) return null;
  return top;
}
