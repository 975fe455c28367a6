#!/usr/bin/env node
// Prints the mutation score of the core (per folder) and of the code that guards the user's data, from
// Stryker's JSON report (`npm run mutate` writes reports/mutation/mutation.json). Score as Stryker counts it:
// (killed + timed out) / (killed + timed out + survived + no coverage); mutants that do not compile are left out.
// Optional: a second report to compare with (`node scripts/mutation-score.js after.json before.json`).
const fs = require('node:fs');

const GUARD = ['src/xlsx/workbook-edit.ts', 'src/xlsx/package.ts', 'src/excel/write.ts', 'src/cli/main.ts'];
const GROUPS = [
  ['src/core (all)', (f) => f.startsWith('src/core/')],
  ['  src/core/*.ts', (f) => /^src\/core\/[^/]+$/.test(f)],
  ...['read', 'deviations', 'model', 'render', 'fees', 'goals'].map((d) => [`  src/core/${d}`, (f) => f.startsWith(`src/core/${d}/`)]),
  ['guard code (all)', (f) => GUARD.includes(f)],
  ...GUARD.map((g) => [`  ${g}`, (f) => f === g]),
];

function counts(file) {
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  const byFile = new Map();
  for (const [path, { mutants }] of Object.entries(report.files)) {
    const c = { detected: 0, survived: 0, noCoverage: 0 };
    for (const m of mutants) {
      if (m.status === 'Killed' || m.status === 'Timeout') c.detected++;
      else if (m.status === 'Survived') c.survived++;
      else if (m.status === 'NoCoverage') c.noCoverage++;
    }
    byFile.set(path.replace(/\\/g, '/').replace(/^.*?(?=src\/)/, ''), c);
  }
  return byFile;
}

function score(byFile, test) {
  const t = { detected: 0, survived: 0, noCoverage: 0 };
  for (const [path, c] of byFile) if (test(path)) for (const k of Object.keys(t)) t[k] += c[k];
  const valid = t.detected + t.survived + t.noCoverage;
  return { ...t, valid, score: valid ? (100 * t.detected) / valid : null };
}

const [file = 'reports/mutation/mutation.json', before] = process.argv.slice(2);
if (!fs.existsSync(file)) {
  console.error(`No mutation report at ${file}; run npm run mutate first.`);
  process.exit(1);
}
const now = counts(file);
const then = before ? counts(before) : null;
const pct = (s) => (s.score === null ? '   –  ' : `${s.score.toFixed(1).padStart(5)} %`);
console.log(`${'Mutation score'.padEnd(34)} ${'score'.padStart(7)}  killed survived no-cov${then ? '   before' : ''}`);
for (const [name, test] of GROUPS) {
  const s = score(now, test);
  const b = then ? `   ${pct(score(then, test))}` : '';
  console.log(`${name.padEnd(34)} ${pct(s)}  ${String(s.detected).padStart(6)} ${String(s.survived).padStart(8)} ${String(s.noCoverage).padStart(6)}${b}`);
}
