import { test } from 'node:test';
import assert from 'node:assert/strict';
import { orderTimeline } from '../../src/widget/views/case-detail/timeline-order.js';
import { codeLabel } from '../../src/widget/views/case-detail/code-label.js';
import { checkUpload, extensionOf } from '../../src/widget/views/case-detail/upload-precheck.js';
import { chatSenders } from '../../src/widget/views/case-detail/chat-sender.js';
import { contractItems, signingHandoffOf } from '../../src/widget/views/case-detail/contract-items.js';

const item = (date: string | undefined, title: string) => ({ date, type: 'Note', title, description: '', actor: null });

test('the timeline reads oldest first, zone-less times as UTC, undated entries last in their given order', () => {
  const ordered = orderTimeline([
    item('2026-03-02T10:00:00', 'third'),
    item(undefined, 'undated A'),
    item('2026-03-01T23:30:00-02:00', 'second'), // 2026-03-02T01:30Z
    item('2026-03-01', 'first'),
    item(undefined, 'undated B'),
  ]);
  assert.deepEqual(
    ordered.map((entry) => entry.title),
    ['first', 'second', 'third', 'undated A', 'undated B'],
  );
  assert.deepEqual(orderTimeline(null), []);
});

test('timeline types read as words, using the catalogue where it knows the type', () => {
  const known = { PaymentReceived: 'Payment received' };
  assert.equal(codeLabel('PaymentReceived', known), 'Payment received');
  assert.equal(codeLabel('payment_received', known), 'Payment received');
  assert.equal(codeLabel('LifecycleChanged', known), 'Lifecycle changed');
  assert.equal(codeLabel('SDCASigned', known), 'Sdca signed');
  assert.equal(codeLabel('CorrectDebtorAddress', {}), 'Correct debtor address');
  assert.equal(codeLabel(null, known), '');
});

test('uploads are checked for type and size before anything is sent', () => {
  const megabyte = 1024 * 1024;
  assert.deepEqual(checkUpload({ name: 'invoice.PDF', size: 200_000 }), { ok: true });
  assert.deepEqual(checkUpload({ name: 'scan.jpeg', size: 25 * megabyte }), { ok: true }, 'exactly 25 MB is allowed');
  assert.deepEqual(checkUpload({ name: 'scan.jpeg', size: 25 * megabyte + 1 }), { ok: false, problem: 'too-large' });
  assert.deepEqual(checkUpload({ name: 'contract.docx', size: 10 }), { ok: false, problem: 'unsupported-type' });
  assert.deepEqual(checkUpload({ name: 'README', size: 10 }), { ok: false, problem: 'unsupported-type' });
  assert.deepEqual(checkUpload({ name: 'empty.csv', size: 0 }), { ok: false, problem: 'empty' });
  assert.equal(extensionOf('.pdf'), '', 'a dotfile has no extension');
  assert.equal(extensionOf('a.tar.GZ'), '.gz');
});

test('message senders put the assigned user first and drop duplicates and blank emails', () => {
  const users = [
    { id: '1', name: 'Ann', email: 'ann@acme.test' },
    { id: '2', name: 'Bo', email: 'BO@acme.test' },
    { id: '3', name: 'No mail', email: null },
  ];
  assert.deepEqual(chatSenders(users, { email: 'bo@acme.test', name: 'Bo B.' }), [
    { email: 'BO@acme.test', name: 'Bo' },
    { email: 'ann@acme.test', name: 'Ann' },
  ]);
  assert.deepEqual(chatSenders([], { email: 'owner@acme.test', name: null }), [
    { email: 'owner@acme.test', name: 'owner@acme.test' },
  ]);
  assert.deepEqual(chatSenders([], null), []);
});

test('contract status lists the documents in signing order and the combined link wins', () => {
  const status = {
    sdca: { signed: true, requiresResigning: false, solutionUrl: null },
    poa: { signed: false, requiresResigning: false, solutionUrl: 'https://referral.debitura.com/poa' },
    pricingAppendix: { signed: true, requiresResigning: true, solutionUrl: 'https://referral.debitura.com/jpa' },
    collectionPartnerName: 'Nordic Collect',
  };
  assert.deepEqual(
    contractItems(status).map((entry) => [entry.key, entry.state]),
    [
      ['sdca', 'signed'],
      ['poa', 'needsSigning'],
      ['pricingAppendix', 'needsResigning'],
    ],
  );
  const combined = 'https://app.debitura.com/Signing/PendingContracts?x=1';
  assert.deepEqual(signingHandoffOf({ signingHandoff: { combinedSigningUrl: combined } }, status), {
    url: combined,
    reasons: ['MissingPowerOfAttorney'],
  });
  assert.equal(
    signingHandoffOf({}, status)?.url,
    'https://referral.debitura.com/poa',
    'falls back to the first pending document',
  );
  assert.equal(
    signingHandoffOf({ signingHandoff: { combinedSigningUrl: combined } }, { sdca: { signed: true } }),
    null,
    'nothing pending',
  );
  assert.deepEqual(
    contractItems({ sdca: { signed: false }, needsPoaSigning: true }).map((entry) => entry.key),
    ['sdca', 'poa'],
    'a PoA that is needed but not yet described still shows',
  );
});
