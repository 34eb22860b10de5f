/** Atom feed of the registry's history (built with the `feed` package), so a seller can subscribe to rule changes. */
import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { loadRules } from '../../../components/rules/load-rules';
import { ruleChanges } from '../../../lib/rules/changes';

export const GET: APIRoute = async ({ site }) => {
  const origin = site ?? new URL('http://localhost:4321');
  const url = (path: string) => new URL(`${import.meta.env.BASE_URL.replace(/\/$/, '')}${path}`, origin).href;
  const changes = ruleChanges((await loadRules()).rules);
  const feed = new Feed({
    title: '退款应对手册 · 规则变更',
    description: 'Ozon 退货退款规则登记表的改动记录',
    id: url('/rules/changes/'),
    link: url('/rules/changes/'),
    language: 'zh-CN',
    copyright: '退款应对手册',
    // The newest change, not the build time: an unchanged registry gives a byte-identical feed.
    updated: new Date(`${changes[0]?.date ?? '2026-01-01'}T00:00:00Z`),
    feedLinks: { atom: url('/rules/changes/feed.xml') },
  });
  for (const c of changes) {
    feed.addItem({
      title: `${c.date} ${c.statement}`,
      id: `${url('/rules/')}#${c.ruleId}/${c.seq}`,
      link: url(`/rules/#${c.ruleId}`),
      description: c.change,
      content: c.change,
      date: new Date(`${c.date}T00:00:00Z`),
    });
  }
  return new Response(feed.atom1(), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
