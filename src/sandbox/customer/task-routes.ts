// GET /tasks (account-wide, paged) and GET /cases/{id}/tasks (one case, no account-level tasks), both
// filtered by `status` (Open by default) and repeatable `type`.
import type { Hono } from 'hono';
import type { CustomerEnv } from '../auth.js';
import type { SandboxContext } from '../context.js';
import { apiErrorBody } from './api-error-body.js';
import { parsePaging } from './case-list-query.js';
import { findTenantCase } from './case-lookup.js';
import { caseTasksOf, taskStatuses, taskTypes, tasksOf, type TaskDto } from './case-tasks.js';
import { pageOf } from './paging.js';
import { queryList, queryValue } from './query-params.js';

const DEFAULT_PAGE_SIZE = 10;

type TaskFilter = { ok: true; keep(task: TaskDto): boolean } | { ok: false; message: string };

function matchName<T extends string>(names: readonly T[], value: string): T | undefined {
  return names.find((name) => name.toLowerCase() === value.toLowerCase());
}

function parseTaskFilter(params: URLSearchParams): TaskFilter {
  const statusText = queryValue(params, 'status') ?? 'Open';
  const status = matchName(taskStatuses, statusText);
  if (!status) return { ok: false, message: `status: '${statusText}' is not one of ${taskStatuses.join(', ')}.` };
  const types = new Set<string>();
  for (const text of queryList(params, 'type')) {
    const type = matchName(taskTypes, text);
    if (!type) return { ok: false, message: `type: '${text}' is not one of ${taskTypes.join(', ')}.` };
    types.add(type);
  }
  return { ok: true, keep: (task) => task.status === status && (types.size === 0 || types.has(task.type)) };
}

export function addTaskRoutes(app: Hono<CustomerEnv>, ctx: SandboxContext): void {
  app.get('/tasks', (c) => {
    const params = new URL(c.req.url).searchParams;
    const filter = parseTaskFilter(params);
    if (!filter.ok) return c.json(apiErrorBody('ValidationError', filter.message), 400);
    const paging = parsePaging(params, DEFAULT_PAGE_SIZE);
    if (!paging.ok) return c.json(apiErrorBody('ValidationError', paging.message), 400);
    const tasks = tasksOf(ctx, c.get('tenant')).filter(filter.keep);
    const { page, items } = pageOf(tasks, paging.value.page, paging.value.pageSize);
    return c.json({ page, tasks: items }, 200);
  });

  app.get('/cases/:id/tasks', (c) => {
    const stored = findTenantCase(ctx, c);
    if (stored instanceof Response) return stored;
    const filter = parseTaskFilter(new URL(c.req.url).searchParams);
    if (!filter.ok) return c.json(apiErrorBody('ValidationError', filter.message), 400);
    return c.json(caseTasksOf(ctx, stored).filter(filter.keep), 200);
  });
}
