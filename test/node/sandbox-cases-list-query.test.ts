import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { InvoiceDto } from '../../src/wire/index.js';
import { selectCases } from '../../src/sandbox/customer/case-list.js';
import { parseCaseListQuery, parseSort } from '../../src/sandbox/customer/case-list-query.js';
import { pageOf } from '../../src/sandbox/customer/paging.js';

function parse(query: string) {
  const result = parseCaseListQuery(new URLSearchParams(query));
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

function rejects(query: string): string {
  const result = parseCaseListQuery(new URLSearchParams(query));
  assert.equal(result.ok, false, `${query} should be rejected`);
  return result.ok ? '' : result.message;
}

const cases: InvoiceDto[] = [
  {
    id: 'a0000000-0000-4000-8000-000000000001',
    reference: 'QAAAAAA1',
    creditorReference: 'INV-1',
    lifecycle: 'Active',
    grossAmount: 300,
    dateCreated: '2026-01-03T00:00:00Z',
    debtor: { type: 'Company', name: 'Fjord Foods' },
  },
  {
    id: 'a0000000-0000-4000-8000-000000000002',
    reference: 'QAAAAAA2',
    creditorReference: 'INV-2',
    lifecycle: 'Closed',
    grossAmount: 100,
    dateCreated: '2026-01-01T00:00:00Z',
    debtor: { type: 'Company', name: 'Nordic Wood' },
  },
  {
    id: 'a0000000-0000-4000-8000-000000000003',
    reference: 'QAAAAAA3',
    creditorReference: 'X-3',
    lifecycle: 'More Info Required',
    grossAmount: 200,
    dateCreated: '2026-01-02T00:00:00Z',
    debtor: { type: 'Private', name: 'Ola Fjordmann' },
  },
];

describe('GET /cases query', () => {
  it('defaults to page 1 of 10, newest first', () => {
    const request = parse('');
    assert.equal(request.page, 1);
    assert.equal(request.pageSize, 10);
    assert.deepEqual(
      selectCases(cases, request).map((invoice) => invoice.reference),
      ['QAAAAAA1', 'QAAAAAA3', 'QAAAAAA2'],
    );
  });

  it('rejects page sizes outside 1..100 and pages below 1', () => {
    assert.match(rejects('PageSize=0'), /PageSize/);
    assert.match(rejects('PageSize=101'), /PageSize/);
    assert.match(rejects('pagesize=abc'), /PageSize/);
    assert.match(rejects('Page=0'), /Page/);
    assert.equal(parse('PageSize=100').pageSize, 100);
  });

  it('filters statuses by name or label, repeated or comma-separated, any case', () => {
    const repeated = parse('Statuses=active&statuses=NEEDSADDITIONALDETAILS');
    assert.deepEqual(repeated.statuses, ['Active', 'NeedsAdditionalDetails']);
    const commas = parse('Statuses=Closed,more info required');
    assert.deepEqual(
      selectCases(cases, commas).map((invoice) => invoice.reference),
      ['QAAAAAA3', 'QAAAAAA2'],
    );
    assert.match(rejects('Statuses=Finished'), /Finished/);
  });

  it('searches reference, creditor reference and debtor name', () => {
    assert.deepEqual(
      selectCases(cases, parse('Query=fjord')).map((invoice) => invoice.reference),
      ['QAAAAAA1', 'QAAAAAA3'],
    );
    assert.deepEqual(
      selectCases(cases, parse('Query=inv-2')).map((invoice) => invoice.reference),
      ['QAAAAAA2'],
    );
    assert.deepEqual(
      selectCases(cases, parse('Query=qaaaaaa3')).map((invoice) => invoice.reference),
      ['QAAAAAA3'],
    );
  });

  it('sorts by several fields, ignoring unknown ones', () => {
    assert.deepEqual(parseSort('GrossAmount:desc,Bogus:asc,dueDate'), [
      { field: 'GrossAmount', direction: 'desc' },
      { field: 'DueDate', direction: 'asc' },
    ]);
    assert.deepEqual(
      selectCases(cases, parse('Sort=GrossAmount')).map((invoice) => invoice.grossAmount),
      [100, 200, 300],
    );
    assert.deepEqual(
      selectCases(cases, parse('Sort=Nonsense')).map((invoice) => invoice.reference),
      ['QAAAAAA1', 'QAAAAAA3', 'QAAAAAA2'],
    );
    assert.deepEqual(
      selectCases(cases, parse('Sort=Lifecycle:asc')).map((invoice) => invoice.lifecycle),
      ['More Info Required', 'Active', 'Closed'],
    );
  });

  it('filters by case ids and rejects ids that are not GUIDs', () => {
    const request = parse('Ids=A0000000-0000-4000-8000-000000000002');
    assert.deepEqual(
      selectCases(cases, request).map((invoice) => invoice.reference),
      ['QAAAAAA2'],
    );
    assert.match(rejects('Ids=nope'), /GUID/);
  });

  it('pages with the page block Debitura sends', () => {
    const { page, items } = pageOf([1, 2, 3, 4, 5], 3, 2);
    assert.deepEqual(items, [5]);
    assert.deepEqual(page, { totalResults: 5, pageSize: 2, currentPage: 3, responseCount: 1, totalPages: 3 });
    assert.deepEqual(pageOf([1], 4, 2).page.responseCount, 0);
  });
});
