// The partner console's pure rules for the clients list and the Referral API queries it sends: what each
// filter asks Debitura for, that a change of filter starts again at page 1, and both spellings of KYC status.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  clientListSearchParams,
  partnerCaseSearchParams,
  transactionSearchParams,
} from '../../src/console/api/referral-queries.js';
import {
  clientListQueryOf,
  defaultClientListState,
  isFilteredClientList,
  kycLabelOf,
  updateClientListState,
} from '../../src/console/views/clients/client-list-state.js';

describe('console clients list state', () => {
  it('asks for the first page, newest link first, by default', () => {
    assert.equal(
      clientListSearchParams(clientListQueryOf(defaultClientListState)).toString(),
      'Page=1&PageSize=25&Sort=dateCreated%3Adesc',
    );
    assert.equal(isFilteredClientList(defaultClientListState), false);
  });

  it('turns the filters into the spec’s boolean parameters and a trimmed search', () => {
    const state = updateClientListState(defaultClientListState, {
      query: '  Kestrel ',
      attribution: 'linkedOnly',
      onboarding: 'done',
      sort: 'name:asc',
    });
    assert.equal(
      clientListSearchParams(clientListQueryOf(state)).toString(),
      'Page=1&PageSize=25&Query=Kestrel&IsAttributedClient=false&OnboardingDone=true&Sort=name%3Aasc',
    );
    assert.equal(isFilteredClientList(state), true);
    const pending = updateClientListState(defaultClientListState, { attribution: 'attributed', onboarding: 'pending' });
    assert.equal(clientListQueryOf(pending).IsAttributedClient, true);
    assert.equal(clientListQueryOf(pending).OnboardingDone, false);
  });

  it('starts again at page 1 when anything but the page changes', () => {
    const onPage3 = updateClientListState(defaultClientListState, { page: 3 });
    assert.equal(onPage3.page, 3);
    assert.equal(updateClientListState(onPage3, { query: 'acme' }).page, 1);
    assert.equal(updateClientListState(onPage3, { pageSize: 50 }).page, 1);
    assert.equal(updateClientListState(onPage3, { page: 4 }).page, 4);
  });

  it('reads KYC status in either spelling Debitura may send', () => {
    assert.equal(kycLabelOf('not_required'), 'NotRequired');
    assert.equal(kycLabelOf('NotRequired'), 'NotRequired');
    assert.equal(kycLabelOf('pending'), 'Pending');
    assert.equal(kycLabelOf('Verified'), 'Verified');
    assert.equal(kycLabelOf(undefined), 'unknown');
  });
});

describe('console Referral API queries', () => {
  it('sends revenue stages as their index, repeating the key, and leaves a one-letter search out', () => {
    assert.equal(
      transactionSearchParams({
        FromDate: '2026-10-01',
        ToDate: '2026-10-31',
        RevenueStages: ['Pending', 'Paid'],
        Search: 'a',
        Page: 1,
        PageSize: 100,
      }).toString(),
      'FromDate=2026-10-01&ToDate=2026-10-31&Page=1&PageSize=100&RevenueStages=0&RevenueStages=5',
    );
    assert.equal(transactionSearchParams({ Search: ' ac ' }).toString(), 'Search=ac');
  });

  it('repeats the key for case statuses and leaves unset values out', () => {
    assert.equal(
      partnerCaseSearchParams({ Statuses: ['Active', 'Closed'], Query: '', ExternalTenantId: 'acme-ready' }).toString(),
      'Statuses=Active&Statuses=Closed&ExternalTenantId=acme-ready',
    );
  });
});
