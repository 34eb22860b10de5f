/**
 * What search needs to read a question (src/lib/search/question.ts): the question words editors list in
 * content/search/stopwords.yaml, and the glossary and guide words as concepts. The guide's start answers,
 * needed only when a search finds nothing, are apart in /search-situations.json.
 */
import { getCollection } from 'astro:content';
import { loadGuide } from '../components/guide/load-guide';
import type { LexiconFile } from '../lib/search/lexicon-file';
import { guideTexts, glossaryConcepts, situationWords, type WordRole } from '../lib/search/question';

export async function GET(): Promise<Response> {
  const [words, glossary, guide] = await Promise.all([getCollection('searchQuestionWords'), getCollection('glossary'), loadGuide()]);
  const roles = words.map(({ data }) => ({ role: data.role, words: data.words }));
  const roleOf = new Map<string, WordRole>(roles.flatMap(({ role, words }) => words.map((w): [string, WordRole] => [w, role])));
  const data: LexiconFile = {
    roles,
    concepts: [
      ...glossaryConcepts(glossary.map(({ data }) => data)),
      ...situationWords(guideTexts(guide.tree), roleOf).map((w) => [w]),
    ],
  };
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
