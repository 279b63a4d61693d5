// The creditor's open tasks, every page of GET /tasks. A queue is short in practice (it empties as the creditor
// acts); the page limit only keeps a runaway account from costing more than a few requests per refresh.
import type { TaskDto } from '../../../wire/tasks.js';
import type { CustomerApi } from '../../api/customer-api-client.js';

const pageSize = 100;
const maxPages = 5;

export async function loadOpenTasks(client: CustomerApi, signal?: AbortSignal): Promise<TaskDto[]> {
  const tasks: TaskDto[] = [];
  for (let page = 1; page <= maxPages; page++) {
    const answer = await client.listTasks({ status: 'Open', Page: page, PageSize: pageSize }, signal);
    tasks.push(...(answer.tasks ?? []));
    if (page >= (answer.page.totalPages ?? 1)) break;
  }
  return tasks;
}
