import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAllowedHandoffUrl } from '../../src/widget/handoff/handoff-url.js';
import { customerApiBaseUrl, parseEnvironment } from '../../src/widget/api/api-base-url.js';

test('Debitura https hosts may be opened', () => {
  for (const url of [
    'https://app.debitura.com/Signing/PendingContracts?returnUrl=https%3A%2F%2Fpartner.example',
    'https://referral.debitura.com/onboarding/x',
    'https://testreferral.debitura.com/kyc',
    'https://debitura.com/',
  ]) {
    assert.equal(isAllowedHandoffUrl(url, 'production', null), true, url);
  }
});

test('look-alike hosts, other schemes and credentials in the URL are refused', () => {
  for (const url of [
    'http://app.debitura.com/Signing',
    'https://debitura.com.evil.example/',
    'https://evildebitura.com/',
    'javascript:alert(1)',
    'data:text/html,hi',
    'https://user:pass@app.debitura.com/',
    '/relative/path',
    'not a url',
  ]) {
    assert.equal(isAllowedHandoffUrl(url, 'production', null), false, url);
  }
});

test('the sandbox origin is trusted in sandbox mode only', () => {
  const sandbox = 'http://localhost:5173';
  assert.equal(isAllowedHandoffUrl('http://localhost:5173/referral/signing/abc', 'sandbox', sandbox), true);
  assert.equal(isAllowedHandoffUrl('http://localhost:5173/referral/signing/abc', 'production', sandbox), false);
  assert.equal(isAllowedHandoffUrl('http://localhost:9999/x', 'sandbox', sandbox), false);
  assert.equal(isAllowedHandoffUrl('https://app.debitura.com/x', 'sandbox', sandbox), true);
});

test('environments map to the Customer API hosts; api-base wins', () => {
  const origin = 'https://partner.example';
  assert.equal(customerApiBaseUrl('production', null, origin), 'https://customer-api.debitura.com');
  assert.equal(customerApiBaseUrl('test', null, origin), 'https://testcustomer-api.debitura.com');
  assert.equal(customerApiBaseUrl('sandbox', null, origin), 'https://partner.example/customer');
  assert.equal(customerApiBaseUrl('production', '/debitura-proxy/', origin), 'https://partner.example/debitura-proxy');
  assert.equal(customerApiBaseUrl('test', 'https://proxy.example/api', origin), 'https://proxy.example/api');
});

test('an unknown environment value falls back to production', () => {
  assert.equal(parseEnvironment('staging'), 'production');
  assert.equal(parseEnvironment(null), 'production');
  assert.equal(parseEnvironment('sandbox'), 'sandbox');
});
