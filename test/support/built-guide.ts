/** The whole compiled guide of a build, put back together from its per-node parts (dist/guide/data/*.json). */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { GuideData } from '../../src/lib/guide/data';
import { addPart, emptyGuide, type GuidePart } from '../../src/lib/guide/parts';

export function builtGuide(dist: string): GuideData {
  const dir = path.join(dist, 'guide/data');
  const data = emptyGuide('/');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    addPart(data, file.slice(0, -'.json'.length), JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as GuidePart);
  }
  return data;
}
