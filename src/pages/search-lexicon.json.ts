/**
 * What search needs to read a question (src/lib/search/question.ts): the question words editors list in
 * content/search/stopwords.yaml, their concept groups (concepts.yaml), the glossary and guide words as
 * concepts, and the guide's start answers.
 */
import { getCollection } from 'astro:content';
import { loadGuide } from '../components/guide/load-guide';
import { lexiconData } from '../lib/search/question';
import { joinBase } from '../lib/url';

export async function GET(): Promise<Response> {
  const [words, groups, glossary, guide] = await Promise.all([
    getCollection('searchQuestionWords'),
    getCollection('searchConcepts'),
    getCollection('glossary'),
    loadGuide(),
  ]);
  const data = lexiconData({
    roles: words.map(({ data }) => ({ role: data.role, words: data.words })),
    conceptGroups: groups.map(({ data }) => data.terms),
    glossary: glossary.map(({ data }) => data),
    tree: guide.tree,
    href: (segments) => joinBase(guide.base, `/guide/${segments.join('/')}/`),
  });
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
