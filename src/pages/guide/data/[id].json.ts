/** One part of the compiled guide per node: what the island fetches when a step needs that node. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadGuide } from '../../../components/guide/load-guide';
import { partOf } from '../../../lib/guide/parts';

export const getStaticPaths: GetStaticPaths = async () =>
  Object.keys((await loadGuide()).tree).map((id) => ({ params: { id } }));

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(partOf(await loadGuide(), params.id!)), { headers: { 'content-type': 'application/json' } });
