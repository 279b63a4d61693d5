import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fieldProblems } from './sandbox-field-problems.js';
import { assertMatchesSpec } from './openapi-contract.js';
import { caseRequest, clientFor, customerClient, newSandbox } from './sandbox-cases-harness.js';

describe('sandbox POST /cases', () => {
  it('creates a case and answers 200 with an InvoiceDto that the tenant can read back', async () => {
    const sandbox = newSandbox();
    const acme = await clientFor(sandbox, 'acme-ready');
    const created = await acme.post(
      '/cases',
      caseRequest({ creditorReference: 'INV-NEW-1', comments: 'Called twice' }),
    );
    assert.equal(created.status, 200);
    assertMatchesSpec('customer', 'POST', '/cases', 200, created.body);
    assert.equal(created.body.lifecycle, 'Pending Verification Internal');
    assert.equal(created.body.grossAmount, 12500);
    assert.equal(created.body.currency, 'DKK');
    assert.equal(created.body.creditorComments, 'Called twice');
    assert.match(created.body.reference, /^[A-Z0-9]{8}$/);
    assert.equal(created.body.collectionPartner.name, 'Nordlys Inkasso ApS');
    assert.equal(created.body.debtor.countryAlpha2, 'DK');

    const read = await acme.get(`/cases/${created.body.id}`);
    assert.equal(read.status, 200);
    assert.deepEqual(read.body, created.body);
    const timeline = await acme.get(`/cases/${created.body.id}/timeline`);
    assert.equal(timeline.body.items[0].type, 'CaseCreated');
  });

  it('answers 400 with one ValidationError per field, named by its path', async () => {
    const sandbox = newSandbox();
    const acme = await clientFor(sandbox, 'acme-ready');
    const invalid = await acme.post(
      '/cases',
      caseRequest({ currencyCode: 'XYZ' }, { countryAlpha2: 'US', name: 'Acme Inc' }),
    );
    assertMatchesSpec('customer', 'POST', '/cases', 400, invalid.body);
    const fields = fieldProblems(invalid);
    assert.deepEqual(fields.currencyCode, ['Invalid currency code: XYZ']);
    assert.ok(Array.isArray(fields['debtor.stateAlpha2']));
    const malformed = await acme.post('/cases', '{"currencyCode": ');
    assert.equal(malformed.status, 400);
  });

  it('refuses a second case with the same creditorReference as a 400 keyed creditorReference', async () => {
    const sandbox = newSandbox();
    const acme = await clientFor(sandbox, 'acme-ready');
    assert.equal((await acme.post('/cases', caseRequest({ creditorReference: 'DUP-1' }))).status, 200);
    const duplicate = await acme.post('/cases', caseRequest({ creditorReference: 'DUP-1' }));
    assert.match(fieldProblems(duplicate).creditorReference?.[0] ?? '', /duplicate/i);
    // References are unique per creditor, not across creditors.
    const other = await clientFor(sandbox, 'kyc-required');
    assert.equal((await other.post('/cases', caseRequest({ creditorReference: 'DUP-1' }))).status, 200);
  });

  it('answers 422 MissingDebtCollectionContract with a combined signing URL for an unsigned creditor', async () => {
    const sandbox = newSandbox();
    const unsigned = await clientFor(sandbox, 'unsigned-contract');
    const refused = await unsigned.post('/cases', caseRequest({ returnUrl: 'https://partner.example/back' }));
    assert.equal(refused.status, 422);
    assertMatchesSpec('customer', 'POST', '/cases', 422, refused.body);
    const types = refused.body.businessErrors.map((error: { type: string }) => error.type);
    assert.deepEqual(types, ['MissingDebtCollectionContract', 'MissingPowerOfAttorney']);
    const url = new URL(refused.body.signingHandoff.combinedSigningUrl);
    assert.equal(url.searchParams.get('returnUrl'), 'https://partner.example/back');
    assert.ok(refused.body.businessErrors[0].solutionUrl);
  });

  it('accepts the case in "Pending contract signing" with allowPendingContracts', async () => {
    const sandbox = newSandbox();
    const unsigned = await clientFor(sandbox, 'unsigned-contract');
    const accepted = await unsigned.post('/cases', caseRequest({ allowPendingContracts: true }));
    assert.equal(accepted.status, 200);
    assertMatchesSpec('customer', 'POST', '/cases', 200, accepted.body);
    assert.equal(accepted.body.lifecycle, 'Pending contract signing');
    assert.ok(accepted.body.signingHandoff.combinedSigningUrl);
    const status = await unsigned.get(`/cases/${accepted.body.id}/contract-status`);
    assert.equal(status.status, 200);
    assertMatchesSpec('customer', 'GET', `/cases/${accepted.body.id}/contract-status`, 200, status.body);
    assert.equal(status.body.sdca.signed, false);
    assert.equal(status.body.needsPoaSigning, true);
  });

  it('requires KYC for UK debtors of a referral submission, even with allowPendingContracts', async () => {
    const sandbox = newSandbox();
    const kyc = await clientFor(sandbox, 'kyc-required');
    const ukDebtor = { countryAlpha2: 'GB', city: 'Leeds', address: '1 Park Row' };
    const refused = await kyc.post(
      '/cases',
      caseRequest({ currencyCode: 'GBP', allowPendingContracts: true }, ukDebtor),
    );
    assert.equal(refused.status, 422);
    assert.deepEqual(
      refused.body.businessErrors.map((error: { type: string }) => error.type),
      ['MissingKycVerification'],
    );
    assert.ok(refused.body.signingHandoff.combinedSigningUrl);
    // KYC is enforced for bearer-token (referral) submissions only.
    const direct = customerClient(sandbox, { apiKey: 'sandbox-creditor-key-kyc-required' });
    assert.equal((await direct.post('/cases', caseRequest({ currencyCode: 'GBP' }, ukDebtor))).status, 200);
  });

  it('answers NoPartnerAvailable, CreditorBlocked and MissingPowerOfAttorney', async () => {
    const sandbox = newSandbox();
    const acme = await clientFor(sandbox, 'acme-ready');
    const antarctica = await acme.post('/cases', caseRequest({}, { countryAlpha2: 'AQ' }));
    assert.equal(antarctica.status, 422);
    assert.equal(antarctica.body.businessErrors[0].type, 'NoPartnerAvailable');
    const spain = await acme.post(
      '/cases',
      caseRequest({ currencyCode: 'EUR' }, { countryAlpha2: 'ES', city: 'Madrid' }),
    );
    assert.equal(spain.status, 422);
    assert.equal(spain.body.businessErrors[0].type, 'MissingPowerOfAttorney');
    assert.match(spain.body.businessErrors[0].solutionUrl, /collectionPartnerId=/);

    const blocked = await clientFor(sandbox, 'blocked-creditor');
    const refused = await blocked.post('/cases', caseRequest({ allowPendingContracts: true }));
    assert.equal(refused.status, 422);
    assert.deepEqual(
      refused.body.businessErrors.map((error: { type: string }) => error.type),
      ['CreditorBlocked'],
    );
  });
});
