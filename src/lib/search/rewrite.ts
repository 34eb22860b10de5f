/**
 * Query rewriting for Chinese recall. Pagefind splits page text with jieba when it indexes but splits the
 * query with the browser's Intl.Segmenter, so the two can disagree (Pagefind issues #1237, #987). We therefore
 * ask Pagefind several questions per query and merge the answers (see rank.ts):
 *  - the term as an exact phrase (precise when both segmenters agree),
 *  - the term as plain words (loose: Pagefind matches each segment, so pages with the term inside a longer
 *    word are among the answers),
 *  - every synonym as an exact phrase,
 *  - for a question (question.ts), each key concept as a phrase, in its handbook form too, and all of
 *    them as loose words,
 *  - and, only as a fallback when those find nothing, the term's segments and overlapping character bigrams,
 *    at most MAX_FALLBACK of them.
 * Every plan is bounded: a search never asks more than MAX_QUERIES questions, however long the query.
 */
export type QuerySource = 'term' | 'synonym' | 'concept';
export type QueryKind = 'phrase' | 'loose' | 'part';

export interface PlannedQuery {
  query: string;
  kind: QueryKind;
  source: QuerySource;
  /** The term or synonym this query stands for: what a page must contain to count as an exact match. */
  target: string;
  /** For a question's concept queries: which concept (its index) a page found by the query contains. */
  concept?: number;
}

const HAN = /\p{Script=Han}/u;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Word segments of a text as Intl.Segmenter sees them (what Pagefind does to a query), punctuation dropped. */
export function segments(text: string): string[] {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/** Overlapping two-character pieces of every run of Han characters: 部分退款 → 部分, 分退, 退款. */
export function hanBigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  }
  return [...new Set(out)];
}

/**
 * A phrase query: Pagefind treats a quoted query as an exact phrase of words. Punctuation becomes a word
 * break, as it does in the index, so v1/returns/list asks for the words v1, returns, list in a row.
 */
function phrase(text: string): string {
  return `"${text.replace(/[^\p{L}\p{N}\s]+/gu, ' ').replace(/\s+/g, ' ').trim()}"`;
}

const MAX_SYNONYMS = 4;

/** The first round of queries: the term as a phrase and as loose words, then each synonym as a phrase. */
export function planQueries(term: string, synonyms: string[]): PlannedQuery[] {
  const plan: PlannedQuery[] = [];
  plan.push({ query: phrase(term), kind: 'phrase', source: 'term', target: term });
  plan.push({ query: term, kind: 'loose', source: 'term', target: term });
  return [...plan, ...planSynonyms(synonyms)];
}

/**
 * Synonyms as phrases only: a loose query per synonym would pull in more index chunks for pages that
 * merely share a character with it.
 */
export function planSynonyms(synonyms: string[]): PlannedQuery[] {
  return synonyms.slice(0, MAX_SYNONYMS).map((s) => ({ query: phrase(s), kind: 'phrase', source: 'synonym', target: s }));
}

/** Most fallback queries: enough for the bigrams of a long keyword, never one per character of a pasted page. */
export const MAX_FALLBACK = 8;

/**
 * The fallback round for a Chinese term the first round found nothing for: its segments, then its bigrams,
 * the first MAX_FALLBACK of them.
 */
export function planFallback(term: string): PlannedQuery[] {
  const parts = [...new Set([...segments(term).filter(hasHan), ...hanBigrams(term)])].filter((p) => p !== term);
  return parts.slice(0, MAX_FALLBACK).map((p) => ({ query: p, kind: 'part', source: 'term', target: term }));
}

/** Most concepts searched for one question; each costs one or two queries. */
export const MAX_CONCEPTS = 4;

export interface ConceptQuery {
  text: string;
  /** The handbook form to search too, when the reader used another (撤单 → 取消). */
  handbookForm?: string;
}

/** A question's concepts: each as a phrase, its handbook form as a phrase, and all of them as loose words. */
export function planConcepts(concepts: ConceptQuery[]): PlannedQuery[] {
  const plan: PlannedQuery[] = concepts.flatMap((c, concept) => [
    { query: phrase(c.text), kind: 'phrase' as const, source: 'concept' as const, target: c.text, concept },
    ...(c.handbookForm ? [{ query: phrase(c.handbookForm), kind: 'phrase' as const, source: 'concept' as const, target: c.handbookForm, concept }] : []),
  ]);
  if (concepts.length > 1) plan.push({ query: concepts.map((c) => c.text).join(' '), kind: 'loose', source: 'concept', target: '' });
  return plan;
}

/**
 * The most queries one search asks: the term as phrase and loose words, its synonyms twice over (the
 * first round and the widening), the fallback round, and for a question two per concept, one loose and
 * one filter-only listing of the pages whose titles name the concepts.
 */
export const MAX_QUERIES = 2 + 2 * MAX_SYNONYMS + MAX_FALLBACK + 2 * MAX_CONCEPTS + 2;
