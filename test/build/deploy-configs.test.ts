/**
 * deploy/nginx.conf and deploy/Caddyfile, run on a real nginx and Caddy serving the built site: our security
 * headers (src/lib/site/headers.ts) on pages and on the 404, long caching only for hashed files, our 404 page,
 * the redirect to the trailing slash, and binary MIME types for Pagefind's index files.
 * Without the binary the server's tests are skipped with a message; in CI (.ci/run installs both) they must run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../support/free-port';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { IMMUTABLE, SECURITY_HEADERS } from '../../src/lib/site/headers';

const dist = inject('siteDist');
const SEARCH_PATH = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/local/sbin'];

function binary(name: string): string | undefined {
  return SEARCH_PATH.map((dir) => path.join(dir, name)).find((file) => existsSync(file));
}

/** The deploy file with its example root and address swapped for the test's; fails if either is gone. */
function adapted(file: string, swaps: [string, string][]): string {
  let text = readFileSync(path.join('deploy', file), 'utf8');
  for (const [from, to] of swaps) {
    expect(text, `deploy/${file} should contain ${from}`).toContain(from);
    text = text.replace(from, to);
  }
  return text;
}

interface Server {
  url: string;
  stop(): void;
}

async function waitUntilUp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${log()}`);
    try {
      await fetch(url, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`server did not answer:\n${log()}`);
}

async function startNginx(bin: string, work: string): Promise<Server> {
  const port = await freePort();
  const site = adapted('nginx.conf', [
    ['listen 80;', `listen 127.0.0.1:${port};`],
    ['root /srv/refund-playbook/dist;', `root ${dist};`],
  ]);
  writeFileSync(path.join(work, 'site.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${work}/${t};`).join(' ');
  writeFileSync(
    path.join(work, 'main.conf'),
    // As root, nginx would hand requests to `nobody`, who cannot read the test's private temp folder.
    `${process.getuid?.() === 0 ? 'user root;' : ''} daemon off; worker_processes 1; pid ${work}/nginx.pid; error_log ${work}/error.log;\n` +
      `events {}\nhttp { access_log off; ${temp} include ${work}/site.conf; }\n`,
  );
  const child = spawn(bin, ['-e', `${work}/error.log`, '-p', work, '-c', `${work}/main.conf`], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilUp(url, child, () => (existsSync(`${work}/error.log`) ? readFileSync(`${work}/error.log`, 'utf8') : ''));
  return { url, stop: () => child.kill() };
}

async function startCaddy(bin: string, work: string): Promise<Server> {
  const port = await freePort();
  const site = adapted('Caddyfile', [
    ['example.com {', `http://127.0.0.1:${port} {`],
    ['root * /srv/refund-playbook/dist', `root * ${dist}`],
  ]);
  writeFileSync(path.join(work, 'Caddyfile'), `{\n\tadmin off\n\tauto_https off\n\tstorage file_system ${work}/data\n}\n${site}`);
  let output = '';
  const child = spawn(bin, ['run', '--config', `${work}/Caddyfile`, '--adapter', 'caddyfile'], {
    env: { ...process.env, HOME: work, XDG_DATA_HOME: work, XDG_CONFIG_HOME: work },
  });
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitUntilUp(url, child, () => output);
  return { url, stop: () => child.kill() };
}

const first = (folder: string, test: (f: string) => boolean) => {
  const file = readdirSync(path.join(dist, folder), { recursive: true, encoding: 'utf8' }).find(test);
  if (!file) throw new Error(`no matching file in dist/${folder}`);
  return `/${folder}/${file.split(path.sep).join('/')}`;
};

const servers = [
  { name: 'nginx', bin: binary('nginx'), start: startNginx },
  { name: 'caddy', bin: binary('caddy'), start: startCaddy },
];

for (const { name, bin, start } of servers) {
  if (!bin && process.env.CI) throw new Error(`${name} is not installed: .ci/run installs it with apt-get`);
  const title = bin ? `deploy config for ${name}` : `deploy config for ${name} (skipped: ${name} not installed; apt-get install ${name})`;

  describe.skipIf(!bin)(title, () => {
    let server: Server;
    let work: string;
    beforeAll(async () => {
      work = mkdtempSync(path.join(tmpdir(), `refund-playbook-${name}-`));
      server = await start(bin!, work);
    });
    afterAll(() => {
      server?.stop();
      rmSync(work, { recursive: true, force: true });
    });
    const get = (p: string) => fetch(server.url + p, { redirect: 'manual' });

    it('sends every security header, including frame-ancestors, on pages and on the 404', async () => {
      for (const res of [await get('/'), await get('/no-such-page/')]) {
        for (const [header, value] of SECURITY_HEADERS) expect(res.headers.get(header), header).toBe(value);
      }
    });

    it('serves our 404 page with status 404', async () => {
      const res = await get('/no-such-page/');
      expect(res.status).toBe(404);
      expect(await res.text()).toBe(readFileSync(path.join(dist, '404.html'), 'utf8'));
    });

    it('redirects a path without its trailing slash, keeping the query', async () => {
      const res = await get('/handbook/overview?from=test');
      expect([301, 308]).toContain(res.status);
      const location = new URL(res.headers.get('location')!, server.url);
      expect(location.pathname + location.search).toBe('/handbook/overview/?from=test');
      expect(new URL((await get('/handbook/overview')).headers.get('location')!, server.url).href).toBe(`${server.url}/handbook/overview/`);
      expect((await get('/handbook/overview/')).status).toBe(200);
    });

    it('caches hashed files for a year and nothing else', async () => {
      expect((await get(first('_astro', (f) => f.endsWith('.js')))).headers.get('cache-control')).toBe(IMMUTABLE);
      expect((await get(first('pagefind/fragment', () => true))).headers.get('cache-control')).toBe(IMMUTABLE);
      expect((await get('/')).headers.get('cache-control') ?? '').not.toContain('immutable');
      expect((await get('/pagefind/pagefind.js')).headers.get('cache-control') ?? '').not.toContain('immutable');
    });

    it("serves Pagefind's index files as binary, untouched", async () => {
      const files = [
        first('pagefind', (f) => f.endsWith('.pf_meta')),
        first('pagefind/fragment', (f) => f.endsWith('.pf_fragment')),
        first('pagefind/index', (f) => f.endsWith('.pf_index')),
        first('pagefind', (f) => /^wasm\..*\.pagefind$/.test(f)),
      ];
      for (const file of files) {
        const res = await fetch(server.url + file, { headers: { 'accept-encoding': 'gzip' } });
        expect(res.status, file).toBe(200);
        expect(res.headers.get('content-type'), file).toBe('application/octet-stream');
        expect(res.headers.get('content-encoding'), file).toBeNull();
        expect(Buffer.from(await res.arrayBuffer()).equals(readFileSync(path.join(dist, file))), file).toBe(true);
      }
      expect((await get('/pagefind/pagefind.js')).headers.get('content-type')).toMatch(/^(application|text)\/javascript/);
    });
  });
}
