/**
 * The synonym table (content/search/synonyms.yaml) turned into look-ups: the words sellers actually type
 * (退钱, 快递, 拒签) lead to the words the handbook uses (退款, 物流, 拒收). Each group lists the handbook's
 * word first; typing that word already finds every page that uses it.
 */
import { foldForMatch } from './normalize';

export interface SynonymGroup {
  id: string;
  terms: string[];
}

export interface SynonymIndex {
  /** Every term to the other terms of every group it belongs to, the groups' handbook words first. */
  related: Map<string, string[]>;
  /** The handbook words: the first term of each group. */
  canonical: Set<string>;
  /** Every term, longest first: the order findTerms tries them in. */
  longestFirst: string[];
}

export function buildSynonymIndex(groups: SynonymGroup[]): SynonymIndex {
  const related = new Map<string, string[]>();
  const canonical = new Set(groups.map((g) => foldForMatch(g.terms[0] ?? '')));
  for (const group of groups) {
    for (const term of group.terms) {
      const key = foldForMatch(term);
      const list = related.get(key) ?? [];
      for (const other of group.terms) {
        const folded = foldForMatch(other);
        if (folded !== key && !list.includes(folded)) list.push(folded);
      }
      related.set(key, list.sort((a, b) => Number(canonical.has(b)) - Number(canonical.has(a))));
    }
  }
  return { related, canonical, longestFirst: [...related.keys()].sort((a, b) => b.length - a.length) };
}

export function emptySynonymIndex(): SynonymIndex {
  return { related: new Map(), canonical: new Set(), longestFirst: [] };
}

const LATIN = /^[a-z0-9]/;

/** A Latin term must stand as a word of its own (FBS is not inside rFBS); Chinese has no word boundaries. */
export function standsAlone(text: string, at: number, term: string): boolean {
  if (!LATIN.test(term)) return true;
  return !LATIN.test(text.slice(at - 1, at) || ' ') && !LATIN.test(text.slice(at + term.length, at + term.length + 1) || ' ');
}

export interface FoundTerm {
  term: string;
  start: number;
}

/**
 * The table terms a folded query contains, read left to right taking the longest term at each place, so
 * 取消订单 is one term and the 取消 inside it is not another.
 */
export function findTerms(folded: string, index: SynonymIndex): FoundTerm[] {
  const found: FoundTerm[] = [];
  let at = 0;
  while (at < folded.length) {
    const term = index.longestFirst.find((t) => folded.startsWith(t, at) && standsAlone(folded, at, t));
    if (term) found.push({ term, start: at });
    at += term?.length ?? 1;
  }
  return found;
}

/**
 * Synonyms of a query, handbook words first. A whole-query match is a synonym itself; for a query such as
 * 快递丢了, each table term it contains (findTerms: whole terms only) is swapped for one synonym at a time,
 * in that one place (物流丢了), so an expansion is never longer than the query plus one synonym.
 */
export function expandSynonyms(query: string, index: SynonymIndex): string[] {
  const folded = foldForMatch(query);
  const out: string[] = [];
  for (const { term, start } of findTerms(folded, index)) {
    for (const other of index.related.get(term)!) out.push(folded.slice(0, start) + other + folded.slice(start + term.length));
  }
  return [...new Set(out)].filter((t) => t !== folded);
}

/**
 * The synonyms worth searching for: none when the reader typed a handbook word (the pages already use it,
 * and each extra word may cost another index chunk), else the synonyms with handbook words first.
 */
export function searchSynonyms(query: string, index: SynonymIndex): string[] {
  return index.canonical.has(foldForMatch(query)) ? [] : expandSynonyms(query, index);
}
