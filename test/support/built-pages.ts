/** Reads the built site: every HTML page with its URL path and parsed DOM (cheerio). */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

export interface BuiltPage {
  /** URL path as a static host serves it, e.g. "/handbook/overview/" or "/404.html". */
  url: string;
  file: string;
  $: CheerioAPI;
}

/** Every HTML file in the build, sorted (Pagefind's and Astro's asset folders hold none). */
export function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => path.join(dist, f))
    .sort();
}

/** The URL path a static host serves `file` at: /handbook/overview/ for handbook/overview/index.html. */
export function urlOf(dist: string, file: string): string {
  const rel = path.relative(dist, file).split(path.sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

export function loadPages(dist: string): BuiltPage[] {
  return htmlFiles(dist)
    .map((file) => ({ url: urlOf(dist, file), file, $: load(readFileSync(file, 'utf8')) }))
    .sort((a, b) => a.url.localeCompare(b.url));
}
