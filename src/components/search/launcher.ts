/**
 * The only search code a page loads up front (a few hundred bytes): the header's search button and 搜索
 * link, `/` and Ctrl/⌘+K open the search dialog. The dialog, Preact and Pagefind are fetched on first use,
 * from the script in the header's #search-loader template. Without JavaScript the link simply goes to /search/.
 */
declare global {
  interface Window {
    /** Set by dialog-entry.ts once the dialog's code has loaded. */
    openSearch?: (trigger: HTMLElement | null) => void;
    /** What opened the first search, for dialog-entry.ts to return focus to. */
    searchTrigger?: HTMLElement | null;
  }
}

function open(trigger: HTMLElement | null): void {
  const onPage = document.getElementById('search-page-input');
  if (onPage) {
    onPage.focus();
    return;
  }
  if (window.openSearch) {
    window.openSearch(trigger);
    return;
  }
  window.searchTrigger = trigger;
  const loader = document.querySelector<HTMLTemplateElement>('#search-loader');
  loader?.replaceWith(loader.content.cloneNode(true));
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

document.addEventListener('keydown', (event) => {
  const shortcut = (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k';
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
  if (!shortcut && !slash) return;
  event.preventDefault();
  open(document.activeElement instanceof HTMLElement ? document.activeElement : null);
});

for (const trigger of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
  trigger.hidden = false;
  trigger.setAttribute('aria-haspopup', 'dialog');
  trigger.addEventListener('click', (event) => {
    // A modified click on the link opens /search/ in a new tab as usual.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    open(trigger);
  });
}

export {};
