/**
 * Checks every page of the real build: document basics, internal links and their #anchors,
 * and the handbook's promise that each page shows when it was checked and where its facts come from.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadPages, type BuiltPage } from '../support/built-pages';

const dist = inject('siteDist');
const pages = loadPages(dist);
const byUrl = new Map(pages.map((p) => [p.url, p]));
const ORIGIN = 'http://site.invalid';

/** The built page a site-internal href points to, or undefined when the path has no page. */
function target(from: BuiltPage, href: string): { page?: BuiltPage; hash: string; path: string } {
  const url = new URL(href, ORIGIN + from.url);
  const hash = decodeURIComponent(url.hash.slice(1));
  let p = decodeURIComponent(url.pathname);
  if (!p.endsWith('/') && !path.extname(p)) p += '/';
  if (byUrl.has(p)) return { page: byUrl.get(p), hash, path: p };
  return { hash, path: p };
}

function isInternal(href: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('//');
}

describe('every built page', () => {
  it('found the pages', () => {
    expect(pages.length).toBeGreaterThan(15);
    expect(byUrl.has('/404.html')).toBe(true);
  });

  it.each(pages.map((p) => [p.url, p] as const))('%s has lang zh-CN, one h1, a title and a description', (_, page) => {
    const { $ } = page;
    expect($('html').attr('lang')).toBe('zh-CN');
    expect($('h1')).toHaveLength(1);
    expect($('title').text().trim()).not.toBe('');
    expect($('meta[name="description"]').attr('content')?.trim()).toBeTruthy();
    expect($('meta[property="og:title"]').attr('content')).toBeTruthy();
  });

  it('has no broken internal link or #anchor', () => {
    const broken: string[] = [];
    for (const page of pages) {
      page.$('a[href]').each((_, el) => {
        const href = page.$(el).attr('href') ?? '';
        if (!isInternal(href)) return;
        const { page: to, hash, path: p } = href.startsWith('#') ? { page, hash: decodeURIComponent(href.slice(1)), path: page.url } : target(page, href);
        const fileExists = to || existsSync(path.join(dist, p));
        if (!fileExists) broken.push(`${page.url}: ${href} → no page at ${p}`);
        else if (hash && to && to.$(`[id="${hash.replace(/"/g, '\\"')}"]`).length === 0) {
          broken.push(`${page.url}: ${href} → ${p} has no element with id "${hash}"`);
        }
      });
    }
    expect(broken).toEqual([]);
  });

  it('gives every id on a page only once', () => {
    const dupes: string[] = [];
    for (const page of pages) {
      const seen = new Set<string>();
      page.$('[id]').each((_, el) => {
        const id = page.$(el).attr('id')!;
        if (seen.has(id)) dupes.push(`${page.url}: #${id}`);
        seen.add(id);
      });
    }
    expect(dupes).toEqual([]);
  });

  it('loads nothing from other hosts', () => {
    const external: string[] = [];
    for (const page of pages) {
      page.$('script[src], link[href], img[src], iframe[src], source[src]').each((_, el) => {
        const $el = page.$(el);
        if ($el.is('link') && !/stylesheet|icon|preload|modulepreload|manifest/.test($el.attr('rel') ?? '')) return;
        const ref = $el.attr('src') ?? $el.attr('href') ?? '';
        if (!isInternal(ref)) external.push(`${page.url}: ${ref}`);
      });
    }
    expect(external).toEqual([]);
  });
});

describe('handbook pages', () => {
  const handbook = pages.filter((p) => /^\/handbook\/[^/]+\/$/.test(p.url));

  it('are at least ten', () => {
    expect(handbook.length).toBeGreaterThanOrEqual(10);
  });

  it.each(handbook.map((p) => [p.url, p] as const))('%s shows its reviewed date, its sources and prev/next', (_, page) => {
    const { $ } = page;
    expect($('.doc-meta time[datetime]').attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const sources = $('.sources a[href^="http"]');
    expect(sources.length).toBeGreaterThan(0);
    expect($('.sources time[datetime]')).toHaveLength(1);
    expect($('nav.prev-next a').length).toBeGreaterThan(0);
    expect($('.sidebar a[aria-current="page"]').attr('href')).toMatch(new RegExp(`${page.url}$`));
  });

  it('are all listed in the sitemap', () => {
    const sitemap = readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8');
    const missing = handbook.filter((p) => !sitemap.includes(`${p.url}</loc>`)).map((p) => p.url);
    expect(missing).toEqual([]);
  });
});
