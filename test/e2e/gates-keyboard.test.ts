/**
 * Keyboard gate: Tab alone reaches every interactive control of the header, a guide question, a guide
 * outcome, the returns tool with results and the search dialog, and each control looks different when
 * focused (outline or box-shadow compared with its unfocused computed style), so a keyboard user always
 * sees where they are.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type Browser } from '../support/browser';
import { builtPages, pagesOfEachKind, report } from './gates-shared';

const siteUrl = inject('siteUrl');
const kinds = pagesOfEachKind(inject('siteDist'), builtPages(inject('siteDist')));
const urlOf = (kind: string) => kinds.find((k) => k.kind === kind)?.url;

const CONTROLS =
  'a[href], button:not([disabled]), input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * Number the visible controls inside `scope`, so each Tab stop can be matched to one of them. A group of radio
 * buttons is one Tab stop (the arrow keys choose within it): its checked button, or its first if none is.
 */
async function markControls(page: Page, scope: string): Promise<string[]> {
  return page.evaluate(
    ([scopeSelector, selector]) => {
      const root = document.querySelector(scopeSelector);
      if (!root) throw new Error(`no element matches ${scopeSelector}`);
      const radioStop = (el: HTMLElement) => {
        if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true;
        const group = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((r) => r.name === el.name && r.form === el.form);
        return el === (group.find((r) => r.checked) ?? group[0]);
      };
      return Array.from(root.querySelectorAll<HTMLElement>(selector))
        .filter((el) => el.tabIndex >= 0 && el.checkVisibility({ visibilityProperty: true }) && radioStop(el))
        .map((el, i) => {
          el.dataset.kbd = String(i);
          return `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 30) || el.getAttribute('aria-label') || ''}”: ${el.outerHTML.slice(0, 140)}`;
        });
    },
    [scope, CONTROLS] as const,
  );
}

const FOCUS_PROPS = ['outline-style', 'outline-width', 'outline-color', 'box-shadow'] as const;

async function focusStyle(page: Page, kbd?: string): Promise<{ kbd?: string; style: string[] }> {
  return page.evaluate(
    ([props, id]) => {
      const el = (id ? document.querySelector(`[data-kbd="${id}"]`) : document.activeElement) as HTMLElement | null;
      if (!el || el === document.body) return { style: [] };
      const cs = getComputedStyle(el);
      return { kbd: el.dataset.kbd, style: props.map((p) => cs.getPropertyValue(p)) };
    },
    [FOCUS_PROPS, kbd] as const,
  );
}

const hasIndicator = (focused: string[], unfocused: string[]) => {
  const [style, width, color, shadow] = focused;
  const outline = style !== 'none' && parseFloat(width ?? '0') > 0 && color !== 'rgba(0, 0, 0, 0)';
  const outlineChanged = outline && (style !== unfocused[0] || width !== unfocused[1] || color !== unfocused[2]);
  const shadowChanged = shadow !== 'none' && shadow !== unfocused[3];
  return outlineChanged || shadowChanged;
};

/**
 * Press Tab until focus comes back round to the first control of `scope` it reached (passing through the
 * browser's own UI and the rest of the page), then check that every control in `scope` was reached and
 * showed a focus indicator. Returns one line per problem, naming the page and element.
 */
async function tabThrough(page: Page, scope: string, label: string): Promise<string[]> {
  const controls = await markControls(page, scope);
  const focused = new Map<string, string[]>();
  let first: string | undefined;
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const { kbd, style } = await focusStyle(page);
    if (!kbd) continue;
    if (kbd === first) break;
    first ??= kbd;
    if (!focused.has(kbd)) focused.set(kbd, style);
  }
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const problems: string[] = [];
  if (controls.length === 0) problems.push(`${label} — no interactive control found in ${scope}`);
  for (const [i, name] of controls.entries()) {
    const seen = focused.get(String(i));
    if (!seen) {
      problems.push(`${label} — keyboard: not reachable with Tab\n    element ${name}`);
      continue;
    }
    const { style: unfocused } = await focusStyle(page, String(i));
    if (!hasIndicator(seen, unfocused)) {
      problems.push(
        `${label} — keyboard: no visible focus indicator (focused ${seen.join(' / ')}; unfocused ${unfocused.join(' / ')})\n    element ${name}`,
      );
    }
  }
  return problems;
}

describe('keyboard: every control reachable with Tab and visibly focused', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await openBrowser();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
  });
  afterAll(async () => browser?.close());

  test('the header, on the home page', async () => {
    await page.goto(`${siteUrl}/`);
    const problems = await tabThrough(page, 'header', '/ header');
    if (problems.length) throw new Error(report(problems));
  });

  test.for(['guide question', 'guide outcome'])('a %s page', async (kind) => {
    const url = urlOf(kind);
    expect(url, `the build has no ${kind} page`).toBeDefined();
    await page.goto(siteUrl + url!);
    await page.locator('[data-guide-node]').first().waitFor({ timeout: 5_000 });
    const problems = await tabThrough(page, 'main', `${url} main`);
    if (problems.length) throw new Error(report(problems));
  });

  test('the returns tool, with the results of an analysis', async () => {
    const url = urlOf('returns tool');
    expect(url, 'the build has no returns tool page').toBeDefined();
    await page.goto(siteUrl + url!);
    await page.locator('#returns-file:not([disabled])').setInputFiles(path.resolve('test/fixtures/returns/cabinet-utf8-bom.csv'));
    await page.locator('#returns-total').waitFor({ timeout: 10_000 });
    const problems = await tabThrough(page, 'main', `${url} main`);
    if (problems.length) throw new Error(report(problems));
  });

  test('the search dialog, opened from the header button with the keyboard', async () => {
    await page.goto(`${siteUrl}/handbook/`);
    const button = page.locator('header button').first();
    await button.focus({ timeout: 5_000 });
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog[open], [role="dialog"]').first();
    await dialog.waitFor({ timeout: 5_000 });
    await dialog.locator('input').first().fill('退款');
    await dialog.locator('a[href]').first().waitFor();
    const scope = (await dialog.evaluate((el) => el.tagName.toLowerCase() === 'dialog'))
      ? 'dialog[open]'
      : '[role="dialog"]';
    const problems = await tabThrough(page, scope, '/handbook/ search dialog');
    if (problems.length) throw new Error(report(problems));
  });
});
