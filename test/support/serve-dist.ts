/**
 * Serves a built site on 127.0.0.1 the way a static host would: files from dist, 404.html for unknown paths.
 * Used by the tests' global setup and by the benchmark scripts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';

export interface ServedSite {
  url: string;
  close(): Promise<void>;
}

export async function serveDist(dist: string, port = 0): Promise<ServedSite> {
  const handler = sirv(dist, { dev: false, etag: true });
  const notFoundFile = path.join(dist, '404.html');
  const notFound = existsSync(notFoundFile) ? readFileSync(notFoundFile) : 'not found';
  const server = createServer((req, res) =>
    handler(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(notFound);
    }),
  );
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
