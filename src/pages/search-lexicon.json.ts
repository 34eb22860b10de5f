/**
 * What search needs to read a question (src/lib/search/question.ts): the question words editors list in
 * content/search/stopwords.yaml, their concept groups (concepts.yaml), and the glossary and guide words as
 * concepts. The guide's start answers, needed only when a search finds nothing, are apart in
 * /search-situations.json.
 */
import { getCollection } from 'astro:content';
import { loadGuide } from '../components/guide/load-guide';
import type { LexiconFile } from '../lib/search/lexicon-file';
import { lexiconData } from '../lib/search/question';

export async function GET(): Promise<Response> {
  const [words, groups, glossary, guide] = await Promise.all([
    getCollection('searchQuestionWords'),
    getCollection('searchConcepts'),
    getCollection('glossary'),
    loadGuide(),
  ]);
  const data: LexiconFile = lexiconData({
    roles: words.map(({ data }) => ({ role: data.role, words: data.words })),
    conceptGroups: groups.map(({ data }) => data.terms),
    glossary: glossary.map(({ data }) => data),
    tree: guide.tree,
  });
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
