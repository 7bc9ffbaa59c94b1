// Prints one closing line for the whole `npm test` run, summed over the Vitest JSON reports
// (unit and browser halves), in the plain "N passed, N failed" form CI logs are read for.
import { readFileSync, readdirSync } from 'node:fs';

const dir = new URL('../test-results/', import.meta.url);
let passed = 0;
let failed = 0;
let skipped = 0;
const phases = [];
for (const name of readdirSync(dir).filter((file) => file.endsWith('.json'))) {
  const report = JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
  // Wall time per half, from the report's own clock: where a slow CI run spent its minutes.
  const ends = (report.testResults ?? []).map((file) => file.endTime ?? 0);
  if (report.startTime && ends.length) phases.push(`${name.replace(/\.json$/, '')} ${Math.round((Math.max(...ends) - report.startTime) / 1000)} s`);
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped${phases.length ? ` (${phases.join(', ')})` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
