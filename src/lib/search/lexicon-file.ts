/**
 * The two files a question is read with: /search-lexicon.json (question words and concepts, fetched when
 * search opens) and /search-situations.json (the guide's start answers, fetched only when a search finds
 * nothing). Written by src/pages/search-lexicon.json.ts and search-situations.json.ts.
 */
import { buildLexicon, type Lexicon, type LexiconData } from './question';
import type { SynonymGroup } from './synonyms';

export type LexiconFile = Omit<LexiconData, 'situations'>;

/** The lexicon without situations: the engine asks for them through SearchOptions.loadSituations. */
export function lexiconFromFile(file: LexiconFile, synonyms: SynonymGroup[]): Lexicon {
  return buildLexicon({ ...file, situations: [] }, synonyms);
}
