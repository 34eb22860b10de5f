/**
 * The search stylesheet, fetched with the search code rather than on every page. Astro does not emit CSS
 * imported by a lazily loaded script, so the file is imported as a URL and linked here; callers wait for
 * it so the dialog never flashes unstyled.
 */
import href from '../../styles/search.css?url';

let loaded: Promise<void> | undefined;

export function loadSearchStyles(): Promise<void> {
  loaded ??= new Promise<void>((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
    document.head.append(link);
  });
  return loaded;
}
