import { test } from 'node:test';
import assert from 'node:assert/strict';

test('importing the widget entry on a server does not throw and registers nothing it cannot', async () => {
  const entry = await import('../../src/widget/index.js');
  assert.equal(typeof entry.DebituraCollect, 'function');
  assert.doesNotThrow(() => entry.defineDebituraCollect(), 'defining again is harmless');
  assert.equal(entry.debituraCollectTag, 'debitura-collect');
});
