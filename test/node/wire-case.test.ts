import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CreateCollectionCaseRequestApiViewModel,
  DebtorDto,
  InvoiceDto,
  InvoiceListDto,
  closeCodeLabels,
  lifecycleLabels,
  lifecycleStatusOf,
  lifecycleStatuses,
  recoveredCloseCodes,
} from '../../src/wire/index.js';

/** The CreateCollectionCaseRequestApiViewModel example published in the Customer API spec. */
const specExampleCase = {
  currencyCode: 'EUR',
  amountToRecover: 4000,
  date: '2026-02-22',
  dueDate: '2026-03-02',
  claimDescription: 'Custom mobile app development services',
  comments:
    'Outstanding invoice INV 2024 00789 for custom mobile app development delivered 15 Nov 2024; payment 60 days overdue despite two reminders.',
  creditorReference: 'INV‑2024‑00789',
  isTest: true,
  debtor: {
    type: 'Company',
    name: 'Acme Corp',
    contactPerson: 'John Doe',
    companyRegistrationNumber: '12345678',
    address: '123 Business Street',
    zipCode: '1000',
    city: 'Lisbon',
    state: 'Lisbon',
    countryAlpha2: 'PT',
    email: 'billing@acme‑corp.com',
    phone: '+351 123 456 789',
  },
};

/** A case as GET /cases/{id} returns it while active, with the zone-less instants read endpoints send. */
const activeCase = {
  id: '3fa85f64-5717-4562-b3fc-2c963f66afa6',
  dateCreated: '2026-03-05T09:12:44.517Z',
  dateUpdated: '2026-06-17T08:30:00',
  reference: 'Q8OAXF3W',
  creditorReference: 'INV-2026-0042',
  creditorComments: 'Two reminders sent, no reply.',
  claimDescription: 'Consulting services, February',
  grossAmount: 4000,
  remainder: 2500,
  interestFees: 35.2,
  reminderFees: 40,
  collectionFees: 0,
  totalAddedFees: 75.2,
  currency: 'EUR',
  isTestCase: true,
  lifecycle: 'Active',
  dueDate: '2026-03-02T00:00:00',
  date: '2026-02-22T00:00:00',
  dateFinished: null,
  dateCollectionStarted: '2026-03-06T10:00:00',
  closeCode: null,
  currentEngagementPhase: 'Pre-legal',
  claimType: 'Unpaid Invoice',
  creditorDivisionId: null,
  debtor: { type: 'Company', name: 'Pacific Trading LLC', countryAlpha2: 'US', stateAlpha2: 'CA', email: null },
  collectionPartner: {
    name: 'West Coast Recoveries',
    officeEmail: 'cases@wcr.example',
    officePhone: '+1 415 555 0100',
    publicSite: 'https://wcr.example',
    surveyCadenceMode: 0,
  },
  creditor: {
    id: '8d1f0c3e-2b1a-4c55-9e0f-6a7b8c9d0e1f',
    companyName: 'Nordlys ApS',
    country: 'Denmark',
    division: null,
  },
  bankAccount: null,
  blendedAgeUpliftPoints: null,
  preLegalSuccessFee: 20.5,
  solutionUrl: null,
  signingHandoff: { combinedSigningUrl: null },
  exclusivePeriodEndDate: '2026-09-06T10:00:00',
  disputeStatus: "Don't Know",
  validation: { needsInfo: false },
  assignedUser: { email: 'mia@nordlys.example', name: 'Mia Holm' },
  allocationOutstanding: { principal: 2500, interest: 35.2, reminderFees: 40, collectionFees: 0 },
};

describe('POST /cases request', () => {
  test('the spec example is a valid request', () => {
    assert.deepEqual(CreateCollectionCaseRequestApiViewModel.parse(specExampleCase), specExampleCase);
  });

  test('currencyCode is the only required field', () => {
    assert.equal(CreateCollectionCaseRequestApiViewModel.safeParse({ currencyCode: 'EUR' }).success, true);
    const { currencyCode: _omitted, ...withoutCurrency } = specExampleCase;
    assert.equal(CreateCollectionCaseRequestApiViewModel.safeParse(withoutCurrency).success, false);
  });

  test('a creditorReference over 50 characters is rejected, 50 is fine', () => {
    const at = (length: number) => ({ ...specExampleCase, creditorReference: 'R'.repeat(length) });
    assert.equal(CreateCollectionCaseRequestApiViewModel.safeParse(at(50)).success, true);
    const result = CreateCollectionCaseRequestApiViewModel.safeParse(at(51));
    assert.equal(result.success, false);
    assert.deepEqual(result.error?.issues[0]?.path, ['creditorReference']);
  });

  test('unknown fields are rejected, at the top and inside the debtor', () => {
    assert.equal(CreateCollectionCaseRequestApiViewModel.safeParse({ ...specExampleCase, claims: [] }).success, false);
    const debtor = { ...specExampleCase.debtor, vatNumber: 'PT123' };
    assert.equal(CreateCollectionCaseRequestApiViewModel.safeParse({ ...specExampleCase, debtor }).success, false);
  });

  test('dates may be date-only, zoned or zone-less, but must be dates', () => {
    for (const date of ['2026-02-22', '2026-02-22T00:00:00Z', '2026-02-22T10:15:00', '2026-02-22T10:15:00+01:00']) {
      assert.equal(
        CreateCollectionCaseRequestApiViewModel.safeParse({ currencyCode: 'EUR', date }).success,
        true,
        date,
      );
    }
    for (const date of ['22/02/2026', '2026-02-30T25:00:00', 'yesterday']) {
      assert.equal(
        CreateCollectionCaseRequestApiViewModel.safeParse({ currencyCode: 'EUR', date }).success,
        false,
        date,
      );
    }
  });

  test('assignedUserEmail must be an email and ids must be uuids', () => {
    assert.equal(
      CreateCollectionCaseRequestApiViewModel.safeParse({ currencyCode: 'EUR', assignedUserEmail: 'mia' }).success,
      false,
    );
    assert.equal(
      CreateCollectionCaseRequestApiViewModel.safeParse({ currencyCode: 'EUR', collectionPartnerId: '42' }).success,
      false,
    );
  });

  test('a debtor needs a type and a name', () => {
    assert.equal(DebtorDto.safeParse({ type: 'Private', name: 'Jane Roe' }).success, true);
    assert.equal(DebtorDto.safeParse({ type: 'Private' }).success, false);
    assert.equal(DebtorDto.safeParse({ type: '', name: 'Jane Roe' }).success, false);
  });
});

describe('InvoiceDto', () => {
  test('a realistic active case parses unchanged', () => {
    assert.deepEqual(InvoiceDto.parse(activeCase), activeCase);
  });

  test('fields Debitura adds later are dropped instead of failing the read', () => {
    const later = { ...activeCase, riskScore: 7, debtor: { ...activeCase.debtor, segment: 'SMB' } };
    const parsed = InvoiceDto.parse(later);
    assert.equal('riskScore' in parsed, false);
    assert.equal(parsed.debtor && 'segment' in parsed.debtor, false);
  });

  test('wrong types are caught', () => {
    assert.equal(InvoiceDto.safeParse({ ...activeCase, grossAmount: '4000' }).success, false);
    assert.equal(InvoiceDto.safeParse({ ...activeCase, id: 'case-1' }).success, false);
    assert.equal(InvoiceDto.safeParse({ ...activeCase, isTestCase: null }).success, false);
    assert.equal(InvoiceDto.safeParse({ ...activeCase, collectionPartner: { surveyCadenceMode: 5 } }).success, false);
  });

  test('a case list needs its page block', () => {
    const page = { totalResults: 1, pageSize: 10, currentPage: 1, responseCount: 1, totalPages: 1 };
    assert.equal(InvoiceListDto.safeParse({ page, cases: [activeCase] }).success, true);
    assert.equal(InvoiceListDto.safeParse({ cases: [activeCase] }).success, false);
  });
});

describe('lifecycle and close-code vocabularies', () => {
  test('every status has its Debitura label', () => {
    assert.equal(lifecycleStatuses.length, 10);
    assert.equal(lifecycleLabels.NeedsAdditionalDetails, 'More Info Required');
    assert.equal(lifecycleLabels.Leads, 'Collecting Quotes');
    assert.equal(lifecycleLabels.LeadsQuoteGiven, 'Pending Quote Selection');
    assert.equal(lifecycleLabels.PendingContractSigning, 'Pending contract signing');
    assert.deepEqual(Object.keys(lifecycleLabels), [...lifecycleStatuses]);
  });

  test('a lifecycle label or name leads back to its status', () => {
    assert.equal(lifecycleStatusOf('More Info Required'), 'NeedsAdditionalDetails');
    assert.equal(lifecycleStatusOf('pending contract signing'), 'PendingContractSigning');
    assert.equal(lifecycleStatusOf('Active'), 'Active');
    assert.equal(lifecycleStatusOf('Archived'), undefined);
  });

  test('close codes keep Debitura’s en-dashes', () => {
    assert.ok(closeCodeLabels.includes('Pre-Legal Exhausted – No Payment'));
    assert.ok(closeCodeLabels.includes('Disputed – Legal Action Declined by Client'));
    assert.ok(closeCodeLabels.includes('Quotes Expired – Not Accepted'));
    assert.equal(closeCodeLabels.length, 17);
    assert.deepEqual([...recoveredCloseCodes], ['Paid', 'Partially paid']);
  });
});
