/** The synonym table as JSON for the search dialog, which fetches it when a reader first searches. */
import { getCollection } from 'astro:content';

export async function GET(): Promise<Response> {
  const groups = (await getCollection('searchSynonyms')).map(({ data }) => ({ id: data.id, terms: data.terms }));
  return new Response(JSON.stringify(groups), { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
