/**
 * The guide's start answers with the outcomes each leads to (src/lib/search/question.ts guideSituations):
 * a search that finds nothing suggests the best matching one. Fetched only then, so it costs a search
 * with results nothing (3.7 KB gzip).
 */
import { loadGuide } from '../components/guide/load-guide';
import { guideSituations, type Situation } from '../lib/search/question';
import { joinBase } from '../lib/url';

export async function GET(): Promise<Response> {
  const guide = await loadGuide();
  const situations: Situation[] = guideSituations(guide.tree, (segments) => joinBase(guide.base, `/guide/${segments.join('/')}/`));
  return new Response(JSON.stringify(situations), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
