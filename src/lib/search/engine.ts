/**
 * One search, end to end, against anything shaped like Pagefind's JS API: normalise and cap the query,
 * read it as a question when it is one (question.ts), expand synonyms, run the planned queries
 * (rewrite.ts), merge them into tiers (rank.ts), and check the text of the best loose-only candidates so
 * pages that contain the term inside a longer word move up with the exact matches. A question is then
 * ranked by answer: pages whose title names its concepts first. Pure: Pagefind, the page facts and the
 * converter loader are passed in.
 */
import type { FactsIndex, PageFacts } from './facts';
import { capQuery, cleanQuery, foldForMatch, normalizeQuery, type ToSimplified } from './normalize';
import { emptyLexicon, parseQuestion, suggestSituations, type Lexicon, type ParsedQuestion, type Situation } from './question';
import { expandSynonyms, searchSynonyms, type SynonymIndex } from './synonyms';
import { planConcepts, planFallback, planQueries, planSynonyms, hasHan, type PlannedQuery } from './rewrite';
import {
  answerFit, clearAnswer, compareAnswers, compareHits, kindPlace, weighConcepts, headingBoost, mergeAnswers, verifiedTier,
  type AnswerFit, type RawHit, type Tier,
} from './rank';

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: PagefindSubResult[];
  /** Headings with their ids (absent in older fixtures): where an answer card links to. */
  anchors?: { element: string; id: string; text: string }[];
}

export interface PagefindResult extends RawHit {
  data(): Promise<PagefindData>;
}

export interface PagefindLike {
  /** A null query with filters lists every page the filters match (Pagefind's filter-only search). */
  search(query: string | null, options?: { filters: Record<string, { any: string[] }> }): Promise<{ results: PagefindResult[] } | null>;
}

export interface Hit {
  id: string;
  tier: Tier;
  /** 2: the page title names the term; 1: a section title does; 0: neither. */
  boost: number;
  /** Longest run of adjacent matched words (rank.ts longestRun). */
  run: number;
  score: number;
  facts: PageFacts;
  /** For a question: how well the page's title (and a heading) names its concepts. */
  fit?: AnswerFit;
  /** The page's fragment (excerpt, sections), fetched once on first call. */
  load(): Promise<PagefindData>;
}

export interface SearchOutcome {
  /** The query after normalisation (half-width, simplified). */
  term: string;
  /** The synonyms that were searched for too (none when the term is the handbook's own word). */
  synonyms: string[];
  /** Every synonym in the table, to suggest when nothing is found. */
  related: string[];
  hits: Hit[];
  /** True when the query was longer than MAX_QUERY_CHARS and only its start was searched. */
  capped: boolean;
  /** The question's reading, when the query was searched as a question. */
  question: ParsedQuestion | null;
  /** 「最可能的答案」: the one result that clearly answers the question. */
  answer: Hit | null;
  /** Guide start answers matching the question's concepts, offered when nothing is found. */
  situations: Situation[];
  /** Pagefind queries asked (bounded by rewrite.ts MAX_QUERIES). */
  queries: number;
}

export interface SearchOptions {
  synonyms: SynonymIndex;
  /** Question words, concepts and guide situations; without it every query is searched as a keyword. */
  lexicon?: Lexicon;
  /** The guide's start answers, asked for only when a search finds nothing (else the lexicon's are used). */
  loadSituations?: () => Promise<Situation[]>;
  facts: FactsIndex;
  loadConverter: () => Promise<ToSimplified>;
  /** Most loose-only candidates whose text is fetched (2 to 8 KB each) and checked for the term. */
  verifyLimit?: number;
}

/** Pagefind separates the words of Chinese text with zero-width spaces in fragment content. */
export function plainContent(data: PagefindData): PagefindData {
  return { ...data, content: data.content.replace(/\u200b/g, '') };
}

/** What a page's text is checked against: its title and content. */
function pageText(data: PagefindData): string {
  return `${data.meta.title ?? ''} ${data.content}`;
}

/** Answers of every query asked so far, and one data loader per page. */
class Answers {
  readonly list: { planned: PlannedQuery; hits: PagefindResult[] }[] = [];
  readonly loaders = new Map<string, () => Promise<PagefindData>>();

  constructor(private readonly pagefind: PagefindLike) {}

  private readonly asked = new Set<string>();

  /** Asks each planned query once: a query asked again with the same meaning adds nothing. */
  async ask(plan: PlannedQuery[]): Promise<void> {
    const fresh = plan.filter((p) => {
      const key = JSON.stringify([p.query, p.kind, p.source, p.concept]);
      return !this.asked.has(key) && Boolean(this.asked.add(key));
    });
    const answers = await Promise.all(fresh.map(async (planned) => ({ planned, hits: (await this.pagefind.search(planned.query))?.results ?? [] })));
    this.list.push(...answers);
    // Take a page's data from a loose query when there is one: Pagefind lists sections (sub-results) only
    // where the query matched, and a phrase query's matches give fewer of them.
    const looseFirst = [...answers].sort((a, b) => Number(b.planned.kind === 'loose') - Number(a.planned.kind === 'loose'));
    for (const answer of looseFirst) {
      for (const hit of answer.hits) {
        if (this.loaders.has(hit.id)) continue;
        let data: Promise<PagefindData> | undefined;
        this.loaders.set(hit.id, () => (data ??= hit.data().then(plainContent)));
      }
    }
  }

  count(): number {
    return this.list.length + this.listings;
  }

  private listings = 0;

  /**
   * Loaders for pages no query found, through one filter-only search (the filter index is a few hundred
   * bytes; no word index is fetched). Returns the ids it could load.
   */
  async load(ids: string[], kinds: string[]): Promise<string[]> {
    this.listings++;
    const all = (await this.pagefind.search(null, { filters: { kind: { any: kinds } } }))?.results ?? [];
    const wanted = new Set(ids);
    const found: string[] = [];
    for (const hit of all) {
      if (!wanted.has(hit.id) || this.loaders.has(hit.id)) continue;
      let data: Promise<PagefindData> | undefined;
      this.loaders.set(hit.id, () => (data ??= hit.data().then(plainContent)));
      found.push(hit.id);
    }
    return found;
  }

  exactCount(): number {
    return new Set(this.list.filter((a) => a.planned.kind === 'phrase').flatMap((a) => a.hits.map((h) => h.id))).size;
  }
}

/** A question's first answers holding its core whose text is read for the whole sentence (2 to 8 KB each). */
const EXACT_CHECKS = 4;
/** With fewer pages than this using the reader's word, the search widens to its synonyms too. */
const FEW_EXACT = 3;
/** Results the list shows before "显示更多" (components/search/SearchPanel.tsx uses the same number). */
export const FIRST_SCREEN = 6;

export async function runSearch(pagefind: PagefindLike, raw: string, options: SearchOptions): Promise<SearchOutcome> {
  const capped = capQuery(cleanQuery(raw)).capped;
  const term = await normalizeQuery(raw, options.loadConverter);
  const none = { term, synonyms: [], related: [], hits: [], capped, question: null, answer: null, situations: [], queries: 0 };
  if (!term) return none;
  const lexicon = options.lexicon ?? emptyLexicon();
  const parsed = parseQuestion(term, lexicon);
  let question = parsed.isQuestion ? parsed : null;
  const answers = new Answers(pagefind);
  const phraseOf = (text: string) => planQueries(text, []).filter((p) => p.kind === 'phrase');
  // Words without a question word (卖家后台, 消息模板) that the pages use as they stand are a keyword.
  if (question && !question.asks) {
    await answers.ask(phraseOf(term));
    if (answers.exactCount() > 0) question = null;
  }
  const related = question ? [] : expandSynonyms(term, options.synonyms);
  let synonyms = question ? [] : searchSynonyms(term, options.synonyms);
  const concepts = question?.concepts ?? [];
  await answers.ask([
    ...(question ? [] : planQueries(term, synonyms)),
    ...planConcepts(concepts.map((c) => ({ text: c.text, handbookForm: handbookForm(c.text, c.forms, lexicon) }))),
  ]);
  // A question asks for its sentence (question.ts core) as a phrase only: exact matches still come first,
  // while loose words would fetch index chunks for 怎么办 and 了 and the text of pages sharing them. Only a
  // page holding every concept can hold the sentence, so without one its words (的, 一直: a 3 to 13 KB
  // index chunk each) are not fetched.
  if (question && holdsAll(answers.list, concepts.length)) await answers.ask(phraseOf(question.core));
  if (!question && synonyms.length === 0 && related.length > 0 && answers.exactCount() < FEW_EXACT) {
    synonyms = related;
    await answers.ask(planSynonyms(synonyms));
  }
  // A question falls back on the pieces of its concepts, never on 怎么 or 么办.
  const meaning = question?.core ?? term;
  if (answers.loaders.size === 0 && hasHan(meaning)) await answers.ask(planFallback(meaning));

  const forms = concepts.map((k) => ({ forms: [k.text, ...k.forms], known: k.known }));
  const weighted = question ? weighConcepts(Object.values(options.facts), forms) : [];
  const candidates = mergeAnswers(answers.list).filter((c) => options.facts[c.id]);
  if (question) {
    // A page whose title names the concepts is a candidate answer even when no query found it (its text
    // says 发错 where the reader typed 发错货 and we searched the handbook's 错发): one naming every
    // concept, or naming them at least as well as the best page the queries found.
    const seen = new Set(candidates.map((c) => c.id));
    const fitOf = (id: string) => {
      const { title, kind, headings } = options.facts[id]!;
      return answerFit(title, kind, headings, weighted);
    };
    const best = Math.max(0, ...candidates.map((c) => fitOf(c.id).weight));
    const titled = Object.keys(options.facts).filter((id) => {
      if (seen.has(id)) return false;
      const fit = fitOf(id);
      return fit.fits || (fit.weight > 0 && fit.weight >= best);
    });
    const kinds = [...new Set(Object.values(options.facts).map((f) => f.kind).filter(Boolean))];
    if (titled.length > 0) for (const id of await answers.load(titled, kinds)) candidates.push({ id, score: 0, tier: 3, run: 0 });
  }
  // When the phrase queries leave the first screen short of exact matches, read the text of the loose-only
  // candidates most likely to hold the term (longest run of adjacent matched words first).
  const exact = candidates.filter((c) => c.tier < 2).length;
  const toCheck = exact >= FIRST_SCREEN ? [] : candidates.filter((c) => c.tier === 2).slice(0, options.verifyLimit ?? 8);
  const checked = new Map<string, Tier | null>(
    await Promise.all(toCheck.map(async (c) => [c.id, verifiedTier(pageText(await answers.loaders.get(c.id)!()), meaning, synonyms)] as const)),
  );
  // A question's phrase query asked for its core (拒收 for 买家拒收了怎么办): the pages holding it hold the
  // core only (tier 1) unless their text has the whole sentence (tier 0), which is read below.
  const coreHits = new Set(question && question.core !== term ? candidates.filter((c) => c.tier === 0).map((c) => c.id) : []);
  for (const id of coreHits) checked.set(id, 1);
  // A page a concept query found contains that concept, whatever its keyword tier.
  const covered = conceptsFound(answers.list);
  const hits: Hit[] = [];
  for (const c of candidates) {
    const verified = checked.has(c.id) ? checked.get(c.id)! : c.tier;
    // A question keeps the pages its concepts found even when they share no part of the whole sentence.
    const tier = verified === null && covered.has(c.id) ? 3 : verified;
    if (tier === null) continue;
    const facts = options.facts[c.id]!;
    const boost = headingBoost(facts.title, facts.headings, tier === 2 ? [term] : [term, ...synonyms]);
    const fit = question ? answerFit(facts.title, facts.kind, facts.headings, weighted, term) : undefined;
    hits.push({ id: c.id, tier, boost, run: c.run, score: c.score, facts, fit, load: answers.loaders.get(c.id)! });
  }
  let answer: Hit | null = null;
  if (question) {
    const rank = () => {
      const ranked = hits.map((h) => {
        const hasConcept = covered.has(h.id);
        const place = kindPlace(h.facts.kind, question);
        return { ...h, fit: h.fit!, covered: covered.get(h.id)?.size ?? 0, place: place === 0 && !hasConcept ? 1 : place };
      });
      return ranked.sort(compareAnswers);
    };
    let ranked = rank();
    // The first few answers holding the core are read for the whole sentence: the result list shows their
    // excerpts first anyway, so this costs no more than the first screen. One that has it goes first.
    const read = ranked.filter((h) => coreHits.has(h.id)).slice(0, EXACT_CHECKS);
    const whole = new Set((await Promise.all(read.map(async (h) => (verifiedTier(pageText(await h.load()), term, []) === 0 ? [h.id] : [])))).flat());
    if (whole.size > 0) {
      for (const h of hits) if (whole.has(h.id)) h.tier = 0;
      ranked = rank();
    }
    hits.splice(0, hits.length, ...ranked);
    answer = clearAnswer(ranked);
  } else {
    hits.sort(compareHits);
  }
  const situations = hits.length === 0
    ? suggestSituations(concepts.length > 0 ? concepts : parsed.concepts, options.loadSituations ? await options.loadSituations() : lexicon.situations)
    : [];
  return { term, synonyms, related, hits, capped, question, answer, situations, queries: answers.count() };
}

/** Each page's concepts: the indexes of the concept queries that found it. */
function conceptsFound(list: { planned: PlannedQuery; hits: RawHit[] }[]): Map<string, Set<number>> {
  const found = new Map<string, Set<number>>();
  for (const { planned, hits } of list) {
    if (planned.concept === undefined) continue;
    for (const hit of hits) found.set(hit.id, (found.get(hit.id) ?? new Set()).add(planned.concept));
  }
  return found;
}

/** Whether some page was found by the queries of every one of a question's concepts. */
function holdsAll(list: { planned: PlannedQuery; hits: RawHit[] }[], concepts: number): boolean {
  return [...conceptsFound(list).values()].some((s) => s.size === concepts);
}

/** The handbook's word for a concept the reader put otherwise (撤单 → 取消), or nothing when they used it. */
function handbookForm(text: string, forms: string[], lexicon: Lexicon): string | undefined {
  if (lexicon.concepts.canonical.has(foldForMatch(text))) return undefined;
  return forms.find((f) => lexicon.concepts.canonical.has(f));
}
