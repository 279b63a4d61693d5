// Partners with a strict Content-Security-Policy need no exceptions for the widget: `default-src 'self'`
// (no 'unsafe-inline', no 'unsafe-eval') is enough for a full render of every view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runStrictCspPage } from '../e2e/strict-csp.js';

test(
  "the widget renders every view under default-src 'self' without a single CSP violation",
  { timeout: 90000 },
  async () => {
    const run = await runStrictCspPage();
    assert.deepEqual(run.reached, ['new-case form', 'case list', 'case detail']);
    assert.deepEqual(run.violations, []);
  },
);
