// The creditor's side of a new case: which division it is filed under (asked only with several active ones,
// used silently with one), who owns it (a current team member, or the whole team), and the claim description.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CreateCollectionCaseRequestApiViewModel } from '../../src/wire/case.js';
import { PreviewCaseRequestApiViewModel } from '../../src/wire/preview.js';
import { newCase as messages } from '../../src/widget/i18n/en/new-case.js';
import {
  divisionChoices,
  divisionToSend,
  isOwnerOffered,
  noFilingChoices,
  teamChoices,
  type FilingChoices,
} from '../../src/widget/views/new-case/rules/filing-choices.js';
import { isFieldRequired, isFieldShown } from '../../src/widget/views/new-case/rules/new-case-fields.js';
import {
  emptyNewCaseForm,
  type NewCaseFormValues,
} from '../../src/widget/views/new-case/rules/new-case-form-values.js';
import { createCaseRequest, previewCaseRequest } from '../../src/widget/views/new-case/rules/new-case-request.js';
import { validateNewCaseForm } from '../../src/widget/views/new-case/rules/new-case-validation.js';

const london = '11111111-1111-4111-8111-111111111111';
const manchester = '22222222-2222-4222-8222-222222222222';
const leeds = '33333333-3333-4333-8333-333333333333';

const divisions = [
  { id: london, companyName: 'Kestrel Imports – London', city: 'London', isArchived: false },
  { id: manchester, companyName: null, city: 'Manchester', isArchived: false },
  { id: leeds, companyName: 'Kestrel Outlet – Leeds', city: 'Leeds', isArchived: true },
];
const users = [
  { id: '44444444-4444-4444-8444-444444444444', name: 'Zoe Park', email: 'zoe@kestrel.example' },
  { id: '55555555-5555-4555-8555-555555555555', name: 'Anna Berg', email: 'anna@kestrel.example' },
  { id: '66666666-6666-4666-8666-666666666666', name: 'Anna Berg', email: 'ANNA@kestrel.example' },
  { id: '77777777-7777-4777-8777-777777777777', name: 'No Mail', email: null },
];

const twoDivisions: FilingChoices = { divisions: divisionChoices(divisions), team: teamChoices(users, 'en') };
const oneDivision: FilingChoices = { ...twoDivisions, divisions: twoDivisions.divisions.slice(0, 1) };
const context = { messages, locale: 'en-GB', today: '2026-05-20' };

function filled(overrides: Partial<NewCaseFormValues> = {}): NewCaseFormValues {
  return {
    ...emptyNewCaseForm('EUR'),
    name: 'Acme ApS',
    contactPerson: 'Jens Hansen',
    address: 'Vesterbrogade 1',
    city: 'København',
    country: 'Denmark',
    amountToRecover: '1,250.50',
    date: '2026-01-10',
    dueDate: '2026-02-10',
    ...overrides,
  };
}

const request = (values: NewCaseFormValues, choices: FilingChoices) =>
  createCaseRequest(values, { locale: 'en-GB', returnUrl: null, allowPendingContracts: false, choices });

test('archived divisions are never offered; a division without a company name goes by its city', () => {
  assert.deepEqual(twoDivisions.divisions, [
    { id: london, name: 'Kestrel Imports – London' },
    { id: manchester, name: 'Manchester' },
  ]);
});

test('the team is offered by name, each address once, members without an address left out', () => {
  assert.deepEqual(twoDivisions.team, [
    { email: 'anna@kestrel.example', name: 'Anna Berg' },
    { email: 'zoe@kestrel.example', name: 'Zoe Park' },
  ]);
});

test('the division is asked, and required, only when there are several active divisions', () => {
  const values = filled();
  assert.equal(isFieldShown('creditorDivisionId', values, 'en', twoDivisions), true);
  assert.equal(isFieldRequired('creditorDivisionId', values, 'en', twoDivisions), true);
  assert.equal(isFieldShown('creditorDivisionId', values, 'en', oneDivision), false);
  assert.equal(isFieldShown('creditorDivisionId', values, 'en', noFilingChoices), false);
  assert.equal(
    validateNewCaseForm(values, { ...context, choices: twoDivisions }).creditorDivisionId,
    'Division is required.',
  );
  assert.equal(validateNewCaseForm(values, { ...context, choices: oneDivision }).creditorDivisionId, undefined);
  assert.deepEqual(
    validateNewCaseForm(filled({ creditorDivisionId: manchester }), { ...context, choices: twoDivisions }),
    {},
  );
});

test('a division or owner that is no longer offered is a problem at its field, not a silent change', () => {
  const errors = validateNewCaseForm(filled({ creditorDivisionId: leeds, assignedUserEmail: 'gone@kestrel.example' }), {
    ...context,
    choices: twoDivisions,
  });
  assert.equal(errors.creditorDivisionId, messages.validation.division);
  assert.equal(errors.assignedUserEmail, messages.validation.caseOwner);
});

test('the case owner is optional and offered only when the team is known', () => {
  assert.equal(isFieldShown('assignedUserEmail', filled(), 'en', twoDivisions), true);
  assert.equal(isFieldRequired('assignedUserEmail', filled(), 'en', twoDivisions), false);
  assert.equal(isFieldShown('assignedUserEmail', filled(), 'en', noFilingChoices), false);
});

test('the claim description is optional and held to the 4000 characters of the spec', () => {
  assert.equal(
    validateNewCaseForm(filled({ claimDescription: 'x'.repeat(4000) }), context).claimDescription,
    undefined,
  );
  assert.equal(
    validateNewCaseForm(filled({ claimDescription: 'x'.repeat(4001) }), context).claimDescription,
    'Use at most 4000 characters.',
  );
});

test('the create body carries the chosen division, the owner and the description, and passes the wire schema', () => {
  const body = request(
    filled({
      creditorDivisionId: manchester,
      assignedUserEmail: 'zoe@kestrel.example',
      claimDescription: '  Consulting, March to May. ',
    }),
    twoDivisions,
  );
  assert.equal(body.creditorDivisionId, manchester);
  assert.equal(body.assignedUserEmail, 'zoe@kestrel.example');
  assert.equal(body.claimDescription, 'Consulting, March to May.');
  assert.equal(CreateCollectionCaseRequestApiViewModel.safeParse(body).success, true);
});

test('one active division is used without asking; none, or lists not loaded, send no division or owner', () => {
  assert.equal(request(filled(), oneDivision).creditorDivisionId, london);
  assert.equal(divisionToSend('', oneDivision), london);
  const bare = request(
    filled({ creditorDivisionId: manchester, assignedUserEmail: 'zoe@kestrel.example' }),
    noFilingChoices,
  );
  assert.equal('creditorDivisionId' in bare, false);
  assert.equal('assignedUserEmail' in bare, false);
  assert.equal('claimDescription' in request(filled({ claimDescription: '   ' }), twoDivisions), false);
});

test('the whole team (no owner) sends no assignedUserEmail', () => {
  assert.equal('assignedUserEmail' in request(filled({ creditorDivisionId: london }), twoDivisions), false);
});

test('the price check body stays as the spec has it: no division, owner or description', () => {
  const body = previewCaseRequest(
    filled({ creditorDivisionId: manchester, assignedUserEmail: 'zoe@kestrel.example', claimDescription: 'Goods' }),
    { locale: 'en-GB', returnUrl: null },
  );
  assert.equal(PreviewCaseRequestApiViewModel.safeParse(body).success, true);
});

test('the owner field holds its place while the team list loads, and goes if the team has no one to offer', () => {
  assert.equal(isOwnerOffered({ divisions: [], team: [], teamLoading: true }), true);
  assert.equal(isOwnerOffered({ divisions: [], team: [], teamLoading: false }), false);
  assert.equal(isOwnerOffered(noFilingChoices), false);
});
