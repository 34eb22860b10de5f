/** Guide URLs: /guide/ followed by one path segment per answer, e.g. /guide/delivered/rfbs/damaged/. */
import { joinBase } from '../url';

export function guidePath(base: string, segments: readonly string[]): string {
  const tail = segments.map(encodeURIComponent).join('/');
  return joinBase(base, `/guide/${tail ? `${tail}/` : ''}`);
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The answer segments of a pathname, or undefined when it is not a guide step URL. */
export function parseGuidePath(base: string, pathname: string): string[] | undefined {
  const prefix = joinBase(base, '/guide/');
  // A static host serves /guide/x/index.html as /guide/x/: the file name is no answer.
  const page = pathname.replace(/\/index\.html$/, '/');
  const path = page.endsWith('/') ? page : `${page}/`;
  if (!path.startsWith(prefix)) return undefined;
  return path.slice(prefix.length).split('/').filter((s) => s !== '').map(decode);
}
