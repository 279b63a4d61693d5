import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { call, caseRequest, customerOf, newSandbox } from './sandbox-core-harness.js';

type Sandbox = ReturnType<typeof newSandbox>['sandbox'];

function pathOf(url: string): string {
  const { pathname, search } = new URL(url);
  return `${pathname}${search}`;
}

function submit(sandbox: Sandbox, url: string, fields: Record<string, string> = {}) {
  return call(sandbox, 'POST', pathOf(url), {
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}

const returnUrl = 'https://partner.example/app/cases?tab=new';

describe('hosted signing pages', () => {
  test('a missing SDCA blocks POST /cases until the combined signing page is completed, which then returns to returnUrl', async () => {
    const { sandbox } = newSandbox();
    const customer = await customerOf(sandbox, 'unsigned-contract');
    const blocked = await customer('POST', '/cases', caseRequest({ returnUrl }));
    assert.equal(blocked.status, 422);
    assert.equal(blocked.body.businessErrors[0].type, 'MissingDebtCollectionContract');
    const signingUrl: string = blocked.body.signingHandoff.combinedSigningUrl;
    assert.ok(signingUrl.startsWith('http://sandbox.test/hosted/'));

    const page = await call(sandbox, 'GET', pathOf(signingUrl));
    assert.equal(page.status, 200);
    assert.match(page.headers.get('Content-Type') ?? '', /text\/html/);
    assert.match(page.text, /debt collection agreement/);

    const signed = await submit(sandbox, signingUrl);
    assert.equal(signed.status, 303);
    assert.equal(signed.headers.get('Location'), returnUrl);

    const accepted = await customer('POST', '/cases', caseRequest({ returnUrl }));
    assert.equal(accepted.status, 200);
  });

  test('a case accepted with allowPendingContracts moves on by itself once its contracts are signed', async () => {
    const { sandbox } = newSandbox();
    const customer = await customerOf(sandbox, 'unsigned-contract');
    const created = await customer('POST', '/cases', caseRequest({ allowPendingContracts: true }));
    assert.equal(created.status, 200);
    assert.equal(created.body.lifecycle, 'Pending contract signing');

    const done = await submit(sandbox, created.body.signingHandoff.combinedSigningUrl);
    assert.equal(done.status, 200, 'without returnUrl the page says it is done');
    assert.match(done.text, /role="status"/);

    const after = await customer('GET', `/cases/${created.body.id}`);
    assert.equal(after.body.lifecycle, 'Pending Verification Internal');
    assert.equal(after.body.signingHandoff.combinedSigningUrl, null);
    const timeline = await customer('GET', `/cases/${created.body.id}/timeline`);
    assert.ok(timeline.body.items.some((item: any) => /Pending Verification Internal/.test(item.title)));
  });

  test('the PoA page signs for one partner only', async () => {
    const { sandbox } = newSandbox();
    const customer = await customerOf(sandbox, 'acme-ready');
    const spain = caseRequest({ currencyCode: 'EUR' }, 'ES');
    const blocked = await customer('POST', '/cases', spain);
    assert.equal(blocked.status, 422);
    const poa = blocked.body.businessErrors.find((error: any) => error.type === 'MissingPowerOfAttorney');
    assert.match(poa.solutionUrl, /\/hosted\/powerofattorney\/sign\/.+collectionPartnerId=/);
    await submit(sandbox, poa.solutionUrl);
    assert.equal((await customer('POST', '/cases', spain)).status, 200);
  });

  test('the KYC form needs every director field before it unblocks UK debtors', async () => {
    const { sandbox } = newSandbox();
    const customer = await customerOf(sandbox, 'kyc-required');
    const uk = caseRequest({ currencyCode: 'GBP' }, 'GB');
    const blocked = await customer('POST', '/cases', uk);
    const kyc = blocked.body.businessErrors.find((error: any) => error.type === 'MissingKycVerification');
    assert.ok(kyc?.solutionUrl);
    assert.equal((await submit(sandbox, kyc.solutionUrl, { directorFullName: 'Harriet Cole' })).status, 400);
    assert.equal((await customer('POST', '/cases', uk)).status, 422);
    const fields = {
      directorFullName: 'Harriet Cole',
      directorHomeAddress: '1 Ancoats St, Manchester',
      directorDateOfBirth: '1980-02-01',
    };
    assert.equal((await submit(sandbox, kyc.solutionUrl, fields)).status, 200);
    assert.equal((await customer('POST', '/cases', uk)).status, 200);
  });

  test('unknown links answer 404 and return URLs that are not absolute http(s) are ignored', async () => {
    const { sandbox } = newSandbox();
    assert.equal((await call(sandbox, 'GET', '/hosted/kyc/00000000-0000-4000-8000-000000000000')).status, 404);
    const customer = await customerOf(sandbox, 'unsigned-contract');
    const blocked = await customer('POST', '/cases', caseRequest({ returnUrl: 'javascript:alert(1)' }));
    const signed = await submit(sandbox, blocked.body.signingHandoff.combinedSigningUrl);
    assert.equal(signed.status, 200);
  });
});
