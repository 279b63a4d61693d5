// The partner branding's pure rules: readable header colours only, CSS text only from checked values, logos
// only from https (or the sandbox's own origin in sandbox mode), and a token answer's bad branding dropped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brandHeaderColors, brandStyleText, isAllowedLogoUrl } from '../../src/widget/styles/partner-brand.js';
import { fetchFromEndpoint } from '../../src/widget/token/token-source.js';
import { allowCustomerApiCode } from '../../src/widget/api/customer-api-code.js';

// Answers are checked by the API code, which a page lets load once its first view is drawn; no view here.
allowCustomerApiCode();

test('header colours are used only as a readable pair', () => {
  assert.deepEqual(brandHeaderColors({ backgroundColor: '#0B3D91', fontColor: '#FFFFFF' }), {
    background: '#0B3D91',
    text: '#FFFFFF',
  });
  assert.equal(brandHeaderColors({ backgroundColor: '#FFFFFF', fontColor: '#EEEEEE' }), null, '1.16:1 is unreadable');
  assert.equal(brandHeaderColors({ backgroundColor: '#FFFFFF' }), null);
});

test('the branding sheet sets only the private brand properties', () => {
  assert.equal(
    brandStyleText({ fontFamily: 'Inter, sans-serif', backgroundColor: '#fff', fontColor: '#111' }),
    ':host { --_brand-font-family: Inter, sans-serif; --_brand-header-bg: #fff; --_brand-header-fg: #111; }',
  );
  assert.equal(brandStyleText(undefined), '');
});

test('logos come from https, or from the sandbox origin in sandbox mode only', () => {
  assert.equal(isAllowedLogoUrl('https://cdn.debitura.com/logo.svg', 'production', null), true);
  assert.equal(isAllowedLogoUrl('http://cdn.example/logo.svg', 'production', null), false);
  assert.equal(isAllowedLogoUrl('http://127.0.0.1:8000/hosted/logo.svg', 'sandbox', 'http://127.0.0.1:8000'), true);
  assert.equal(isAllowedLogoUrl('http://elsewhere.test/logo.svg', 'sandbox', 'http://127.0.0.1:8000'), false);
  // Through the partner's proxy the API base is the page's origin, while a local sandbox serves logos on loopback.
  assert.equal(isAllowedLogoUrl('http://localhost:4010/hosted/logo.svg', 'sandbox', 'https://app.example'), true);
  assert.equal(isAllowedLogoUrl('http://localhost:4010/hosted/logo.svg', 'test', null), false);
  assert.equal(isAllowedLogoUrl('javascript:alert(1)', 'sandbox', 'http://127.0.0.1:8000'), false);
});

test('a token answer keeps its token when its branding does not pass the checks', async () => {
  const answer = (branding: unknown) => async () => Response.json({ accessToken: 'jwt', expiresIn: 60, branding });
  const good = await fetchFromEndpoint('/token', answer({ fontFamily: 'Inter', logoUrl: 'https://cdn.test/l.svg' }));
  assert.deepEqual(good.branding, { fontFamily: 'Inter', logoUrl: 'https://cdn.test/l.svg' });
  const bad = await fetchFromEndpoint('/token', answer({ fontFamily: 'x; } :host { display: none' }));
  assert.equal(bad.accessToken, 'jwt');
  assert.equal(bad.branding, undefined);
});
