import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertMatchesSpec } from './openapi-contract.js';
import { fieldProblems } from './sandbox-field-problems.js';
import { caseRequest, clientFor, newSandbox, type CustomerClient } from './sandbox-cases-harness.js';

async function newCase(client: CustomerClient): Promise<string> {
  return (await client.post('/cases', caseRequest())).body.id;
}

describe('sandbox case chats', () => {
  it('posts a message from a team member and lists it', async () => {
    const sandbox = newSandbox();
    const acme = await clientFor(sandbox, 'acme-ready');
    const id = await newCase(acme);
    const sent = await acme.post(`/cases/${id}/chats`, {
      message: 'Debtor called, promised to pay Friday.',
      userEmail: 'Anna@acme-ready.example',
    });
    assert.equal(sent.status, 200);
    assertMatchesSpec('customer', 'POST', `/cases/${id}/chats`, 200, sent.body);
    assert.equal(sent.body.roleLabel, 'Creditor');
    assert.equal(sent.body.user.email, 'anna@acme-ready.example');
    const listed = await acme.get(`/cases/${id}/chats`);
    assertMatchesSpec('customer', 'GET', `/cases/${id}/chats`, 200, listed.body);
    assert.deepEqual(
      listed.body.map((chat: { message: string }) => chat.message),
      ['Debtor called, promised to pay Friday.'],
    );
  });

  it('accepts the deprecated userId from GET /users', async () => {
    const sandbox = newSandbox();
    const acme = await clientFor(sandbox, 'acme-ready');
    const id = await newCase(acme);
    const user = (await acme.get('/users')).body.users[1];
    const sent = await acme.post(`/cases/${id}/chats`, { message: 'Hello', userId: user.id });
    assert.equal(sent.status, 200);
    assert.equal(sent.body.user.email, user.email);
  });

  it('answers 400 when the sender is missing or not on the team', async () => {
    const sandbox = newSandbox();
    const acme = await clientFor(sandbox, 'acme-ready');
    const id = await newCase(acme);
    const stranger = await acme.post(`/cases/${id}/chats`, {
      message: 'Hi',
      userEmail: 'daan@blocked-creditor.example',
    });
    assert.equal(stranger.status, 400);
    assertMatchesSpec('customer', 'POST', `/cases/${id}/chats`, 400, stranger.body);
    assert.equal((await acme.post(`/cases/${id}/chats`, { message: 'Hi' })).status, 400);
    assert.equal((await acme.get(`/cases/${id}/chats`)).body.length, 0);
  });
});

describe('sandbox case files', () => {
  function form(name: string, size: number, extra: Record<string, string> = {}): FormData {
    const data = new FormData();
    data.set('File', new File([new Uint8Array(size)], name));
    for (const [key, value] of Object.entries(extra)) data.set(key, value);
    return data;
  }

  it('uploads a file and lists it', async () => {
    const sandbox = newSandbox();
    const acme = await clientFor(sandbox, 'acme-ready');
    const id = await newCase(acme);
    const uploaded = await acme.upload(
      `/cases/${id}/files`,
      form('invoice-1001.pdf', 2048, { Description: 'Original invoice', DocumentType: 'demandletter' }),
    );
    assert.equal(uploaded.status, 200);
    assertMatchesSpec('customer', 'POST', `/cases/${id}/files`, 200, uploaded.body);
    assert.equal(uploaded.body.fileName, 'invoice-1001.pdf');
    assert.equal(uploaded.body.documentType, 'DemandLetter');
    assert.equal(uploaded.body.caseId, id);
    assert.ok(new URL(uploaded.body.url).searchParams.get('se'), 'download links carry their expiry');
    const listed = await acme.get(`/cases/${id}/files`);
    assertMatchesSpec('customer', 'GET', `/cases/${id}/files`, 200, listed.body);
    assert.deepEqual(listed.body, [uploaded.body]);
  });

  it('answers 413 above 25 MB, 415 for other extensions and 400 without a File part', async () => {
    const sandbox = newSandbox();
    const acme = await clientFor(sandbox, 'acme-ready');
    const id = await newCase(acme);
    const tooLarge = await acme.upload(`/cases/${id}/files`, form('scan.pdf', 25 * 1024 * 1024 + 1));
    assert.equal(tooLarge.status, 413);
    assertMatchesSpec('customer', 'POST', `/cases/${id}/files`, 413, tooLarge.body);
    const executable = await acme.upload(`/cases/${id}/files`, form('setup.exe', 10));
    assert.equal(executable.status, 415);
    assertMatchesSpec('customer', 'POST', `/cases/${id}/files`, 415, executable.body);
    const empty = new FormData();
    empty.set('Description', 'no file');
    assert.ok(fieldProblems(await acme.upload(`/cases/${id}/files`, empty)).File);
    const badType = await acme.upload(`/cases/${id}/files`, form('scan.pdf', 10, { DocumentType: 'Poem' }));
    assert.match(fieldProblems(badType).DocumentType?.[0] ?? '', /OriginalInvoice/);
    assert.equal((await acme.get(`/cases/${id}/files`)).body.length, 0);
  });
});
