// GET /users: the creditor's team, paginated (default 50). Its errors are ProblemDetails, as the spec says.
import type { Hono } from 'hono';
import type { UserListDto } from '../../wire/index.js';
import type { CustomerEnv } from '../auth.js';
import { parsePaging } from './case-list-query.js';
import { pageOf } from './paging.js';
import { teamUserDto } from './team-users.js';

const DEFAULT_USERS_PAGE_SIZE = 50;

export function addUserRoutes(app: Hono<CustomerEnv>): void {
  app.get('/users', (c) => {
    const paging = parsePaging(new URL(c.req.url).searchParams, DEFAULT_USERS_PAGE_SIZE);
    if (!paging.ok) {
      return c.json(
        {
          type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
          title: 'Bad Request',
          status: 400,
          detail: paging.message,
        },
        400,
        { 'Content-Type': 'application/problem+json' },
      );
    }
    const { page, items } = pageOf(c.get('tenant').users, paging.value.page, paging.value.pageSize);
    const body: UserListDto = { page, users: items.map(teamUserDto) };
    return c.json(body, 200);
  });
}
