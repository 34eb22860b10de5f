/**
 * The HTTP headers every host should send, in one place: dist/_headers (Netlify, Cloudflare Pages) is written
 * from it at build time, and the deploy/ configs for nginx and Caddy are tested against it.
 *
 * Each page already carries its Content-Security-Policy in a <meta> element with hashes of its inline
 * scripts and styles. The header policy only adds what a <meta> cannot set (frame-ancestors) and repeats
 * directives that do not depend on those hashes: a browser enforces both policies, so a script-src here
 * without the hashes would block the site's own scripts.
 */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['Content-Security-Policy', "frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'"],
  ['X-Frame-Options', 'DENY'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Folders whose file names carry a content hash: Astro's bundles and Pagefind's index chunks. Pagefind's
 * entry files (pagefind.js, pagefind-entry.json, the wasm) keep their names between builds and are left to
 * the host's default revalidation.
 */
export const HASHED_FOLDERS = ['/_astro/', '/pagefind/fragment/', '/pagefind/index/', '/pagefind/filter/'] as const;

/** dist/_headers for a site built under `base` ("/" or "/refund-playbook/"). */
export function headersFile(base: string): string {
  const prefix = base.replace(/\/$/, '');
  const lines = [
    '# Written by the build from src/lib/site/headers.ts; other hosts: see deploy/.',
    `${prefix}/*`,
    ...SECURITY_HEADERS.map(([name, value]) => `  ${name}: ${value}`),
  ];
  for (const folder of HASHED_FOLDERS) lines.push(`${prefix}${folder}*`, `  Cache-Control: ${IMMUTABLE}`);
  return `${lines.join('\n')}\n`;
}
