// npm run rules:stale — lists the rules that may be out of date and why (PLAYBOOK_TODAY=YYYY-MM-DD sets "today").
// Staleness is a reminder, never an error: the exit code is 0 unless the registry itself cannot be read.
import path from 'node:path';
import { runnerImport } from 'vite';

const root = path.resolve(import.meta.dirname, '..');
const load = async (file) => (await runnerImport(path.join(root, file), { root, logLevel: 'silent' })).module;
const { readRegistry } = await load('src/integrations/rules-check.ts');
const { staleRules, formatStaleReport } = await load('src/lib/rules/stale.ts');
const { todayFrom } = await load('src/lib/rules/dates.ts');

const { rules, sources, problems } = readRegistry(root);
if (problems.length > 0) {
  console.error(`规则登记表读不出来，先修好这些问题：\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
const today = todayFrom(process.env.PLAYBOOK_TODAY, new Date());
console.log(formatStaleReport(staleRules(rules, sources, today), rules.length, today));
