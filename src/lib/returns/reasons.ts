/**
 * Reason texts (mostly Russian, as Ozon writes them) onto the guide's categories, from the dictionary in
 * content/returns/reasons.yaml. The longest dictionary word found in the text decides, so
 * «брак при транспортировке» is damage in transit, not a defect. No word found: unclassified, raw text kept.
 */
import type { ReasonCategory, ReasonEntry } from './schema';
import { fold } from './text';

export const UNCLASSIFIED = 'unclassified';
export type ReasonKey = ReasonCategory | typeof UNCLASSIFIED;

export type ReasonMatcher = (text: string) => ReasonKey;

export function buildReasonMatcher(entries: ReasonEntry[]): ReasonMatcher {
  const words = entries
    .flatMap((e) => e.match.map((m) => ({ word: fold(m), category: e.id })))
    .filter((w) => w.word)
    // Longest first; for equal lengths the dictionary's order decides.
    .sort((a, b) => b.word.length - a.word.length);
  const cache = new Map<string, ReasonKey>();
  return (text) => {
    const folded = fold(text);
    let found = cache.get(folded);
    if (found === undefined) {
      found = folded ? (words.find((w) => folded.includes(w.word))?.category ?? UNCLASSIFIED) : UNCLASSIFIED;
      cache.set(folded, found);
    }
    return found;
  };
}
