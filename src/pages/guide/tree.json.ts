/** The compiled guide for the island, fetched once when it starts (keeps the tree out of the JS bundle). */
import type { APIRoute } from 'astro';
import { loadGuide } from '../../components/guide/load-guide';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await loadGuide()), { headers: { 'content-type': 'application/json' } });
