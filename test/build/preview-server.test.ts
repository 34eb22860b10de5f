/** The server behind `npm start` (scripts/serve-dist.ts) on the built site: no stack traces, our 404, slashes. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveDist, type ServedSite } from '../../scripts/serve-dist';

const dist = inject('siteDist');
const notFound = readFileSync(path.join(dist, '404.html'), 'utf8');

describe.each(['/', '/refund-playbook/'])('npm start’s server under base %s', (base) => {
  let site: ServedSite;
  beforeAll(async () => {
    site = await serveDist(dist, 0, base);
  });
  afterAll(() => site.close());
  const get = (p: string) => fetch(site.url + base.slice(0, -1) + p, { redirect: 'manual' });

  it('answers a malformed URL with our page and status 400, never a stack trace', async () => {
    for (const bad of ['/%E0%A4%A', '/handbook/%', '/guide/%zz/']) {
      const res = await get(bad);
      expect(res.status, bad).toBe(400);
      expect(await res.text()).toBe(notFound);
    }
  });

  it('redirects a page path without its trailing slash, keeping the query', async () => {
    const res = await get('/search?q=%E5%8C%85%E8%A3%85');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(`${base}search/?q=%E5%8C%85%E8%A3%85`);
  });

  it('serves our 404 page for unknown paths, with or without the slash', async () => {
    for (const missing of ['/no-such-page', '/no-such-page/', '/handbook/no-such-page', '/../../etc/passwd']) {
      const res = await get(missing);
      expect(res.status, missing).toBe(404);
      expect(await res.text()).toBe(notFound);
    }
  });

  it('serves pages and files', async () => {
    expect((await get('/handbook/overview/')).status).toBe(200);
    expect((await get('/favicon.svg')).headers.get('content-type')).toContain('image/svg+xml');
  });
});

it('reports a port in use instead of hanging, so npm start can say so', async () => {
  const first = await serveDist(dist);
  const port = Number(new URL(first.url).port);
  await expect(serveDist(dist, port)).rejects.toMatchObject({ code: 'EADDRINUSE' });
  await first.close();
});
