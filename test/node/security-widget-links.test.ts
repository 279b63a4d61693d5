// Security: links the widget builds from Debitura's answers (finding 13: file downloads; finding 14: the
// collection partner's e-mail address). Each attack corpus was linked as sent before.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isAllowedFileUrl, mailtoHref } from '../../src/widget/api/link-safety.js';

describe('security: file links are https, absolute and without credentials (finding 13)', () => {
  it('links https files wherever Debitura stores them', () => {
    for (const url of [
      'https://files.debitura.com/cases/1/statement.pdf',
      'https://debiturastorage.blob.core.windows.net/files/abc.pdf?sv=2024&sig=xyz',
    ]) {
      assert.equal(isAllowedFileUrl(url, 'production', null), true, url);
    }
  });

  it('refuses http, protocol-relative, credentials, script and data URLs', () => {
    for (const url of [
      'http://files.debitura.com/statement.pdf',
      '//evil.example/statement.pdf',
      '/files/statement.pdf',
      'https://user:pw@evil.example/statement.pdf',
      'https://files.debitura.com@evil.example/statement.pdf',
      'javascript:alert(document.domain)',
      'data:text/html,<script>alert(1)</script>',
      'ftp://files.example/statement.pdf',
      '',
      null,
      undefined,
    ]) {
      assert.equal(isAllowedFileUrl(url, 'production', null), false, String(url));
    }
  });

  it('allows the sandbox’s own origin in sandbox mode only, as hand-offs do', () => {
    const sandbox = 'http://localhost:5173';
    const file = 'http://localhost:5173/hosted/files/1/statement.pdf?se=2026';
    assert.equal(isAllowedFileUrl(file, 'sandbox', sandbox), true);
    assert.equal(isAllowedFileUrl(file, 'production', sandbox), false);
    assert.equal(isAllowedFileUrl('http://localhost:9999/x.pdf', 'sandbox', sandbox), false);
    assert.equal(isAllowedFileUrl('http://user@localhost:5173/x.pdf', 'sandbox', sandbox), false);
  });
});

describe('security: the partner’s e-mail link is one plain address (finding 14)', () => {
  it('links a plain address to exactly that address', () => {
    assert.equal(mailtoHref('cases@wcr.example'), 'mailto:cases@wcr.example');
    assert.equal(mailtoHref(' jens.o+inkasso@partner-dk.example.dk '), 'mailto:jens.o+inkasso@partner-dk.example.dk');
  });

  it('refuses addresses that would pre-fill the message or add recipients', () => {
    for (const address of [
      'cases@wcr.example?subject=Payment%20details&body=Send%20to%20DK00...',
      'cases@wcr.example?cc=attacker@evil.example',
      'cases@wcr.example&bcc=attacker@evil.example',
      'cases@wcr.example,attacker@evil.example',
      'cases@wcr.example attacker@evil.example',
      'cases@wcr.example#x',
      'cases%40wcr.example',
      'javascript:alert(1)//@x.example',
      'cases@localhost',
      'not an address',
      '',
      null,
    ]) {
      assert.equal(mailtoHref(address), null, String(address));
    }
  });
});
