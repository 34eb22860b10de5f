/**
 * The one inline script of the site, run in <head> before first paint: it applies the stored theme and the
 * folded sidebar groups so the page never flashes the wrong colours or unfolds and refolds. Anything other
 * than a known theme is ignored (the page follows the system). The CSP allows exactly this text by its hash.
 */
import { createHash } from 'node:crypto';
import { FOLDED_KEY, THEME_KEY, THEMES } from './reading';

export const THEME_SCRIPT =
  `try{var d=document.documentElement,t=localStorage.getItem("${THEME_KEY}");` +
  `if(${THEMES.map((t) => `t=="${t}"`).join('||')})d.dataset.theme=t;` +
  `d.dataset.folded=sessionStorage.getItem("${FOLDED_KEY}")||""}catch(e){}`;

export const THEME_SCRIPT_HASH = `sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}` as const;
