// Case rows link to the partner's own case page when it gives a URL pattern; only web addresses qualify.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { caseHref } from '../../src/widget/views/cases/case-link.js';

const page = 'https://app.partner.example/collections?tab=cases';

test('fills the case id into the pattern, resolved against the page', () => {
  assert.equal(
    caseHref('/collections/cases/{caseId}', 'c-1', page),
    'https://app.partner.example/collections/cases/c-1',
  );
  assert.equal(
    caseHref('case?id={caseId}&from=list', 'c-1', page),
    'https://app.partner.example/case?id=c-1&from=list',
  );
  assert.equal(caseHref('https://other.example/{caseId}/{caseId}', 'c-1', page), 'https://other.example/c-1/c-1');
});

test('encodes the case id, so it can never change the path or the query', () => {
  assert.equal(
    caseHref('/cases/{caseId}', '../admin?x=1#y', page),
    'https://app.partner.example/cases/..%2Fadmin%3Fx%3D1%23y',
  );
});

test('no link without a pattern, without the placeholder, or for anything but http(s)', () => {
  assert.equal(caseHref(null, 'c-1', page), null);
  assert.equal(caseHref('', 'c-1', page), null);
  assert.equal(caseHref('/cases/', 'c-1', page), null);
  assert.equal(caseHref('javascript:alert(1)//{caseId}', 'c-1', page), null);
  assert.equal(caseHref('data:text/html,{caseId}', 'c-1', page), null);
  assert.equal(caseHref('/cases/{caseId}', '', page), null);
});
