/**
 * Reading on a phone and a laptop (issue 13): the menu dialog, the contents that follow the reader, the
 * remembered theme with no flash, anchor targets never under the header, sidebar folds that hold between
 * pages, keyboard-only use, no layout shift, and the no-JavaScript fallbacks. Chromium at 390×844 and 1280×800.
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectErrors, openBrowser, type Browser } from '../support/browser';
import { htmlFiles, urlOf } from '../support/built-pages';
import { axeFailures, report } from './gates-shared';

const site = inject('siteUrl');
const dist = inject('siteDist');

/** The handbook page with the most contents entries: the longest read, picked from the build. */
const longPage = htmlFiles(dist)
  .filter((f) => urlOf(dist, f).startsWith('/handbook/') && urlOf(dist, f) !== '/handbook/')
  .map((f) => ({ url: urlOf(dist, f), entries: readFileSync(f, 'utf8').split('class="toc-depth-').length - 1 }))
  .sort((a, b) => b.entries - a.entries)[0]!;

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };
const sizes = [
  { name: '390 px', viewport: PHONE },
  { name: '1280 px', viewport: LAPTOP },
] as const;

let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await openBrowser({ colorScheme: 'light' });
  // What the page looked like before its first paint: the first animation frame runs before anything is
  // drawn, DOMContentLoaded right after the parser. Both are recorded for the theme and fold checks.
  await browser.context.addInitScript(() => {
    const seen: Record<string, string> = {};
    (window as unknown as { __firstFrame: Record<string, string> }).__firstFrame = seen;
    const record = (key: string) => {
      seen[`${key}Background`] = getComputedStyle(document.documentElement).backgroundColor;
      seen[`${key}Body`] = document.body ? getComputedStyle(document.body).backgroundColor : '';
      seen[`${key}Theme`] = document.documentElement.dataset.theme ?? '';
    };
    requestAnimationFrame(() => {
      record('frame');
      const groups = [...document.querySelectorAll<HTMLElement>('nav.sidebar details[data-group]')];
      seen.frameFolded = groups.length
        ? groups
            .filter((d) => d.querySelector('ul') && getComputedStyle(d.querySelector('ul')!).display === 'none')
            .map((d) => d.dataset.group)
            .join(' ')
        : 'sidebar not parsed yet';
    });
    document.addEventListener('DOMContentLoaded', () => record('ready'));
    (window as unknown as { __shifts: number }).__shifts = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!e.hadRecentInput) (window as unknown as { __shifts: number }).__shifts += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
});
afterAll(() => browser?.close());

async function open(url: string, viewport: { width: number; height: number } = PHONE): Promise<void> {
  page = await browser.context.newPage();
  errors = collectErrors(page);
  await page.setViewportSize(viewport);
  await page.goto(site + url, { waitUntil: 'load' });
}

afterEach(async () => {
  expect(errors).toEqual([]);
  await page?.close();
});

/** What the init script saw at the first animation frame and at DOMContentLoaded (waits for the frame). */
async function firstFrame(): Promise<Record<string, string>> {
  await page.waitForFunction(() => (window as unknown as { __firstFrame: Record<string, string> }).__firstFrame.frameBody !== undefined);
  return page.evaluate(() => (window as unknown as { __firstFrame: Record<string, string> }).__firstFrame);
}

/** Scroll the window as a reader would (wheel steps), then let the scroll handlers and transitions settle. */
async function scrollBy(dy: number): Promise<void> {
  const step = dy > 0 ? 400 : -400;
  const start = await page.evaluate(() => scrollY);
  for (let moved = 0; Math.abs(moved) < Math.abs(dy); moved += step) await page.mouse.wheel(0, step);
  // Wheel scrolling is animated: wait until the page has started moving and then stopped (a loaded
  // machine makes both slow).
  await page.waitForFunction((y) => scrollY !== y, start);
  let last = NaN;
  for (let i = 0; i < 30; i++) {
    await page.waitForTimeout(150);
    const y = await page.evaluate(() => scrollY);
    if (y === last) break;
    last = y;
  }
  await page.waitForTimeout(250);
}

/** How far down the viewport the sticky chrome reaches right now (header, and the contents bar when stuck). */
async function chromeBottom(): Promise<number> {
  return page.evaluate(() => {
    const visible = (el: Element | null) => {
      if (!el) return 0;
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const floating = style.position === 'sticky' || style.position === 'fixed';
      // Only what floats over the text counts, and only where it is actually on screen at the top.
      return floating && r.bottom > 0 && r.top < 120 && r.width > window.innerWidth / 2 ? r.bottom : 0;
    };
    return Math.max(visible(document.querySelector('.site-header')), visible(document.querySelector('.toc')));
  });
}

describe.each(sizes)('at $name', ({ viewport }) => {
  it('opens the menu from the middle of a long page, traps focus in it and gives focus back', async () => {
    await open(longPage.url, viewport);
    await scrollBy(1600);
    await scrollBy(-400);
    const y = await page.evaluate(() => scrollY);
    expect(y).toBeGreaterThan(500);
    const button = page.getByRole('button', { name: '菜单' });
    await button.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('dialog', { name: '菜单' });
    await menu.waitFor();
    expect(await page.evaluate(() => document.querySelector('#site-menu')?.matches(':modal'))).toBe(true);
    // The whole handbook, the guide, the rules, search and the theme choice are in it.
    const links = await menu.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const handbookPages = htmlFiles(dist).filter((f) => /\/handbook\/[^/]+\/index\.html$/.test(f)).length;
    expect(links.filter((h) => /^\/handbook\/[^/]+\/$/.test(h ?? ''))).toHaveLength(handbookPages);
    expect(links).toEqual(expect.arrayContaining(['/guide/', '/rules/', '/search/', '/templates/']));
    expect(await menu.getByRole('radio').count()).toBe(3);
    // Tab and Shift+Tab never leave the dialog.
    const outside: string[] = [];
    for (const key of [...Array(40).fill('Tab'), ...Array(10).fill('Shift+Tab')]) {
      await page.keyboard.press(key);
      const where = await page.evaluate(() => {
        const el = document.activeElement;
        return !el || el === document.body || el.closest('#site-menu') ? null : el.outerHTML.slice(0, 100);
      });
      if (where) outside.push(where);
    }
    expect(outside).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-menu-open'))).toBe(true);
    expect(await page.evaluate(() => scrollY)).toBe(y);
  });

  it('closes the menu on a click on the backdrop', async () => {
    await open(longPage.url, viewport);
    await page.getByRole('button', { name: '菜单' }).click();
    await page.getByRole('dialog', { name: '菜单' }).waitFor();
    await page.mouse.click(10, viewport.height / 2);
    await expect.poll(() => page.getByRole('dialog', { name: '菜单' }).isVisible()).toBe(false);
  });

  it('names the current section in the contents after scrolling', async () => {
    await open(longPage.url, viewport);
    const entries = page.locator('.toc ol a');
    const count = await entries.count();
    // Bring the middle heading to just under the chrome, then read what the contents say.
    const target = await entries.nth(Math.floor(count / 2)).getAttribute('href');
    await page.evaluate((id) => document.getElementById(decodeURIComponent(id.slice(1)))!.scrollIntoView(), target!);
    await scrollBy(200);
    const expected = await page.evaluate(() => {
      const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc ol a')];
      const line = parseFloat(getComputedStyle(document.getElementById(decodeURIComponent(links[0]!.hash.slice(1)))!).scrollMarginTop) + 8;
      const passed = links.filter((a) => document.getElementById(decodeURIComponent(a.hash.slice(1)))!.getBoundingClientRect().top <= line);
      return passed.at(-1)?.textContent;
    });
    expect(expected).toBeTruthy();
    expect(await page.locator('.toc a[aria-current="true"]').textContent()).toBe(expected);
    if (viewport === PHONE) {
      // The bar stays on screen and reads 「本页内容 › 当前小节」.
      const bar = page.locator('.toc > summary');
      expect(await bar.isVisible()).toBe(true);
      expect((await bar.boundingBox())!.y).toBeLessThan(120);
      expect(await page.locator('[data-toc-current]').innerText()).toBe(expected);
      await bar.click();
      const other = entries.first();
      await other.click();
      await expect.poll(() => page.locator('.toc').evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
      expect(new URL(page.url()).hash).toBe(await other.evaluate((a: HTMLAnchorElement) => a.hash));
    } else {
      expect(await page.locator('.toc ol').isVisible()).toBe(true);
    }
  });

  it('never hides an anchor target under the header or the contents bar', async () => {
    await open(longPage.url, viewport);
    const hashes = await page.locator('.toc ol a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash));
    const problems: string[] = [];
    const check = async (hash: string, how: string) => {
      await page.waitForTimeout(350);
      const top = await page.evaluate((h) => document.getElementById(decodeURIComponent(h.slice(1)))!.getBoundingClientRect().top, hash);
      const covered = await chromeBottom();
      if (top < covered - 1) problems.push(`${how} ${decodeURIComponent(hash)}: heading top ${top} px under chrome ending at ${covered} px`);
    };
    // Down the page through the contents (the header hides), back up (it returns), and from a fresh load.
    for (const hash of hashes) {
      await page.evaluate((h) => (location.hash = h), hash);
      await check(hash, 'down');
    }
    for (const hash of [...hashes].reverse()) {
      await page.evaluate((h) => (location.hash = h), hash);
      await check(hash, 'up');
    }
    await page.goto(`${site}${longPage.url}${hashes.at(-2)}`, { waitUntil: 'load' });
    await check(hashes.at(-2)!, 'load');
    expect(problems).toEqual([]);
  });

  it('keeps its header on screen while reading up, and on a phone slides it away while reading down', async () => {
    await open(longPage.url, viewport);
    const headerTop = () => page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().top);
    await scrollBy(1600);
    expect(await headerTop()).toBe(viewport === PHONE ? -(await page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().height)) : 0);
    await scrollBy(-400);
    expect(await headerTop()).toBe(0);
  });

  it('remembers the theme across a reload and a new page, with the right colours before the first paint', async () => {
    await open(longPage.url, viewport);
    const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.getByRole('button', { name: '菜单' }).click();
    await page.getByRole('radio', { name: '深色' }).check();
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(dark).not.toBe(light);
    await page.keyboard.press('Escape');
    for (const url of [longPage.url, '/guide/']) {
      await page.goto(site + url, { waitUntil: 'load' });
      const first = await firstFrame();
      expect(first).toMatchObject({ frameTheme: 'dark', frameBody: dark, readyTheme: 'dark', readyBody: dark });
    }
    // 跟随系统 forgets the choice: the page follows the (light) system again, before paint too.
    await page.getByRole('button', { name: '菜单' }).click();
    expect(await page.getByRole('radio', { name: '深色' }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: '跟随系统' }).check();
    await page.reload({ waitUntil: 'load' });
    const after = await firstFrame();
    expect(after).toMatchObject({ frameTheme: '', frameBody: light });
  });

  it('passes axe with the menu open in both themes, and shifts no layout while loading and reading', async () => {
    const failures: string[] = [];
    for (const theme of ['light', 'dark']) {
      await open(longPage.url, viewport);
      await page.evaluate((t) => localStorage.setItem('theme', t), theme);
      await page.reload({ waitUntil: 'load' });
      await scrollBy(1200);
      await scrollBy(-400);
      expect(await page.evaluate(() => (window as unknown as { __shifts: number }).__shifts)).toBe(0);
      failures.push(...(await axeFailures(page, `${longPage.url} [${theme}, reading]`)));
      await page.getByRole('button', { name: '菜单' }).click();
      await page.getByRole('dialog', { name: '菜单' }).waitFor();
      failures.push(...(await axeFailures(page, `${longPage.url} [${theme}, menu open]`)));
      await page.evaluate(() => localStorage.clear());
      if (theme === 'light') await page.close();
    }
    if (failures.length) throw new Error(report(failures));
  });
});

describe('theme and folds from storage', () => {
  it('ignores a stored theme it does not know and follows the system', async () => {
    await open('/');
    const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.evaluate(() => localStorage.setItem('theme', 'purple'));
    await page.reload({ waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(light);
    await page.getByRole('button', { name: '菜单' }).click();
    expect(await page.getByRole('radio', { name: '跟随系统' }).isChecked()).toBe(true);
    await page.evaluate(() => localStorage.clear());
  });

  it('keeps folded sidebar groups folded and the sidebar scrolled on the next page, from the first paint', async () => {
    await open(longPage.url, { width: 1280, height: 500 });
    const sidebar = page.locator('nav.sidebar');
    const group = sidebar.locator('details[data-group]:not(:has([aria-current]))').first();
    const key = await group.getAttribute('data-group');
    await group.locator('summary').click();
    expect(await group.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    await sidebar.evaluate((s) => (s.scrollTop = 60));
    const scrolled = await sidebar.evaluate((s) => s.scrollTop);
    expect(scrolled).toBeGreaterThan(0);
    // A click from script: a real one would first scroll the link into view.
    await sidebar.locator('a[href^="/handbook/"]:not([aria-current])').last().evaluate((a: HTMLElement) => a.click());
    await page.waitForURL((u) => !u.pathname.endsWith(longPage.url));
    const twin = page.locator(`nav.sidebar details[data-group="${key}"]`);
    expect(await twin.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    const { frameFolded } = await firstFrame();
    if (frameFolded !== 'sidebar not parsed yet') expect(frameFolded!.split(' ')).toContain(key);
    expect(await page.evaluate(() => document.documentElement.dataset.folded)).toContain(key);
    expect(await page.locator('nav.sidebar').evaluate((s) => s.scrollTop)).toBe(scrolled);
    expect(await page.evaluate(() => (window as unknown as { __shifts: number }).__shifts)).toBe(0);
    // The menu's copy of the group folds with it, and opening it again opens both.
    await page.getByRole('button', { name: '菜单' }).click();
    const inMenu = page.locator(`#site-menu details[data-group="${key}"]`);
    expect(await inMenu.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    await inMenu.locator('summary').click();
    expect(await twin.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
  });
});

describe('keyboard only', () => {
  it('reaches the menu, a page in it, the contents bar and a section with keys alone', async () => {
    await open('/');
    const tabTo = async (match: (el: Element) => boolean, label: string) => {
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(`(${match.toString()})(document.activeElement)`)) return;
      }
      throw new Error(`Tab never reached ${label}`);
    };
    await tabTo((el) => el.hasAttribute('data-menu-open'), 'the menu button');
    await page.keyboard.press('Enter');
    await page.evaluate((url) => ((window as unknown as { __want: string }).__want = url), longPage.url);
    await tabTo((el) => el.matches(`#site-menu a[href="${(window as unknown as { __want: string }).__want}"]`), 'the long page in the menu');
    await page.keyboard.press('Enter');
    await page.waitForURL(site + longPage.url);
    await tabTo((el) => el.matches('.toc > summary'), 'the contents bar');
    await page.keyboard.press('Enter');
    await tabTo((el) => el.matches('.toc ol a'), 'a section in the contents');
    await page.keyboard.press('Tab');
    const hash = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).hash);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(350);
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe(decodeURIComponent(hash));
    const top = await page.evaluate((h) => document.getElementById(decodeURIComponent(h.slice(1)))!.getBoundingClientRect().top, hash);
    expect(top).toBeGreaterThanOrEqual((await chromeBottom()) - 1);
  });
});

describe('without JavaScript', () => {
  let noJs: Browser;
  beforeAll(async () => {
    noJs = await openBrowser({ javaScriptEnabled: false, colorScheme: 'dark' });
  });
  afterAll(() => noJs?.close());

  it('opens the menu and the contents as <details>, and follows the system theme', async () => {
    page = await noJs.context.newPage();
    errors = collectErrors(page);
    await page.goto(`${site}/`);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
    await page.locator('details.menu-fallback > summary').click();
    const menu = page.locator('#site-menu');
    expect(await menu.isVisible()).toBe(true);
    // The theme choice cannot work without JavaScript, so it is not shown.
    expect(await menu.locator('input[type="radio"]').count()).toBe(3);
    expect(await menu.locator('fieldset').isVisible()).toBe(false);
    await menu.locator(`a[href="${longPage.url}"]`).click();
    await page.waitForURL(site + longPage.url);
    await page.locator('details.toc > summary').click();
    await page.locator('.toc ol a').last().click();
    const top = await page.evaluate(() => document.getElementById(decodeURIComponent(location.hash.slice(1)))!.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual((await chromeBottom()) - 1);
  });
});
