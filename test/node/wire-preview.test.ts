import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PreviewCaseRequestApiViewModel, PreviewCaseResponseApiViewModel } from '../../src/wire/index.js';

/** The two PreviewCaseRequestApiViewModel examples published in the Customer and Referral specs. */
const customerSpecExample = {
  amountToRecover: 50000,
  currencyCode: 'USD',
  amountToRecoverOver12Months: 30000,
  amountToRecoverOver24Months: 15000,
  debtor: { type: 'Company', countryAlpha2: 'US', stateAlpha2: 'CA' },
};
const referralSpecExample = {
  amountToRecover: 4000,
  currencyCode: 'EUR',
  debtor: { type: 'Company', countryAlpha2: 'PT' },
  dueDate: '2026-04-22',
};

const eligiblePreview = {
  result: {
    isEligible: true,
    ineligibilityReason: null,
    partnerAssignment: {
      collectionPartnerId: '6b7a1f23-9c48-4e72-a901-1d2b3e4f5a6b',
      partnerName: 'Lisboa Cobranças',
      partnerCountry: 'PT',
    },
    requiredActions: [
      {
        type: 'MissingPowerOfAttorney',
        message: 'A power of attorney for Lisboa Cobranças must be signed.',
        solutionUrl: 'https://testreferral.debitura.com/PowerOfAttorney/Sign/91?collectionPartnerId=6b7a1f23',
        isBlocking: true,
      },
    ],
    jurisdiction: { id: 31, name: 'Portugal', countryAlpha2: 'PT', stateAlpha2: null },
    pricingPreview: {
      baseSuccessFeePercentage: 15,
      ageSurchargePercentage: 0,
      totalSuccessFeePercentage: 15,
      currencyCode: 'EUR',
      pricingSource: 'Standard agreement',
      pricingSourceDescription: 'Debitura standard pricing for Portugal',
    },
    requiresKycVerification: false,
    hasKycOnFile: false,
    signingHandoff: {
      combinedSigningUrl: 'https://app.debitura.com/Signing/PendingContracts?returnUrl=https%3A%2F%2Fapp.example',
    },
  },
};

describe('POST /cases/preview', () => {
  test('both spec examples are valid requests', () => {
    assert.deepEqual(PreviewCaseRequestApiViewModel.parse(customerSpecExample), customerSpecExample);
    assert.deepEqual(PreviewCaseRequestApiViewModel.parse(referralSpecExample), referralSpecExample);
  });

  test('amount, currency and debtor are required', () => {
    for (const field of ['amountToRecover', 'currencyCode', 'debtor'] as const) {
      const { [field]: _omitted, ...rest } = referralSpecExample;
      assert.equal(PreviewCaseRequestApiViewModel.safeParse(rest).success, false, field);
    }
  });

  test('codes have their exact lengths', () => {
    assert.equal(
      PreviewCaseRequestApiViewModel.safeParse({ ...referralSpecExample, currencyCode: 'EU' }).success,
      false,
    );
    const debtor = { type: 'Company', countryAlpha2: 'PRT' };
    assert.equal(PreviewCaseRequestApiViewModel.safeParse({ ...referralSpecExample, debtor }).success, false);
    const usDebtor = { type: 'Company', countryAlpha2: 'US', stateAlpha2: 'California' };
    assert.equal(PreviewCaseRequestApiViewModel.safeParse({ ...referralSpecExample, debtor: usDebtor }).success, false);
  });

  test('a preview debtor carries only routing fields', () => {
    const debtor = { ...referralSpecExample.debtor, name: 'Acme Corp' };
    assert.equal(PreviewCaseRequestApiViewModel.safeParse({ ...referralSpecExample, debtor }).success, false);
  });

  test('the answer is wrapped in result', () => {
    assert.deepEqual(PreviewCaseResponseApiViewModel.parse(eligiblePreview), eligiblePreview);
    const unwrapped = PreviewCaseResponseApiViewModel.parse(eligiblePreview.result);
    assert.equal(unwrapped.result, undefined);
  });

  test('an ineligible preview without partner or pricing parses', () => {
    const ineligible = {
      result: {
        isEligible: false,
        ineligibilityReason: "We don't have an exclusive pre-legal partner in the provided jurisdiction.",
        partnerAssignment: null,
        requiredActions: [],
        jurisdiction: null,
        pricingPreview: null,
        requiresKycVerification: false,
        hasKycOnFile: false,
        signingHandoff: null,
      },
    };
    assert.equal(PreviewCaseResponseApiViewModel.parse(ineligible).result?.isEligible, false);
  });

  test('a non-numeric jurisdiction id is caught', () => {
    const result = { ...eligiblePreview.result, jurisdiction: { ...eligiblePreview.result.jurisdiction, id: 'PT' } };
    assert.equal(PreviewCaseResponseApiViewModel.safeParse({ result }).success, false);
  });
});
