import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ApiErrorResponseDto,
  BusinessErrorResponseApiDTO,
  ConflictResponse,
  ProblemDetails,
  RateLimitErrorBody,
  ValidationErrorBody,
} from '../../src/wire/index.js';

test('a 422 for a missing agreement carries both signing URLs', () => {
  const body = {
    businessErrors: [
      {
        type: 'MissingDebtCollectionContract',
        message: 'The debt collection agreement must be signed before cases can be submitted.',
        solutionUrl: 'https://testreferral.debitura.com/ContractUpgrade/Sign/91',
      },
    ],
    signingHandoff: {
      combinedSigningUrl: 'https://app.debitura.com/Signing/PendingContracts?returnUrl=https%3A%2F%2Fapp.example',
    },
  };
  assert.deepEqual(BusinessErrorResponseApiDTO.parse(body), body);
  assert.equal(BusinessErrorResponseApiDTO.safeParse({ businessErrors: [{ type: 42 }] }).success, false);
});

test('the generic error body with legacy and canonical fields', () => {
  const body = { error: 'Case not found', message: 'Case not found', businessErrors: null };
  assert.deepEqual(ApiErrorResponseDto.parse(body), body);
  assert.equal(ApiErrorResponseDto.safeParse({ error: 404 }).success, false);
});

test('a field-keyed 400 body', () => {
  const body = { 'debtor.email': ['Invalid email format'], Users: ['At least one user is required'] };
  assert.deepEqual(ValidationErrorBody.parse(body), body);
  assert.equal(ValidationErrorBody.safeParse({ 'debtor.email': 'Invalid email format' }).success, false);
});

test('problem details keep their extension members', () => {
  const body = {
    type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
    title: 'Bad Request',
    status: 400,
    traceId: '00-abc-01',
  };
  assert.deepEqual(ProblemDetails.parse(body), body);
  assert.equal(ProblemDetails.safeParse({ status: '400' }).success, false);
});

test('a 429 body tells how long to wait', () => {
  const body = {
    error: 'rate_limit_exceeded',
    message: 'Too many requests. Please try again later or contact support if you need higher limits.',
    retryAfter: 42.0,
  };
  assert.equal(RateLimitErrorBody.parse(body).retryAfter, 42);
  const { retryAfter: _omitted, ...withoutWait } = body;
  assert.equal(RateLimitErrorBody.safeParse(withoutWait).success, false);
});

test('a 409 for an existing Debitura account carries the approval link', () => {
  const body = {
    type: 'ClientExistsNeedsLinking',
    message: 'A Debitura account already exists for this company. A link request has been created.',
    data: {
      externalTenantId: 'tenant-12345',
      onboardingLinks: { url: 'https://app.debitura.com/ReferralPartner/Approve?token=abc' },
      isAttributedClient: false,
    },
  };
  assert.deepEqual(ConflictResponse.parse(body), body);
  const linkedElsewhere = {
    type: 'ClientAlreadyLinkedToAnotherPartner',
    message: 'Linked to another partner.',
    data: { externalTenantId: 't' },
  };
  assert.deepEqual(ConflictResponse.parse(linkedElsewhere), linkedElsewhere);
});
