/**
 * What the reading chrome remembers, and where: the theme lasts across visits (localStorage); folded sidebar
 * groups and the sidebar's scroll position last for the visit (sessionStorage), like a tab. Plus the pure part
 * of following the reader through the contents.
 */
export const THEME_KEY = 'theme';
export const FOLDED_KEY = 'folded-groups';
export const SIDEBAR_SCROLL_KEY = 'sidebar-scroll';

/** The themes a reader can choose; no stored choice means 跟随系统. */
export const THEMES = ['light', 'dark'] as const;

/**
 * Index of the section the reader is in: the last heading whose top has passed `line` (px from the top of
 * the viewport), or -1 above the first heading. `tops` are in document order.
 */
export function currentSection(tops: readonly number[], line: number): number {
  let current = -1;
  tops.forEach((top, i) => {
    if (top <= line) current = i;
  });
  return current;
}
