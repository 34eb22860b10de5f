/**
 * Serves a built site on 127.0.0.1 the way deploy/nginx.conf and deploy/Caddyfile do: files from dist under
 * the base path, /dir redirected to /dir/, and our 404.html for unknown paths and for malformed URLs (never a
 * stack trace). `npm start` (scripts/start.mjs), the tests' global setup and the benchmarks all use it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';

export interface ServedSite {
  url: string;
  close(): Promise<void>;
}

/**
 * Variables vitest sets in process.env (Vite's own, and VITEST*, which puts `astro dev` in test mode): an
 * Astro started from a test would take them as its own.
 */
const TEST_RUNNER_VARS = /^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*)$/;

/**
 * Environment for an `astro build` that only this machine will see (localhost canonical URLs are fine):
 * this process's environment with `overrides` applied; an override of undefined removes the variable.
 */
export function localBuildEnv(overrides: Record<string, string | undefined> = {}): Record<string, string> {
  const merged: Record<string, string | undefined> = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PLAYBOOK_LOCAL_PREVIEW: '1', ...overrides };
  return Object.fromEntries(
    Object.entries(merged).filter((e): e is [string, string] => e[1] !== undefined && !TEST_RUNNER_VARS.test(e[0])),
  );
}

function isDirectory(file: string): boolean {
  return existsSync(file) && statSync(file).isDirectory();
}

export async function serveDist(dist: string, port = 0, base = '/'): Promise<ServedSite> {
  const handler = sirv(dist, { dev: false, etag: true });
  const notFoundFile = path.join(dist, '404.html');
  const notFound = existsSync(notFoundFile) ? readFileSync(notFoundFile) : '找不到这个页面';
  const prefix = base.replace(/\/$/, '');
  const sendNotFound = (res: ServerResponse, status = 404) => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
    res.end(notFound);
  };
  const server = createServer((req, res) => {
    const [rawPath = '/', query] = (req.url ?? '/').split(/\?(.*)/s, 2);
    let pathname: string;
    try {
      pathname = decodeURIComponent(rawPath);
    } catch {
      return sendNotFound(res, 400);
    }
    if (pathname.includes('\0') || !`${pathname}/`.startsWith(`${prefix}/`)) return sendNotFound(res);
    const file = path.join(dist, pathname.slice(prefix.length));
    if (!file.startsWith(dist)) return sendNotFound(res);
    if (!pathname.endsWith('/') && isDirectory(file)) {
      res.writeHead(301, { location: `${rawPath}/${query === undefined ? '' : `?${query}`}` });
      return res.end();
    }
    req.url = (req.url ?? '/').slice(prefix.length);
    handler(req, res, () => sendNotFound(res));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
