/** @jsxImportSource preact */
/**
 * The header's search dialog: a native <dialog> opened modally (the rest of the page becomes inert, so
 * focus stays inside), closed by Esc, the close button or a click on the backdrop; focus goes back to
 * what opened it.
 */
import { render } from 'preact';
import SearchPanel from './SearchPanel';
import { loadFacts, loadLexicon, loadPagefind, loadSynonyms } from './pagefind-client';
import { loadSearchStyles } from './styles';

let dialog: HTMLDialogElement | undefined;
let returnTo: HTMLElement | null = null;

function create(): HTMLDialogElement {
  const el = document.createElement('dialog');
  el.className = 'search-dialog';
  el.setAttribute('aria-label', '搜索');
  el.addEventListener('close', () => returnTo?.focus());
  el.addEventListener('click', (event) => {
    if (event.target === el) el.close();
    // A result on the current page only changes the hash: close, and leave focus where the link points.
    else if (event.target instanceof Element && event.target.closest('a[href]')) {
      returnTo = null;
      el.close();
    }
  });
  document.body.append(el);
  render(
    <div class="search-dialog-body">
      <button type="button" class="search-close" onClick={() => el.close()}>
        关闭<span class="search-close-key" aria-hidden="true">Esc</span>
      </button>
      <SearchPanel mode="dialog" inputId="search-dialog-input" onEscape={() => el.close()} />
    </div>,
    el,
  );
  return el;
}

export async function openSearchDialog(trigger: HTMLElement | null): Promise<void> {
  returnTo = trigger;
  // Opening the dialog is the sign a search is coming: start loading while the reader types.
  void loadPagefind().catch(() => undefined);
  void loadSynonyms();
  void loadLexicon();
  void loadFacts().catch(() => undefined);
  await loadSearchStyles();
  dialog ??= create();
  if (!dialog.open) dialog.showModal();
  const input = dialog.querySelector<HTMLInputElement>('input[type="search"]');
  input?.focus();
  input?.select();
}
