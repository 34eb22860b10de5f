/**
 * Site-internal URLs. The site may be deployed under a base path (BASE_PATH at build time),
 * so every internal link goes through `withBase` instead of starting with a bare "/".
 */
export function joinBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base.slice(0, -1) : base;
  const tail = path.startsWith('/') ? path : `/${path}`;
  return `${head}${tail}`;
}

export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

export function handbookUrl(id: string, anchor?: string): string {
  return withBase(`/handbook/${id}/${anchor ? `#${anchor}` : ''}`);
}
