import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultPollSchedule, nextPollDelay } from '../../src/widget/live/poll-schedule.js';
import { caseFingerprint, compareCases } from '../../src/widget/live/case-change.js';

test('polling starts at 15 s, stretches by 1.5 while nothing changes, and stops growing at 2 minutes', () => {
  const delays: number[] = [];
  let delay: number | null = null;
  for (let poll = 0; poll < 8; poll++) {
    delay = nextPollDelay(delay, false);
    delays.push(delay);
  }
  assert.deepEqual(delays, [15_000, 22_500, 33_750, 50_625, 75_938, 113_907, 120_000, 120_000]);
  assert.equal(nextPollDelay(120_000, true), defaultPollSchedule.initialMs, 'a change starts over');
  assert.equal(nextPollDelay(null, false, { initialMs: 100, factor: 2, maxMs: 300 }), 100);
  assert.equal(nextPollDelay(200, false, { initialMs: 100, factor: 2, maxMs: 300 }), 300);
});

const active = {
  id: '1',
  lifecycle: 'Active',
  closeCode: null,
  grossAmount: 1000,
  remainder: 1000,
  dateUpdated: '2026-01-01T00:00:00',
};

test('a status move counts as a status change; a payment is a change but not a status change', () => {
  assert.deepEqual(compareCases(active, { ...active }), { changed: false, statusChanged: false });
  assert.deepEqual(compareCases(active, { ...active, remainder: 400 }), { changed: true, statusChanged: false });
  assert.deepEqual(compareCases(active, { ...active, lifecycle: 'Closed', closeCode: 'Paid', remainder: 0 }), {
    changed: true,
    statusChanged: true,
  });
  assert.deepEqual(
    compareCases({ ...active, lifecycle: 'Closed' }, { ...active, lifecycle: 'Closed', closeCode: 'Paid' })
      .statusChanged,
    true,
  );
});

test('the label and the enum name of the same status are the same status', () => {
  const byLabel = { ...active, lifecycle: 'More Info Required' };
  const byName = { ...active, lifecycle: 'NeedsAdditionalDetails' };
  assert.equal(caseFingerprint(byLabel), caseFingerprint(byName));
  assert.equal(compareCases(byLabel, byName).changed, false);
});
