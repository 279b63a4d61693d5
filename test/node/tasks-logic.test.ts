// The tasks view's pure logic: order, deadline wording in each language, actions, counts per case, the texts per
// task type, and the GET /tasks query and answer as the spec has them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { taskListSearchParams } from '../../src/widget/api/customer-api-client.js';
import { messages as da } from '../../src/widget/i18n/da/index.js';
import { messages as de } from '../../src/widget/i18n/de/index.js';
import { en } from '../../src/widget/i18n/en/index.js';
import { interpolate } from '../../src/widget/i18n/interpolate.js';
import { plural } from '../../src/widget/i18n/plural.js';
import { knownTaskType, taskAction } from '../../src/widget/views/tasks/task-action.js';
import {
  deadlineState,
  openTasksByCase,
  relativeDays,
  sortTasks,
  taskQueueFingerprint,
} from '../../src/widget/views/tasks/task-order.js';
import { TaskListDto, taskTypes, type TaskDto } from '../../src/wire/tasks.js';

const caseA = '11111111-1111-4111-8111-111111111111';
const caseB = '22222222-2222-4222-8222-222222222222';

function task(id: string, fields: Partial<TaskDto> = {}): TaskDto {
  return {
    id: `00000000-0000-4000-8000-${id.padStart(12, '0')}`,
    type: 'Generic',
    title: `task ${id}`,
    status: 'Open',
    dateCreated: '2026-11-01T10:00:00Z',
    ...fields,
  };
}

const now = new Date('2026-12-01T12:00:00Z');

test('overdue tasks come first, then the soonest due, then undated ones oldest first', () => {
  const ordered = sortTasks([
    task('1', { deadline: null, dateCreated: '2026-11-20T00:00:00Z' }),
    task('2', { deadline: '2026-12-10T00:00:00Z' }),
    task('3', { deadline: '2026-11-25T00:00:00Z' }),
    task('4', { deadline: null, dateCreated: '2026-11-02T00:00:00Z' }),
    task('5', { deadline: '2026-12-02' }),
    task('6', { deadline: '2026-11-30T00:00:00' }),
  ]);
  assert.deepEqual(
    ordered.map((item) => item.title),
    ['task 3', 'task 6', 'task 5', 'task 2', 'task 4', 'task 1'],
  );
});

test('a deadline is overdue or due in whole calendar days, none without one', () => {
  assert.deepEqual(deadlineState({ deadline: null }, now), { kind: 'none' });
  assert.deepEqual(deadlineState({ deadline: '2026-11-28T09:00:00Z' }, now), { kind: 'overdue', days: 3 });
  assert.deepEqual(deadlineState({ deadline: '2026-12-01T08:00:00Z' }, now), { kind: 'overdue', days: 0 });
  assert.deepEqual(deadlineState({ deadline: '2026-12-01T18:00:00Z' }, now), { kind: 'due', days: 0 });
  assert.deepEqual(deadlineState({ deadline: '2026-12-02T01:00:00Z' }, now), { kind: 'due', days: 1 });
  assert.deepEqual(deadlineState({ deadline: '2026-12-06' }, now), { kind: 'due', days: 5 });
});

test('the deadline reads naturally in English, Danish and German', () => {
  const cases: Array<[typeof en, string, string, string]> = [
    [en, 'en', 'Overdue: was due 3 days ago (Nov 28, 2026)', 'Due tomorrow (Dec 2, 2026)'],
    [da, 'da', 'Overskredet: fristen var for 3 dage siden (28. nov. 2026)', 'Frist i morgen (2. dec. 2026)'],
    [de, 'de', 'Überfällig: war fällig vor 3 Tagen (28.11.2026)', 'Fällig morgen (02.12.2026)'],
  ];
  for (const [messages, locale, overdue, due] of cases) {
    const words = messages.tasks.deadline;
    const late = deadlineState({ deadline: '2026-11-28' }, now);
    const soon = deadlineState({ deadline: '2026-12-02' }, now);
    const date = (value: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(value));
    assert.equal(
      interpolate(words.overdue, { relative: relativeDays(late, locale), date: date('2026-11-28') }),
      overdue,
    );
    assert.equal(interpolate(words.due, { relative: relativeDays(soon, locale), date: date('2026-12-02') }), due);
  }
  assert.equal(relativeDays(deadlineState({ deadline: '2026-12-06' }, now), 'da'), 'om 5 dage');
});

test('the count reads in each language’s plural forms', () => {
  assert.equal(plural('en', en.tasks.count, 1, { count: 1 }), '1 task needs your attention');
  assert.equal(plural('en', en.tasks.count, 3, { count: 3 }), '3 tasks need your attention');
  assert.equal(plural('da', da.tasks.count, 1, { count: 1 }), '1 opgave kræver din handling');
  assert.equal(plural('de', de.tasks.count, 2, { count: 2 }), '2 Aufgaben brauchen Ihre Aufmerksamkeit');
});

test('every task type has the widget’s own words in every language; an unknown type reads as a general task', () => {
  for (const messages of [en, da, de]) {
    for (const type of taskTypes) {
      const label = messages.tasks.types[type];
      assert.ok(label && label !== type, `${messages.language} ${type}`);
    }
  }
  assert.equal(da.tasks.types.ReplyToChat, 'Svar på en besked');
  assert.equal(knownTaskType('SomethingNew'), 'Generic');
  assert.equal(knownTaskType(null), 'Generic');
  assert.equal(knownTaskType('SelectQuoteWinner'), 'SelectQuoteWinner');
});

test('a chat reply stays in the widget; other tasks open Debitura’s page only when it is trusted', () => {
  const trusted = (url: string) => url.startsWith('https://app.debitura.com/');
  const options = { returnUrl: 'https://partner.example/back', isAllowed: trusted };
  assert.deepEqual(taskAction(task('1', { type: 'ReplyToChat', caseId: caseA }), options), {
    kind: 'reply',
    caseId: caseA,
  });
  assert.deepEqual(
    taskAction(
      task('2', { type: 'SelectQuoteWinner', solutionUrl: 'https://app.debitura.com/cases/1#quotes' }),
      options,
    ),
    {
      kind: 'handoff',
      url: 'https://app.debitura.com/cases/1?returnUrl=https%3A%2F%2Fpartner.example%2Fback#quotes',
      actionKind: 'task',
      reasons: ['SelectQuoteWinner'],
    },
  );
  const signing = taskAction(task('3', { type: 'SignContract', solutionUrl: 'https://app.debitura.com/sign/9' }), {
    ...options,
    returnUrl: null,
  });
  assert.deepEqual(signing, {
    kind: 'handoff',
    url: 'https://app.debitura.com/sign/9',
    actionKind: 'signing',
    reasons: ['SignContract'],
  });
  assert.deepEqual(
    taskAction(task('4', { type: 'AssignBankAccount', solutionUrl: 'https://evil.example/phish' }), options),
    { kind: 'none' },
  );
  assert.deepEqual(taskAction(task('5', { type: 'ReplyToChat', caseId: null, solutionUrl: null }), options), {
    kind: 'none',
  });
});

test('open tasks are counted per case; account-wide and solved ones are not', () => {
  const counts = openTasksByCase([
    task('1', { caseId: caseA }),
    task('2', { caseId: caseA }),
    task('3', { caseId: caseB }),
    task('4', { caseId: null }),
    task('5', { caseId: caseB, status: 'Solved' }),
  ]);
  assert.deepEqual(
    [...counts],
    [
      [caseA, 2],
      [caseB, 1],
    ],
  );
});

test('the queue counts as changed when a task comes, goes or moves its deadline, not when only the order differs', () => {
  const a = task('1', { deadline: '2026-12-05' });
  const b = task('2');
  assert.equal(taskQueueFingerprint([a, b]), taskQueueFingerprint([b, a]));
  assert.notEqual(taskQueueFingerprint([a, b]), taskQueueFingerprint([a]));
  assert.notEqual(taskQueueFingerprint([a]), taskQueueFingerprint([{ ...a, deadline: '2026-12-09' }]));
});

test('GET /tasks: the query as the spec names it, and the answer read with the spec’s fields', () => {
  assert.equal(
    taskListSearchParams({ status: 'Open', type: ['ReplyToChat', 'SignContract'], Page: 2, PageSize: 100 }).toString(),
    'status=Open&type=ReplyToChat&type=SignContract&Page=2&PageSize=100',
  );
  assert.equal(taskListSearchParams({}).toString(), '');
  const parsed = TaskListDto.safeParse({
    page: { totalResults: 1, pageSize: 10, currentPage: 1, responseCount: 1, totalPages: 1 },
    tasks: [
      {
        id: '81f5174b-60e9-5655-8c90-b0cd265cedd6',
        type: 'ReplyToChat',
        typeLabel: 'Reply to chat',
        title: 'Reply to the collection partner',
        description: 'The partner wrote.',
        status: 'Open',
        caseId: caseA,
        caseReference: 'I3Y81SAB',
        leadId: null,
        deadline: null,
        dateCreated: '2026-06-15T10:00:00.000Z',
        dateSolved: null,
        solutionUrl: 'https://app.debitura.com/cases/1#chat',
        action: null,
      },
    ],
  });
  assert.equal(parsed.success, true);
  assert.equal(TaskListDto.safeParse({ tasks: [] }).success, false, 'page is required');
  assert.equal(TaskListDto.safeParse({ page: {}, tasks: [{ deadline: 'next week' }] }).success, false);
});
