#!/usr/bin/env node
// Prints the closing line CI reads, "N passed, N failed", from jest's JSON report. Failed CI steps
// (type check, lint) count as failed tests so that they cannot pass unnoticed.
const fs = require('node:fs');

const [file, failedSteps = '0'] = process.argv.slice(2);
let passed = 0;
let failed = Number(failedSteps);
try {
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  passed = report.numPassedTests;
  failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
  if (report.numTotalTests === 0) failed += 1;
} catch (e) {
  console.error(`No test report at ${file}: ${e.message}`);
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
