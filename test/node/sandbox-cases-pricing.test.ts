import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FieldErrors } from '../../src/sandbox/customer/field-errors.js';
import { checkAgeBreakdown } from '../../src/sandbox/customer/age-buckets.js';
import { ageSurcharge } from '../../src/sandbox/customer/age-surcharge.js';

const now = new Date('2026-06-15T00:00:00Z');

describe('age surcharge', () => {
  it('is zero without any age information', () => {
    assert.deepEqual(ageSurcharge(1000, null, null, now), { points: 0, blendedAgeUpliftPoints: null });
  });

  it('adds 10 points past 12 months and 20 past 24 months of a single due date', () => {
    assert.equal(ageSurcharge(1000, null, new Date('2026-01-01T00:00:00Z'), now).points, 0);
    assert.equal(ageSurcharge(1000, null, new Date('2025-01-01T00:00:00Z'), now).points, 10);
    assert.equal(ageSurcharge(1000, null, new Date('2024-01-01T00:00:00Z'), now).points, 20);
  });

  it('blends a multi-invoice breakdown as ((A12 − A24) × 10 + A24 × 20) / total', () => {
    const errors = new FieldErrors();
    const breakdown = checkAgeBreakdown(
      { amountToRecover: 1000, amountToRecoverOver12Months: 500, amountToRecoverOver24Months: 200 },
      errors,
    );
    assert.ok(breakdown);
    // (300 × 10 + 200 × 20) / 1000 = 7
    assert.deepEqual(ageSurcharge(1000, breakdown, null, now), { points: 7, blendedAgeUpliftPoints: 7 });
  });
});
