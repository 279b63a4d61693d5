import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  AdvanceTestCaseRequest,
  AdvanceTestCaseResponse,
  CaseContractStatusApiDTO,
  CaseFileDto,
  CaseTimelineResponse,
  CaseValidationStatusDto,
  ChatDto,
  CollectionContractStatusApiDTO,
  CreditorMeApiDTO,
  PaymentDto,
  SendChatRequest,
  UserListDto,
  chatRoleLabels,
  chatRoles,
  documentTypes,
  fileUploadLimits,
} from '../../src/wire/index.js';

const caseId = '3fa85f64-5717-4562-b3fc-2c963f66afa6';

describe('timeline', () => {
  const timeline = {
    items: [
      {
        date: '2026-03-05T09:12:44',
        type: 'CaseCreated',
        title: 'Case created',
        description: 'The case was submitted through the API.',
        actor: { type: 'Creditor user', name: 'Mia Holm' },
      },
      {
        date: '2026-03-06T10:00:00Z',
        type: 'StatusChanged',
        title: 'Active',
        description: '',
        actor: { type: 'System', name: null },
      },
    ],
    currentEngagementPhase: 'Pre-legal',
  };

  test('a timeline with zone-less and zoned instants parses', () => {
    assert.deepEqual(CaseTimelineResponse.parse(timeline), timeline);
  });

  test('items, and each item’s type, title and description, are required', () => {
    assert.equal(CaseTimelineResponse.safeParse({ currentEngagementPhase: null }).success, false);
    const { title: _omitted, ...untitled } = timeline.items[0]!;
    assert.equal(CaseTimelineResponse.safeParse({ items: [untitled] }).success, false);
  });
});

describe('payments', () => {
  const payment = {
    id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
    dateCreated: '2026-04-01T08:00:00Z',
    dateUpdated: null,
    date: '2026-03-31T00:00:00',
    grossAmount: 1500,
    recipient: 'Creditor',
    method: 'Bank transfer',
    currency: 'EUR',
    invoice: { status: 'Active', reference: 'Q8OAXF3W', invoiceId: caseId },
  };

  test('a payment parses', () => {
    assert.deepEqual(PaymentDto.parse(payment), payment);
  });

  test('a payment without its invoice link is rejected', () => {
    const { invoice: _omitted, ...unlinked } = payment;
    assert.equal(PaymentDto.safeParse(unlinked).success, false);
  });
});

describe('chats', () => {
  const message = {
    id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    dateCreated: '2026-03-07T14:03:00',
    dateUpdated: null,
    role: chatRoles.Partner,
    roleLabel: 'Partner',
    message: 'Could you send the signed order confirmation?',
    isSeen: false,
    user: {
      id: 88,
      dateCreated: null,
      dateUpdated: null,
      firstName: 'Ana',
      lastName: 'Silva',
      email: 'ana@wcr.example',
    },
  };

  test('a message parses and its role maps to Debitura’s label', () => {
    const parsed = ChatDto.parse(message);
    assert.deepEqual(parsed, message);
    assert.equal(chatRoleLabels[parsed.role!], 'Partner');
    assert.equal(chatRoleLabels[chatRoles.ManagedByPartner], 'Managed by partner');
  });

  test('a role outside 0–2 or sent as a string is rejected', () => {
    assert.equal(ChatDto.safeParse({ ...message, role: 3 }).success, false);
    assert.equal(ChatDto.safeParse({ ...message, role: 'Partner' }).success, false);
  });

  test('sending needs a message of at most 10,000 characters and nothing unknown', () => {
    assert.equal(SendChatRequest.safeParse({ message: 'Attached.', userEmail: 'mia@nordlys.example' }).success, true);
    assert.equal(SendChatRequest.safeParse({ userEmail: 'mia@nordlys.example' }).success, false);
    assert.equal(
      SendChatRequest.safeParse({ message: 'x'.repeat(10001), userEmail: 'mia@nordlys.example' }).success,
      false,
    );
    assert.equal(SendChatRequest.safeParse({ message: 'Hi', userEmail: 'mia' }).success, false);
    assert.equal(SendChatRequest.safeParse({ message: 'Hi', attachments: [] }).success, false);
  });
});

describe('files', () => {
  test('an uploaded file parses', () => {
    const file = {
      id: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
      dateCreated: '2026-03-05T09:20:00',
      dateUpdated: '2026-03-05T09:20:00',
      caseId,
      entityType: 'Invoice',
      entityId: caseId,
      fileName: 'INV-2026-0042.pdf',
      url: 'https://debitura.blob.core.windows.net/files/inv.pdf?se=2026-03-05T10%3A20%3A00Z&sig=abc',
      description: 'Original invoice',
      documentType: 'OriginalInvoice',
    };
    assert.deepEqual(CaseFileDto.parse(file), file);
    assert.equal(CaseFileDto.safeParse({ ...file, caseId: 'Q8OAXF3W' }).success, false);
  });

  test('upload limits match the documented ones', () => {
    assert.equal(fileUploadLimits.maxBytes, 26_214_400);
    assert.ok(fileUploadLimits.allowedExtensions.includes('.xlsx'));
    assert.ok(!(fileUploadLimits.allowedExtensions as readonly string[]).includes('.docx'));
    assert.equal(documentTypes[0], 'OriginalInvoice');
    assert.equal(documentTypes.length, 6);
  });
});

describe('contracts and validation', () => {
  test('a case waiting for a power of attorney', () => {
    const status = {
      sdca: { signed: true, requiresResigning: false, solutionUrl: null },
      poa: {
        signed: false,
        requiresResigning: false,
        solutionUrl: 'https://testreferral.debitura.com/PowerOfAttorney/Sign/91',
      },
      pricingAppendix: null,
      collectionPartnerName: 'West Coast Recoveries',
      needsPoaSigning: true,
    };
    assert.deepEqual(CaseContractStatusApiDTO.parse(status), status);
    assert.equal(CaseContractStatusApiDTO.safeParse({ ...status, needsPoaSigning: 'yes' }).success, false);
  });

  test('the account agreement status', () => {
    const sdca = {
      signed: false,
      requiresResigning: true,
      invalidationReason: 'NewVersion',
      termsUrl: null,
      solutionUrl: 'https://x.example/sign',
    };
    assert.deepEqual(CollectionContractStatusApiDTO.parse(sdca), sdca);
  });

  test('what the partner needs from the creditor', () => {
    const validation = {
      needsInfo: true,
      creditorRespondedAt: null,
      items: [{ resolutionArea: 'CorrectDebtorAddress', description: 'The street number is missing.' }],
    };
    assert.deepEqual(CaseValidationStatusDto.parse(validation), validation);
    assert.equal(CaseValidationStatusDto.safeParse({ ...validation, creditorRespondedAt: 'soon' }).success, false);
  });
});

describe('test endpoints, team and profile', () => {
  test('advance requests and answers', () => {
    assert.equal(AdvanceTestCaseRequest.safeParse({ to: 'Closed:Paid', amount: 1500 }).success, true);
    assert.equal(AdvanceTestCaseRequest.safeParse({ amount: 1500 }).success, false);
    assert.equal(AdvanceTestCaseRequest.safeParse({ to: 'Active', reason: 'demo' }).success, false);
    assert.deepEqual(AdvanceTestCaseResponse.parse({ advanced: true, state: 'Active' }), {
      advanced: true,
      state: 'Active',
    });
  });

  test('the team list needs its page block', () => {
    const users = [{ id: '4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a', name: 'Mia Holm', email: 'mia@nordlys.example' }];
    const page = { totalResults: 1, pageSize: 50, currentPage: 1, responseCount: 1, totalPages: 1 };
    assert.equal(UserListDto.safeParse({ page, users }).success, true);
    assert.equal(UserListDto.safeParse({ users }).success, false);
  });

  test('the creditor profile requires companyName', () => {
    const me = { id: '8d1f0c3e-2b1a-4c55-9e0f-6a7b8c9d0e1f', companyName: 'Nordlys ApS', country: 'Denmark' };
    assert.deepEqual(CreditorMeApiDTO.parse(me), me);
    const { companyName: _omitted, ...nameless } = me;
    assert.equal(CreditorMeApiDTO.safeParse(nameless).success, false);
  });
});
