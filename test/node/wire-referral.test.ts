import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  AccessTokenResponse,
  ClientCreatedResponse,
  CreateAccessTokenRequest,
  CreateClientRequest,
  GetClientsResponse,
  ReferralPartnerPreviewCaseResponse,
  ReferralPartnerResponse,
} from '../../src/wire/index.js';

/** The CreateClientRequest example published in the Referral Partner spec. */
const specExampleClient = {
  externalTenantId: 'tenant-12345',
  client: {
    name: 'Acme Corp',
    registrationNumber: '12345678',
    address: '123 Business Street',
    zipCode: '1000',
    city: 'Lisbon',
    state: 'Lisbon',
    country: 'Portugal',
    supportEmail: 'billing@acme-corp.com',
    supportPhone: '+351 123 456 789',
  },
  users: [{ name: 'John Doe', email: 'john.doe@acme-corp.com', isOnboardingUser: true }],
  cases: [
    {
      currencyCode: 'EUR',
      amountToRecover: 4000,
      date: '2026-02-22',
      dueDate: '2026-03-02',
      creditorReference: 'INV‑2024‑00789',
      isTest: false,
      debtor: { type: 'Company', name: 'Acme Corp', countryAlpha2: 'PT', email: 'billing@acme‑corp.com' },
    },
  ],
};

const onboardingClient = {
  externalTenantId: 'tenant-12345',
  onboardingDone: false,
  onboardingLinks: { url: 'https://testreferral.debitura.com/onboarding/companydetails/abc123' },
  client: {
    id: '8d1f0c3e-2b1a-4c55-9e0f-6a7b8c9d0e1f',
    companyName: 'Acme Corp',
    officeEmail: 'billing@acme-corp.com',
    country: 'Portugal',
    address: '123 Business Street',
    city: 'Lisbon',
    zipCode: '1000',
    companyRegistrationNumber: '12345678',
  },
  users: [{ id: 5012, email: 'john.doe@acme-corp.com', firstName: 'John', lastName: 'Doe' }],
  isAttributedClient: true,
  dateLinked: '2026-03-01T12:00:00Z',
  caseStats: { casesTotal: 1, casesClosed: 0, earningsUsd: 0 },
  kycStatus: 'NotRequired',
  kycVerification: null,
  caseResults: {
    successfulCases: [],
    failedCases: [
      {
        caseIndex: 0,
        creditorReference: 'INV‑2024‑00789',
        errorType: 'NoPartnerAvailable',
        errorMessage: 'No collection partner covers the debtor jurisdiction.',
        validationErrors: null,
        signingHandoff: null,
      },
    ],
  },
};

describe('POST /oauth/token', () => {
  test('the tenant id is required, 1 to 255 characters, and nothing else is accepted', () => {
    assert.equal(CreateAccessTokenRequest.safeParse({ externalTenantId: 'tenant-1' }).success, true);
    assert.equal(CreateAccessTokenRequest.safeParse({}).success, false);
    assert.equal(CreateAccessTokenRequest.safeParse({ externalTenantId: '' }).success, false);
    assert.equal(CreateAccessTokenRequest.safeParse({ externalTenantId: 't'.repeat(256) }).success, false);
    assert.equal(CreateAccessTokenRequest.safeParse({ externalTenantId: 'tenant-1', scope: 'cases' }).success, false);
  });

  test('the documented five-field answer parses, and so does the older three-field one', () => {
    const full = {
      accessToken: 'eyJhbGciOiJIUzI1NiIs.e30.sig',
      tokenType: 'Bearer',
      expiresIn: 1800,
      externalTenantId: 'your-tenant-identifier',
      creditorId: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
    };
    assert.deepEqual(AccessTokenResponse.parse(full), full);
    const { tokenType: _t, externalTenantId: _e, ...reduced } = full;
    assert.deepEqual(AccessTokenResponse.parse(reduced), reduced);
    assert.equal(AccessTokenResponse.safeParse({ ...full, expiresIn: '1800' }).success, false);
    assert.equal(AccessTokenResponse.safeParse({ ...full, expiresIn: 1.5 }).success, false);
  });
});

describe('partner profile', () => {
  const partner = {
    id: '0b6a3d2e-1f4c-4a7b-9c8d-7e6f5a4b3c2d',
    companyName: 'Ledgerly Ltd',
    shortName: 'Ledgerly',
    contactEmail: 'partners@ledgerly.example',
    externalSystemId: null,
    referralFeePercentage: 20,
    isActive: true,
    isPublicDemo: false,
    logoUrl: 'https://cdn.ledgerly.example/logo.svg',
    backgroundColorCode: '#FFFFFF',
    fontColor: '#1A1A2E',
    fontFamily: 'Inter',
    invoicingTriggerMode: 'PayWhenPaid',
  };

  test('the branding profile parses', () => {
    assert.deepEqual(ReferralPartnerResponse.parse(partner), partner);
  });

  test('an unknown invoicing trigger mode is rejected', () => {
    assert.equal(ReferralPartnerResponse.safeParse({ ...partner, invoicingTriggerMode: 'Monthly' }).success, false);
  });
});

describe('clients', () => {
  test('the spec example is a valid request', () => {
    assert.deepEqual(CreateClientRequest.parse(specExampleClient), specExampleClient);
  });

  test('at least one user, a valid support email and no unknown fields', () => {
    assert.equal(CreateClientRequest.safeParse({ ...specExampleClient, users: [] }).success, false);
    const badEmail = { ...specExampleClient.client, supportEmail: 'billing' };
    assert.equal(CreateClientRequest.safeParse({ ...specExampleClient, client: badEmail }).success, false);
    const extra = { ...specExampleClient.client, website: 'https://acme.example' };
    assert.equal(CreateClientRequest.safeParse({ ...specExampleClient, client: extra }).success, false);
    const { client: _c, ...withoutClient } = specExampleClient;
    assert.equal(CreateClientRequest.safeParse(withoutClient).success, false);
  });

  test('a case inside the request follows the POST /cases rules', () => {
    const cases = [{ ...specExampleClient.cases[0], creditorReference: 'R'.repeat(51) }];
    assert.equal(CreateClientRequest.safeParse({ ...specExampleClient, cases }).success, false);
  });

  test('a 202 answer with a failed case parses', () => {
    assert.deepEqual(ClientCreatedResponse.parse(onboardingClient), onboardingClient);
  });

  test('KYC status is read in both casings the spec describes, and nothing else', () => {
    for (const kycStatus of ['NotRequired', 'Pending', 'Verified', 'not_required', 'pending', 'verified']) {
      assert.equal(ClientCreatedResponse.safeParse({ ...onboardingClient, kycStatus }).success, true, kycStatus);
    }
    assert.equal(ClientCreatedResponse.safeParse({ ...onboardingClient, kycStatus: 'Done' }).success, false);
  });

  test('a KYC record not yet reviewed has a null verification status', () => {
    const kycVerification = {
      directorFullName: 'John Doe',
      directorHomeAddress: '1 Rua Augusta, Lisbon',
      directorDateOfBirth: '1980-05-17',
      dateCreated: '2026-03-02T09:00:00Z',
      verificationStatus: null,
      verificationStatusUpdatedAt: null,
    };
    assert.equal(ClientCreatedResponse.safeParse({ ...onboardingClient, kycVerification }).success, true);
    const reviewed = { ...kycVerification, verificationStatus: 'Rejected' };
    assert.equal(ClientCreatedResponse.safeParse({ ...onboardingClient, kycVerification: reviewed }).success, false);
  });

  test('the client list parses', () => {
    const list = {
      page: { totalResults: 1, pageSize: 50, currentPage: 1, responseCount: 1, totalPages: 1 },
      summary: { totalClients: 1, attributedClients: 1, onboardingComplete: 0, onboardingPending: 1, totalCases: 1 },
      clients: [onboardingClient],
    };
    assert.deepEqual(GetClientsResponse.parse(list), list);
  });
});

describe('referral preview', () => {
  const preview = {
    isEligible: true,
    ineligibilityReason: null,
    jurisdiction: { id: 31, name: 'Portugal', countryAlpha2: 'PT', stateAlpha2: null },
    pricingPreview: {
      baseSuccessFeePercentage: 15,
      ageSurchargePercentage: 0,
      totalSuccessFeePercentage: 15,
      currencyCode: 'EUR',
    },
    requiresKycVerification: false,
    pendingActions: [{ type: 'PoA', collectionPartnerId: '6b7a1f23-9c48-4e72-a901-1d2b3e4f5a6b', dueDate: null }],
    combinedSigningUrl: null,
  };

  test('it is not wrapped in result', () => {
    assert.deepEqual(ReferralPartnerPreviewCaseResponse.parse(preview), preview);
  });

  test('a pending action type Debitura adds later is kept, not rejected', () => {
    const pendingActions = [{ type: 'BankDetails', collectionPartnerId: null, dueDate: null }];
    const parsed = ReferralPartnerPreviewCaseResponse.parse({ ...preview, pendingActions });
    assert.equal(parsed.pendingActions?.[0]?.type, 'BankDetails');
    assert.equal(
      ReferralPartnerPreviewCaseResponse.safeParse({ ...preview, pendingActions: [{ type: 3 }] }).success,
      false,
    );
  });
});
