// The partner-wide case list's pure rules: the Referral GET /cases query each filter asks for, that a change of
// filter starts again at page 1, and the country and collection partner choices the filter options give.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { partnerCaseSearchParams } from '../../src/console/api/referral-queries.js';
import { caseFilterChoicesOf } from '../../src/console/views/cases/case-filter-choices.js';
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

  it('sends the debtor country and the collection partner by the ids of the filter options', () => {
    const partner = '5b0c1f8e-7a52-4c1e-9a57-2f4f3c1d9e10';
    const state = updatePartnerCaseListState(defaultPartnerCaseListState, { country: '208', partner });
    assert.equal(
      partnerCaseSearchParams(partnerCaseQueryOf(state)).toString(),
      `Page=1&PageSize=25&CountryIds=208&CollectionPartnerIds=${partner}&Sort=DateCreated%3Adesc`,
    );
    assert.equal(isFilteredPartnerCaseList(updatePartnerCaseListState(defaultPartnerCaseListState, { partner })), true);
    assert.equal(
      isFilteredPartnerCaseList(updatePartnerCaseListState(defaultPartnerCaseListState, { country: '208' })),
      true,
    );
  });

  it('offers the options that have an id and a name, in the order Debitura gives', () => {
    const choices = caseFilterChoicesOf({
      countries: [
        { id: 208, name: 'Denmark' },
        { name: 'Nowhere' },
        { id: 276, name: 'Germany' },
        { id: 752, name: null },
      ],
      carveoutPartners: null,
    });
    assert.deepEqual(choices, {
      countries: [
        { value: '208', label: 'Denmark' },
        { value: '276', label: 'Germany' },
      ],
      partners: [],
    });
  });

  it('starts again at page 1 when a filter changes, and keeps the page otherwise', () => {
    const onPage5 = updatePartnerCaseListState(defaultPartnerCaseListState, { page: 5 });
    assert.equal(onPage5.page, 5);
    assert.equal(updatePartnerCaseListState(onPage5, { status: 'Closed' }).page, 1);
    assert.equal(updatePartnerCaseListState(onPage5, { country: '208' }).page, 1);
  });
});
