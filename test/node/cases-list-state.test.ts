import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  caseListQueryOf,
  caseListStatesEqual,
  defaultCaseListState,
  parseCaseListState,
  sameCaseListQuery,
  serializeCaseListState,
  updateCaseListState,
} from '../../src/widget/views/cases/case-list-state.js';
import { pageRange, pageWindow } from '../../src/widget/views/cases/page-window.js';
import { caseAmounts, collectedSoFar } from '../../src/widget/views/cases/case-amounts.js';

test('the default list state serializes to an empty record and parses back to the default', () => {
  assert.deepEqual(serializeCaseListState(defaultCaseListState), {});
  assert.ok(caseListStatesEqual(parseCaseListState({}), defaultCaseListState));
  assert.ok(caseListStatesEqual(parseCaseListState(null), defaultCaseListState));
});

test('a changed list state survives a round trip through its flat form', () => {
  const state = {
    statuses: ['Closed', 'Active'] as const,
    query: 'Nordic',
    sortField: 'GrossAmount' as const,
    sortDirection: 'asc' as const,
    page: 3,
    pageSize: 50,
    scrollY: 420,
    openedCaseId: '00000000-0000-0000-0000-000000000007',
  };
  const flat = serializeCaseListState(state);
  assert.deepEqual(flat, {
    statuses: ['Active', 'Closed'],
    query: 'Nordic',
    sort: 'GrossAmount:asc',
    page: 3,
    pageSize: 50,
    scrollY: 420,
    opened: '00000000-0000-0000-0000-000000000007',
  });
  // The flat form may come back from a URL, where everything is a string.
  const fromUrl = parseCaseListState({ ...flat, page: '3', pageSize: '50', scrollY: '420', statuses: 'active,closed' });
  assert.ok(caseListStatesEqual(fromUrl, state));
});

test('broken or unknown values fall back to defaults instead of failing', () => {
  const state = parseCaseListState({
    statuses: ['Nonsense', 'paused'],
    sort: 'Lifecycle:asc',
    page: -4,
    pageSize: 7,
    scrollY: 'x',
    query: 42,
  });
  assert.deepEqual(state.statuses, ['Paused']);
  assert.equal(state.sortField, 'DateCreated');
  assert.equal(state.sortDirection, 'desc');
  assert.equal(state.page, 1);
  assert.equal(state.pageSize, defaultCaseListState.pageSize);
  assert.equal(state.scrollY, 0);
  assert.equal(state.query, '');
});

test('changing a filter, the search, the sort or the page size goes back to page 1', () => {
  const onPage4 = updateCaseListState(defaultCaseListState, { page: 4 });
  assert.equal(onPage4.page, 4);
  assert.equal(updateCaseListState(onPage4, { statuses: ['Active'] }).page, 1);
  assert.equal(updateCaseListState(onPage4, { query: 'acme' }).page, 1);
  assert.equal(updateCaseListState(onPage4, { sortField: 'DueDate' }).page, 1);
  assert.equal(updateCaseListState(onPage4, { pageSize: 100 }).page, 1);
  assert.equal(
    updateCaseListState(onPage4, { scrollY: 300 }).page,
    4,
    'remembering the scroll position keeps the page',
  );
});

test('scroll position and the opened case do not make a different query', () => {
  const a = updateCaseListState(defaultCaseListState, { page: 2 });
  const b = { ...a, scrollY: 900, openedCaseId: 'abc' };
  assert.ok(sameCaseListQuery(a, b));
  assert.ok(!caseListStatesEqual(a, b));
  assert.ok(!sameCaseListQuery(a, { ...a, page: 3 }));
});

test('the GET /cases query carries page, size, statuses, search and sort as the API spells them', () => {
  const state = updateCaseListState(defaultCaseListState, { statuses: ['Active'], query: '  Q8OAXF3W ', pageSize: 10 });
  assert.deepEqual(caseListQueryOf({ ...state, page: 2 }), {
    Page: 2,
    PageSize: 10,
    Statuses: ['Active'],
    Query: 'Q8OAXF3W',
    Sort: 'DateCreated:desc',
  });
  assert.deepEqual(caseListQueryOf(defaultCaseListState), { Page: 1, PageSize: 25, Sort: 'DateCreated:desc' });
});

test('the pager shows first, last and neighbours with gaps, never a one-page gap', () => {
  assert.deepEqual(pageWindow(1, 1), [1]);
  assert.deepEqual(pageWindow(1, 15), [1, 2, 'gap', 15]);
  assert.deepEqual(pageWindow(8, 15), [1, 'gap', 7, 8, 9, 'gap', 15]);
  assert.deepEqual(pageWindow(3, 15), [1, 2, 3, 4, 'gap', 15]);
  assert.deepEqual(pageWindow(15, 15), [1, 'gap', 14, 15]);
  assert.deepEqual(pageWindow(1, 0), []);
});

test('the page range counts cases from 1 and stops at the total', () => {
  assert.deepEqual(pageRange(1, 25, 150), { first: 1, last: 25 });
  assert.deepEqual(pageRange(6, 25, 150), { first: 126, last: 150 });
  assert.deepEqual(pageRange(4, 40, 150), { first: 121, last: 150 });
  assert.deepEqual(pageRange(1, 25, 0), { first: 0, last: 0 });
});

test('collected is what was claimed minus what remains, in cents', () => {
  assert.deepEqual(caseAmounts({ grossAmount: 1000, remainder: 999.9, currency: 'DKK' }), {
    original: 1000,
    collected: 0.1,
    outstanding: 999.9,
    currency: 'DKK',
  });
  assert.equal(collectedSoFar({ grossAmount: 500, remainder: 500, currency: 'EUR' }), null, 'nothing collected yet');
  assert.equal(collectedSoFar({ grossAmount: 500, remainder: 0, currency: 'EUR' }), 500);
  assert.equal(caseAmounts({ grossAmount: 500, currency: 'EUR' }).collected, null, 'unknown without a remainder');
});
