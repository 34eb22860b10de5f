/**
 * The reading chrome, loaded on every page with the search launcher: the menu becomes a modal <dialog>,
 * the theme choice, a header that steps aside while reading down on a phone, the contents list that follows
 * the reader, and sidebar groups that keep their folds and scroll position. Without JavaScript the menu and
 * the contents stay <details>, every group stays open and the theme follows the system.
 */
import { currentSection, FOLDED_KEY, SIDEBAR_SCROLL_KEY, THEME_KEY } from '../lib/chrome/reading';

const root = document.documentElement;

function read(store: Storage, key: string): string {
  try {
    return store.getItem(key) ?? '';
  } catch {
    return '';
  }
}

function remember(store: Storage, key: string, value: string): void {
  try {
    if (value) store.setItem(key, value);
    else store.removeItem(key);
  } catch {
    // Storage blocked (private mode, a full quota): the choice still holds on this page.
  }
}

// The menu: the <details> fallback gives way to a button and a modal dialog (focus trapped, Esc closes,
// focus returns to the button). A click on the backdrop or on a link closes it.
const menu = document.querySelector<HTMLDialogElement>('#site-menu');
const menuButton = document.querySelector<HTMLButtonElement>('[data-menu-open]');
if (menu && menuButton) {
  const fallback = menu.parentElement!;
  menu.close();
  document.body.append(menu);
  fallback.remove();
  menuButton.hidden = false;
  menuButton.onclick = () => menu.showModal();
  menu.onclick = (event) => {
    if (event.target === menu || (event.target as Element).closest('a')) menu.close();
  };
}

// The theme: 跟随系统 removes the stored choice. The inline head script applied the stored one before paint.
const themes = document.querySelector<HTMLFieldSetElement>('[data-theme-choice]');
if (themes) {
  themes.hidden = false;
  const chosen = themes.querySelector<HTMLInputElement>(`[value="${root.dataset.theme ?? ''}"]`);
  if (chosen) chosen.checked = true;
  themes.onchange = (event) => {
    const theme = (event.target as HTMLInputElement).value;
    if (theme) root.dataset.theme = theme;
    else delete root.dataset.theme;
    remember(localStorage, THEME_KEY, theme);
  };
}

// Sidebar and menu groups share their folds by data-group; the group holding the current page stays open.
const groups = [...document.querySelectorAll<HTMLDetailsElement>('details[data-group]')];
const folded = new Set(root.dataset.folded?.split(' ').filter(Boolean));
for (const group of groups) {
  const key = group.dataset.group!;
  group.open = !folded.has(key) || !!group.querySelector('[aria-current]');
  group.ontoggle = () => {
    for (const twin of groups) if (twin.dataset.group === key) twin.open = group.open;
    if (group.open) folded.delete(key);
    else folded.add(key);
    root.dataset.folded = [...folded].join(' ');
    remember(sessionStorage, FOLDED_KEY, root.dataset.folded);
  };
}

const sidebar = document.querySelector<HTMLElement>('.sidebar');
if (sidebar) {
  sidebar.scrollTop = Number(read(sessionStorage, SIDEBAR_SCROLL_KEY));
  addEventListener('pagehide', () => remember(sessionStorage, SIDEBAR_SCROLL_KEY, String(sidebar.scrollTop)));
}

// The contents: the current section is marked in the list and named in the phone bar 「本页内容 › …」.
const toc = document.querySelector<HTMLDetailsElement>('.toc');
const links = toc ? [...toc.querySelectorAll<HTMLAnchorElement>('ol a')] : [];
const headings = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));
const here = toc?.querySelector('[data-toc-current]');
// Close the phone list once a section is chosen, after the link has done its work.
if (toc) toc.onclick = (event) => (event.target as Element).closest('a') && setTimeout(() => (toc.open = false));

const header = document.querySelector<HTMLElement>('.site-header')!;
let lastY = scrollY;

function follow(): void {
  const y = scrollY;
  // Reading down hides the phone header (CSS decides where it may hide); any move up brings it back.
  root.classList.toggle('header-hidden', y > lastY && y > header.offsetHeight * 3);
  lastY = y;
  if (!toc) return;
  root.classList.toggle('toc-stuck', toc.getBoundingClientRect().top < header.offsetHeight + 1);
  // Headings jumped to land at their scroll margin; one a little below it already counts as reached.
  const line = parseFloat(getComputedStyle(headings[0] ?? root).scrollMarginTop) + 8;
  const i = currentSection(headings.map((h) => h?.getBoundingClientRect().top ?? Infinity), line);
  links.forEach((a, j) => (j === i ? a.setAttribute('aria-current', 'true') : a.removeAttribute('aria-current')));
  if (here) here.textContent = links[i]?.textContent ?? '';
}

follow();
addEventListener('scroll', follow, { passive: true });
