/**
 * What Pagefind indexes on each built page, read independently of Pagefind: the text of the
 * data-pagefind-body element minus data-pagefind-ignore parts. The recall test and the benchmark use it
 * to know which pages truly contain a term.
 */
import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { htmlFiles, urlOf } from './built-pages.ts';

export interface IndexedPage {
  /** Site path as Pagefind reports it, e.g. /handbook/precautions/. */
  url: string;
  text: string;
}

export function indexedPages(dist: string): IndexedPage[] {
  return htmlFiles(dist).flatMap((file) => {
    const $ = load(readFileSync(file, 'utf8'));
    const body = $('[data-pagefind-body]');
    if (body.length === 0) return [];
    body.find('[data-pagefind-ignore], script, style, [hidden]').remove();
    return [{ url: urlOf(dist, file), text: body.text().replace(/\s+/g, ' ') }];
  });
}

/** Pages whose indexed text contains the term, compared the way a reader would (case-insensitive). */
export function pagesContaining(pages: IndexedPage[], term: string): string[] {
  const needle = term.toLowerCase();
  // A number is a number of its own: 「24」 is in 「24 小时」 but not in 「2024 年」, as a reader means it.
  const edge = /^\d/.test(needle) ? '(?<!\\d)' : '';
  const tail = /\d$/.test(needle) ? '(?!\\d)' : '';
  const pattern = new RegExp(`${edge}${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${tail}`);
  return pages.filter((p) => pattern.test(p.text.toLowerCase())).map((p) => p.url).sort();
}
