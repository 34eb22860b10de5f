/**
 * What Pagefind indexes on each built page, read independently of Pagefind: the text of the
 * data-pagefind-body element minus data-pagefind-ignore parts. The recall test and the benchmark use it
 * to know which pages truly contain a term.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';

export interface IndexedPage {
  /** Site path as Pagefind reports it, e.g. /handbook/precautions/. */
  url: string;
  text: string;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

export function indexedPages(dist: string): IndexedPage[] {
  return htmlFiles(dist).flatMap((file) => {
    const $ = load(readFileSync(file, 'utf8'));
    const body = $('[data-pagefind-body]');
    if (body.length === 0) return [];
    body.find('[data-pagefind-ignore], script, style, [hidden]').remove();
    const rel = path.relative(dist, file).split(path.sep).join('/');
    const url = `/${rel.replace(/index\.html$/, '')}`;
    return [{ url, text: body.text().replace(/\s+/g, ' ') }];
  });
}

/** Pages whose indexed text contains the term, compared the way a reader would (case-insensitive). */
export function pagesContaining(pages: IndexedPage[], term: string): string[] {
  const needle = term.toLowerCase();
  return pages.filter((p) => p.text.toLowerCase().includes(needle)).map((p) => p.url).sort();
}
