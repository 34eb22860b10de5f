/** @jsxImportSource preact */
/** /search/: the same panel as the dialog, filled from ?q= so a shared link shows the same results. */
import { render } from 'preact';
import SearchPanel from './SearchPanel';
import { loadSearchStyles } from './styles';

const root = document.getElementById('search-page-root');
if (root) {
  await loadSearchStyles();
  const initial = new URLSearchParams(location.search).get('q') ?? '';
  render(<SearchPanel mode="page" initialQuery={initial} inputId="search-page-input" />, root);
}
