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
  /** How much naming it tells pages apart: weighConcepts. */
  weight: number;
  /** Some page's title names it: one no title names (签收 in 显示已经签收，买家却说没收到货) cannot be asked of the answer. */
  titled: boolean;
}

export interface AnswerFit {
  /** Concepts named by the title (an outcome) or by the title and one heading together (a handbook page). */
  named: number;
  /** The weights of the concepts named, summed: a rare concept (调包) counts more than a common one (退货), one named only in an outcome's advice half. */
  weight: number;
  /** True when every known concept some title names is named (at least one). */
  fits: boolean;
  /** Character pairs of the question the same title text holds: 买家开了争议 is closer to 买家开了争议怎么办 than 开争议 is. */
  overlap: number;
  /** The handbook heading that, with the title, names the most concepts (absent when the title alone does as well). */
  heading?: string;
}

function titleTexts(title: string, kind: string, headings: string[]): { text: string; heading?: string }[] {
  return [{ text: title }, ...(kind === OUTCOME_KIND ? [] : headings.map((heading) => ({ text: `${title} ${heading}`, heading })))];
}

function namesConcept(text: string, concept: ConceptForms): boolean {
  return concept.forms.some((f) => names(text, f));
}

/**
 * What a concept named only in a guide outcome's advice counts, against one named in its situation.
 * Outcome titles read 「situation：advice」 (跨境包裹在自提点没人取：订单自动取消，联系承运商安排退回): the
 * situation says which case the page answers, the advice merely mentions what to do (取消, 退回).
 */
const ADVICE_SHARE = 0.5;

/** The part of a title that says which case it answers: an outcome's text before 「：」, any other title whole. */
function situationPart(text: string, kind: string): string {
  const colon = kind === OUTCOME_KIND ? text.indexOf('：') : -1;
  return colon < 0 ? text : text.slice(0, colon);
}

export function answerFit(title: string, kind: string, headings: string[], concepts: ConceptForms[], sentence = ''): AnswerFit {
  const known = concepts.filter((c) => c.known && c.titled);
  const pairs = hanBigrams(sentence);
  let best: AnswerFit = { named: 0, weight: -1, fits: false, overlap: -1 };
  for (const { text, heading } of titleTexts(title, kind, headings)) {
    const named = concepts.filter((c) => namesConcept(text, c));
    const situation = situationPart(text, kind);
    const weight = named.reduce((sum, c) => sum + (namesConcept(situation, c) ? c.weight : c.weight * ADVICE_SHARE), 0);
    const overlap = pairs.filter((p) => text.includes(p)).length;
    if (weight > best.weight || (weight === best.weight && overlap > best.overlap)) {
      best = { named: named.length, weight, fits: known.length > 0 && known.every((c) => named.includes(c)), overlap, ...(heading ? { heading } : {}) };
    }
  }
  return best;
}

/**
 * Each concept's weight, from how many pages' titles (or handbook headings) name it: log((N + 1) / (n + 1)).
 * A concept named by nearly every title (退货) tells the pages apart far less than one named by a few (调包).
 */
export function weighConcepts(
  pages: { title: string; kind: string; headings: string[] }[],
  concepts: Omit<ConceptForms, 'weight' | 'titled'>[],
): ConceptForms[] {
  return concepts.map((c) => {
    const n = pages.filter((p) => titleTexts(p.title, p.kind, p.headings).some(({ text }) => namesConcept(text, { ...c, weight: 0, titled: true }))).length;
    return { ...c, weight: Math.log((pages.length + 1) / (n + 1)), titled: n > 0 };
  });
}

/** Which kind of page a question asks for by its words: a template (怎么说), a term (什么意思, 俄语). */
export interface Wants {
  wantsTemplate: boolean;
  wantsTerm: boolean;
}

/**
 * Where a kind of page goes for a question: 0 first (the template or term asked for), 1 with the
 * explanations, 2 after them (templates and the glossary, when not asked for).
 */
export function kindPlace(kind: string, wants: Wants): 0 | 1 | 2 {
  if (kind === TEMPLATE_KIND) return wants.wantsTemplate ? 0 : 2;
  if (kind === TERM_KIND) return wants.wantsTerm ? 0 : 2;
  return 1;
}

export interface AnswerCandidate extends Candidate {
  fit: AnswerFit;
  /** Concepts whose phrase (or handbook form) the page contains. */
  covered: number;
  /** kindPlace, except that a page asked for comes first only when it contains a concept. */
  place: 0 | 1 | 2;
}

/**
 * Ranking for a question: pages with the whole sentence still come first (exact phrase first); then
 * the template or term page when the question asks for one, explanations, and templates and the
 * glossary when it does not; then pages whose title (or title and a heading) names
 * more of the concepts, rare ones counting more; then titles sharing more of the sentence's wording;
 * then pages containing more of the concepts; then the keyword tiers, runs and score.
 */
export function compareAnswers(a: AnswerCandidate, b: AnswerCandidate): number {
  return (
    Number(a.tier !== 0) - Number(b.tier !== 0) ||
    a.place - b.place ||
    b.fit.weight - a.fit.weight ||
    b.fit.overlap - a.fit.overlap ||
    b.covered - a.covered ||
    a.tier - b.tier ||
    b.run - a.run ||
    b.score - a.score ||
    a.id.localeCompare(b.id)
  );
}

/**
 * The one result that clearly fits: the first, when it is an explanation naming every concept and the
 * next one names less. Two pages whose titles name the same (你有打包视频 / 你没有打包视频) leave the
 * choice to the reader: no card rather than a confident wrong one.
 */
export function clearAnswer<T extends AnswerCandidate>(ranked: T[]): T | null {
  const [top, next] = ranked;
  if (!top || top.place !== 1 || !top.fit.fits || top.fit.weight <= 0) return null;
  if (next && next.place === 1 && next.fit.weight >= top.fit.weight) return null;
  return top;
}
