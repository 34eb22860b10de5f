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
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (!path.startsWith(prefix)) return undefined;
  return path.slice(prefix.length).split('/').filter((s) => s !== '').map(decode);
}
