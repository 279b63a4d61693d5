// One page of a list plus the `page` block (PageData) Debitura puts beside it.
import type { PageData } from '../../wire/index.js';

export function pageOf<T>(items: readonly T[], page: number, pageSize: number): { page: PageData; items: T[] } {
  const start = (page - 1) * pageSize;
  const slice = items.slice(start, start + pageSize);
  return {
    page: {
      totalResults: items.length,
      pageSize,
      currentPage: page,
      responseCount: slice.length,
      totalPages: Math.ceil(items.length / pageSize),
    },
    items: slice,
  };
}
