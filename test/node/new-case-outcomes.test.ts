import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DebituraApiError } from '../../src/widget/api/api-error.js';
import { newCase as messages } from '../../src/widget/i18n/en/new-case.js';
import { handoffLink, withReturnUrl } from '../../src/widget/handoff/handoff-link.js';
import { isRetryableProblem, submissionProblem } from '../../src/widget/views/new-case/rules/submission-problem.js';

const trusted = (url: string) => new URL(url).hostname.endsWith('debitura.com');
const options = { messages, returnUrl: 'https://partner.example/back?x=1', isAllowedHandoffUrl: trusted };

function business(types: string[], signingUrl: string | null, solutionUrl: string | null = null) {
  return new DebituraApiError({
    type: 'business_error',
    status: 422,
    message: `${types[0]} message`,
    businessErrors: types.map((type) => ({ type, message: `${type} message`, solutionUrl })),
    signingUrl,
  });
}

test('a missing contract offers the combined signing link with the return URL and sending with pending contracts', () => {
  const problem = submissionProblem(
    business(['MissingDebtCollectionContract'], 'https://app.debitura.com/Signing/PendingContracts'),
    options,
  );
  assert.equal(problem.kind, 'business');
  if (problem.kind !== 'business') return;
  assert.equal(problem.primaryType, 'MissingDebtCollectionContract');
  assert.equal(problem.canSendWithPendingContracts, true);
  assert.deepEqual(problem.handoff, {
    kind: 'signing',
    url: 'https://app.debitura.com/Signing/PendingContracts?returnUrl=https%3A%2F%2Fpartner.example%2Fback%3Fx%3D1',
    reasons: ['MissingDebtCollectionContract'],
  });
});

test('missing KYC hands off to the KYC page and cannot be sent with pending contracts', () => {
  const problem = submissionProblem(
    business(['MissingKycVerification', 'MissingPowerOfAttorney'], null, 'https://referral.debitura.com/kyc/abc'),
    options,
  );
  assert.equal(problem.kind, 'business');
  if (problem.kind !== 'business') return;
  assert.equal(problem.primaryType, 'MissingKycVerification');
  assert.equal(problem.canSendWithPendingContracts, false);
  assert.equal(problem.handoff?.url.startsWith('https://referral.debitura.com/kyc/abc?returnUrl='), true);
  assert.equal(problem.handoff?.kind, 'signing', 'KYC and a power of attorney together are a signing chain');

  const kycOnly = submissionProblem(
    business(['MissingKycVerification'], null, 'https://referral.debitura.com/kyc/abc'),
    options,
  );
  assert.equal(kycOnly.kind === 'business' && kycOnly.handoff?.kind, 'kyc');
});

test('a URL outside Debitura is never offered', () => {
  const problem = submissionProblem(
    business(['MissingPowerOfAttorney'], 'https://evil.example/sign', 'javascript:alert(1)'),
    options,
  );
  assert.equal(problem.kind === 'business' && problem.handoff, null);
});

test('no partner and a blocked creditor are explained without a hand-off or pending option', () => {
  for (const type of ['NoPartnerAvailable', 'CreditorBlocked']) {
    const problem = submissionProblem(business([type], null), options);
    assert.equal(problem.kind === 'business' && problem.primaryType, type);
    assert.equal(problem.kind === 'business' && problem.handoff, null);
    assert.equal(problem.kind === 'business' && problem.canSendWithPendingContracts, false);
    assert.equal(isRetryableProblem(problem), false);
  }
});

test('network failures, 5xx and rate limits keep the attempt open; a 400 maps onto fields', () => {
  const network = submissionProblem(
    new DebituraApiError({ type: 'api_connection_error', message: 'offline' }),
    options,
  );
  assert.deepEqual(network, { kind: 'network' });
  assert.equal(isRetryableProblem(network), true);
  const limited = submissionProblem(
    new DebituraApiError({ type: 'rate_limit_error', message: 'slow down', retryAfterSeconds: 42 }),
    options,
  );
  assert.deepEqual(limited, { kind: 'rateLimited', retryAfterSeconds: 42 });
  const server = submissionProblem(new DebituraApiError({ type: 'api_error', status: 503, message: 'down' }), options);
  assert.equal(isRetryableProblem(server), true);

  const fields = submissionProblem(
    new DebituraApiError({
      type: 'validation_error',
      status: 400,
      message: 'bad',
      fieldErrors: { 'debtor.email': ['Invalid email format'] },
    }),
    options,
  );
  assert.equal(
    fields.kind === 'fields' && fields.fields.email,
    'Debitura did not accept this value: Invalid email format',
  );
  assert.equal(isRetryableProblem(fields), false);
});

test('a return URL already set by Debitura is kept as it is', () => {
  const url = 'https://app.debitura.com/Signing/PendingContracts?returnUrl=https%3A%2F%2Fa.example';
  assert.equal(withReturnUrl(url, 'https://b.example'), url);
  assert.equal(withReturnUrl('https://app.debitura.com/x', null), 'https://app.debitura.com/x');
  assert.equal(handoffLink({ combinedSigningUrl: null, items: [] }, { returnUrl: null, isAllowed: trusted }), null);
});
