/**
 * Entry of the search dialog's code. The page carries it as a script inside a <template> (SiteHeader.astro),
 * which the launcher adds to the page on first use: the dialog, Preact and Pagefind load only then, without
 * the bundler's preload helper in the code every page loads.
 */
import { openSearchDialog } from './dialog';

window.openSearch = (trigger) => void openSearchDialog(trigger);
window.openSearch(window.searchTrigger ?? null);
