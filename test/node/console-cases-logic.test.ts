// The partner-wide case list's pure rules: the Referral GET /cases query each filter asks for, and that a
// change of filter starts again at page 1.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { partnerCaseSearchParams } from '../../src/console/api/referral-queries.js';
import {
  defaultPartnerCaseListState,
  isFilteredPartnerCaseList,
  partnerCaseQueryOf,
  updatePartnerCaseListState,
} from '../../src/console/views/cases/partner-case-list-state.js';

describe('console partner-wide case list state', () => {
  it('asks for the newest cases first by default', () => {
    assert.equal(
      partnerCaseSearchParams(partnerCaseQueryOf(defaultPartnerCaseListState)).toString(),
      'Page=1&PageSize=25&Sort=DateCreated%3Adesc',
    );
    assert.equal(isFilteredPartnerCaseList(defaultPartnerCaseListState), false);
  });

  it('sends the client, one status, whole UTC days and the search', () => {
    const state = updatePartnerCaseListState(defaultPartnerCaseListState, {
      client: 'acme-ready',
      status: 'Active',
      from: '2026-10-01',
      to: '2026-10-31',
      query: ' Pioneer ',
      sort: 'GrossAmount:desc',
    });
    assert.equal(
      partnerCaseSearchParams(partnerCaseQueryOf(state)).toString(),
      'Page=1&PageSize=25&Query=Pioneer&ExternalTenantId=acme-ready&Statuses=Active&FromDate=2026-10-01T00%3A00%3A00Z&ToDate=2026-10-31T23%3A59%3A59Z&Sort=GrossAmount%3Adesc',
    );
    assert.equal(isFilteredPartnerCaseList(state), true);
  });

  it('starts again at page 1 when a filter changes, and keeps the page otherwise', () => {
    const onPage5 = updatePartnerCaseListState(defaultPartnerCaseListState, { page: 5 });
    assert.equal(onPage5.page, 5);
    assert.equal(updatePartnerCaseListState(onPage5, { status: 'Closed' }).page, 1);
  });
});
