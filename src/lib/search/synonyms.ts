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
  return { related, canonical };
}

export function emptySynonymIndex(): SynonymIndex {
  return { related: new Map(), canonical: new Set() };
}

/**
 * Synonyms of a query, handbook words first. A whole-query match comes first; then, for a query such as
 * 快递丢了, every table term it contains is swapped for its synonyms in place (物流丢了).
 */
export function expandSynonyms(query: string, index: SynonymIndex): string[] {
  const folded = foldForMatch(query);
  const out: string[] = [...(index.related.get(folded) ?? [])];
  for (const [term, related] of index.related) {
    if (term === folded || !folded.includes(term)) continue;
    for (const other of related) out.push(folded.split(term).join(other));
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
