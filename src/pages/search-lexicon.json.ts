/**
 * What search needs to read a question (src/lib/search/question.ts): the question words editors list in
 * content/search/stopwords.yaml, the glossary and guide words as concepts, and the guide's start answers.
 */
import { getCollection } from 'astro:content';
import { loadGuide } from '../components/guide/load-guide';
import { guideSituations, guideTexts, glossaryConcepts, situationWords, type LexiconData, type WordRole } from '../lib/search/question';
import { joinBase } from '../lib/url';

export async function GET(): Promise<Response> {
  const [words, glossary, guide] = await Promise.all([getCollection('searchQuestionWords'), getCollection('glossary'), loadGuide()]);
  const roles = words.map(({ data }) => ({ role: data.role, words: data.words }));
  const roleOf = new Map<string, WordRole>(roles.flatMap(({ role, words }) => words.map((w): [string, WordRole] => [w, role])));
  const data: LexiconData = {
    roles,
    concepts: [
      ...glossaryConcepts(glossary.map(({ data }) => data)),
      ...situationWords(guideTexts(guide.tree), roleOf).map((w) => [w]),
    ],
    situations: guideSituations(guide.tree, (segments) => joinBase(guide.base, `/guide/${segments.join('/')}/`)),
  };
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
