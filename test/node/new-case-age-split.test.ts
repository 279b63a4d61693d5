import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ageSplitProblems } from '../../src/widget/views/new-case/rules/age-split-rules.js';

const none = { over6: null, over12: null, over24: null };

test('no split, or a complete consistent split, is fine', () => {
  assert.deepEqual(ageSplitProblems({ total: 1000, ...none }), {});
  assert.deepEqual(ageSplitProblems({ total: 1000, over6: null, over12: 600, over24: 200 }), {});
  assert.deepEqual(ageSplitProblems({ total: 1000, over6: 800, over12: 600, over24: 200 }), {});
  assert.deepEqual(ageSplitProblems({ total: 1000, over6: 1000, over12: 1000, over24: 1000 }), {});
});

test('over 12 and over 24 months come together', () => {
  assert.deepEqual(ageSplitProblems({ total: 1000, ...none, over12: 600 }), { over24: 'pairNeeded' });
  assert.deepEqual(ageSplitProblems({ total: 1000, ...none, over24: 200 }), { over12: 'pairNeeded' });
});

test('over 6 months only together with over 12 and over 24', () => {
  assert.deepEqual(ageSplitProblems({ total: 1000, ...none, over6: 500 }), { over6: 'over6NeedsOlder' });
  assert.equal(ageSplitProblems({ total: 1000, over6: 500, over12: 400, over24: null }).over6, 'over6NeedsOlder');
});

test('each bucket holds the older ones and none exceeds the total', () => {
  assert.deepEqual(ageSplitProblems({ total: 1000, over6: 300, over12: 400, over24: 100 }), {
    over6: 'over6BelowOver12',
  });
  assert.deepEqual(ageSplitProblems({ total: 1000, over6: null, over12: 100, over24: 400 }), {
    over12: 'over12BelowOver24',
  });
  assert.deepEqual(ageSplitProblems({ total: 1000, over6: null, over12: 1200, over24: 100 }), { over12: 'aboveTotal' });
});
