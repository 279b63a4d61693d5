// The KYC form's pure rules: what is missing or impossible, the request it sends, and one idempotency key per
// set of values, so a retried submission is never a second one.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { KycSubmissionKeys, kycProblems, kycRequestOf } from '../../src/console/views/clients/kyc-form.js';

describe('console KYC form', () => {
  it('names each missing or impossible field', () => {
    assert.deepEqual(
      kycProblems({ directorFullName: ' ', directorHomeAddress: '', directorDateOfBirth: '' }, '2026-12-01'),
      {
        directorFullName: 'required',
        directorHomeAddress: 'required',
        directorDateOfBirth: 'required',
      },
    );
    assert.deepEqual(
      kycProblems({ directorFullName: 'A', directorHomeAddress: 'B', directorDateOfBirth: '2026-12-01' }, '2026-12-01'),
      { directorDateOfBirth: 'futureDate' },
    );
    assert.deepEqual(
      kycProblems({ directorFullName: 'A', directorHomeAddress: 'B', directorDateOfBirth: '1980-04-02' }, '2026-12-01'),
      {},
    );
  });

  it('sends trimmed values', () => {
    assert.deepEqual(
      kycRequestOf({ directorFullName: ' Ann ', directorHomeAddress: ' Street 1 ', directorDateOfBirth: '1980-04-02' }),
      {
        directorFullName: 'Ann',
        directorHomeAddress: 'Street 1',
        directorDateOfBirth: '1980-04-02',
      },
    );
  });

  it('keeps the key while the values stay, and takes a new one when they change', () => {
    let issued = 0;
    const keys = new KycSubmissionKeys(() => `key-${++issued}`);
    const first = { directorFullName: 'Ann', directorHomeAddress: 'Street 1', directorDateOfBirth: '1980-04-02' };
    assert.equal(keys.keyFor(first), 'key-1');
    assert.equal(keys.keyFor({ ...first }), 'key-1');
    assert.equal(keys.keyFor({ ...first, directorHomeAddress: 'Street 2' }), 'key-2');
  });
});
