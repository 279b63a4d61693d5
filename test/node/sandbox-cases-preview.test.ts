import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertMatchesSpec } from './openapi-contract.js';
import { clientFor, newSandbox, referralPost } from './sandbox-cases-harness.js';

const preview = (debtor: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  amountToRecover: 1000,
  currencyCode: 'EUR',
  debtor: { type: 'Company', ...debtor },
  ...extra,
});

describe('sandbox POST /customer/cases/preview', () => {
  it('answers eligibility, partner, jurisdiction and pricing wrapped in result', async () => {
    const sandbox = newSandbox();
    const acme = await clientFor(sandbox, 'acme-ready');
    const answer = await acme.post('/cases/preview', preview({ countryAlpha2: 'US', stateAlpha2: 'CA' }));
    assert.equal(answer.status, 200);
    assertMatchesSpec('customer', 'POST', '/cases/preview', 200, answer.body);
    const result = answer.body.result;
    assert.equal(result.isEligible, true);
    assert.equal(result.jurisdiction.name, 'United States - California');
    assert.equal(result.partnerAssignment.partnerCountry, 'US');
    assert.equal(result.pricingPreview.ageSurchargePercentage, 0);
    assert.equal(result.pricingPreview.totalSuccessFeePercentage, result.pricingPreview.baseSuccessFeePercentage);
    assert.deepEqual(result.requiredActions, []);
    assert.equal(result.signingHandoff.combinedSigningUrl, null);
  });

  it('adds the blended age surcharge of an age breakdown', async () => {
    const sandbox = newSandbox();
    const acme = await clientFor(sandbox, 'acme-ready');
    const answer = await acme.post(
      '/cases/preview',
      preview({ countryAlpha2: 'DK' }, { amountToRecoverOver12Months: 500, amountToRecoverOver24Months: 500 }),
    );
    const pricing = answer.body.result.pricingPreview;
    // (0 × 10 + 500 × 20) / 1000 = 10 points
    assert.equal(pricing.ageSurchargePercentage, 10);
    assert.equal(pricing.totalSuccessFeePercentage, pricing.baseSuccessFeePercentage + 10);
  });

  it('lists the signings an unsigned creditor still needs, with a combined signing URL', async () => {
    const sandbox = newSandbox();
    const unsigned = await clientFor(sandbox, 'unsigned-contract');
    const answer = await unsigned.post(
      '/cases/preview',
      preview({ countryAlpha2: 'SE' }, { returnUrl: 'https://partner.example/done' }),
    );
    assertMatchesSpec('customer', 'POST', '/cases/preview', 200, answer.body);
    const result = answer.body.result;
    assert.equal(result.isEligible, true);
    assert.deepEqual(
      result.requiredActions.map((action: { type: string }) => action.type),
      ['MissingDebtCollectionContract', 'MissingPowerOfAttorney'],
    );
    assert.ok(
      result.requiredActions.every(
        (action: { isBlocking: boolean; solutionUrl: string }) => action.isBlocking && action.solutionUrl,
      ),
    );
    assert.match(result.signingHandoff.combinedSigningUrl, /returnUrl=https%3A%2F%2Fpartner\.example%2Fdone/);
  });

  it('is ineligible without a partner and reports KYC for a KYC partner', async () => {
    const sandbox = newSandbox();
    const kyc = await clientFor(sandbox, 'kyc-required');
    const antarctica = await kyc.post('/cases/preview', preview({ countryAlpha2: 'AQ' }));
    assertMatchesSpec('customer', 'POST', '/cases/preview', 200, antarctica.body);
    assert.equal(antarctica.body.result.isEligible, false);
    assert.match(antarctica.body.result.ineligibilityReason, /partner/);
    const uk = await kyc.post('/cases/preview', preview({ countryAlpha2: 'GB' }));
    assert.equal(uk.body.result.requiresKycVerification, true);
    assert.equal(uk.body.result.hasKycOnFile, false);
    assert.equal(uk.body.result.requiredActions[0].type, 'MissingKycVerification');
  });

  it('answers 400 for invalid input, including a due date together with age buckets', async () => {
    const sandbox = newSandbox();
    const acme = await clientFor(sandbox, 'acme-ready');
    const noState = await acme.post('/cases/preview', preview({ countryAlpha2: 'US' }));
    assert.equal(noState.status, 400);
    assertMatchesSpec('customer', 'POST', '/cases/preview', 400, noState.body);
    assert.match(noState.body.message, /debtor\.stateAlpha2/);
    const both = await acme.post(
      '/cases/preview',
      preview(
        { countryAlpha2: 'DK' },
        { dueDate: '2025-01-01', amountToRecoverOver12Months: 100, amountToRecoverOver24Months: 50 },
      ),
    );
    assert.equal(both.status, 400);
    assert.match(both.body.message, /mutually exclusive/);
  });
});

describe('sandbox POST /referral/cases/preview', () => {
  it('prices a case creditor-less, unwrapped, with the partner requirements as pending actions', async () => {
    const sandbox = newSandbox();
    const answer = await referralPost(
      sandbox,
      '/cases/preview',
      preview({ countryAlpha2: 'GB' }, { dueDate: '2024-01-01' }),
    );
    assert.equal(answer.status, 200);
    assertMatchesSpec('referral', 'POST', '/cases/preview', 200, answer.body);
    assert.equal(answer.body.isEligible, true);
    assert.equal(answer.body.requiresKycVerification, true);
    assert.deepEqual(
      answer.body.pendingActions.map((action: { type: string }) => action.type),
      ['PoA', 'Kyc'],
    );
    assert.equal(answer.body.combinedSigningUrl, null);
    assert.equal(answer.body.pricingPreview.ageSurchargePercentage, 20);
  });

  it('answers ineligible for a country without partner and 400 for a bad request', async () => {
    const sandbox = newSandbox();
    const antarctica = await referralPost(sandbox, '/cases/preview', preview({ countryAlpha2: 'AQ' }));
    assert.equal(antarctica.body.isEligible, false);
    assert.deepEqual(antarctica.body.pendingActions, []);
    const bad = await referralPost(
      sandbox,
      '/cases/preview',
      preview({ countryAlpha2: 'DK' }, { currencyCode: 'EURO' }),
    );
    assert.equal(bad.status, 400);
    assertMatchesSpec('referral', 'POST', '/cases/preview', 400, bad.body);
  });
});
