/**
 * Every built HTML file through the W3C Nu HTML checker (vnu-jar from npm) in one Java run: zero errors.
 * Java comes from JAVA_HOME, or `java` on PATH (.ci/run installs default-jre-headless where missing).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, inject, test } from 'vitest';
import { htmlFiles } from '../support/built-pages';

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  message: string;
  extract?: string;
  lastLine?: number;
  firstColumn?: number;
}

const dist = inject('siteDist');
const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

test('every built page is valid HTML (W3C Nu checker, errors only)', { timeout: 180_000 }, () => {
  const files = htmlFiles(dist);
  expect(files.length).toBeGreaterThan(0);
  const run = spawnSync(java, ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw new Error(`could not start Java (${java}) for the Nu checker: ${run.error.message}`);
  // vnu writes its JSON report to stderr and exits 1 when it found errors.
  const output = run.stderr.trim() || run.stdout.trim();
  let messages: VnuMessage[];
  try {
    messages = (JSON.parse(output) as { messages: VnuMessage[] }).messages;
  } catch {
    throw new Error(`the Nu checker printed no JSON report (exit ${run.status}):\n${output.slice(0, 2000)}`);
  }
  const errors = messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => {
      const page = '/' + path.relative(dist, new URL(m.url).pathname).split(path.sep).join('/');
      return `${page}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'} — ${m.message}\n    element ${m.extract?.trim() ?? ''}`;
    });
  if (errors.length) throw new Error(`${errors.length} HTML error(s):\n${errors.join('\n')}`);
  expect(run.status).toBe(0);
});
