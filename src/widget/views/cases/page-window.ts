// Which page numbers the pager shows: always the first and last, the current one with its neighbours, and a gap
// marker where pages are skipped, so paging stays short however many cases there are.

export type PageWindowItem = number | 'gap';

export function pageWindow(current: number, total: number, neighbours = 1): PageWindowItem[] {
  if (total <= 0) return [];
  const page = Math.min(Math.max(1, current), total);
  const shown = new Set<number>([1, total]);
  for (let offset = -neighbours; offset <= neighbours; offset++) {
    const candidate = page + offset;
    if (candidate >= 1 && candidate <= total) shown.add(candidate);
  }
  const sorted = [...shown].sort((a, b) => a - b);
  const items: PageWindowItem[] = [];
  for (const [index, number] of sorted.entries()) {
    const previous = sorted[index - 1];
    if (previous !== undefined && number - previous === 2) items.push(previous + 1);
    else if (previous !== undefined && number - previous > 2) items.push('gap');
    items.push(number);
  }
  return items;
}

/** "21–40 of 150": the 1-based index of the first and last case on a page. */
export function pageRange(page: number, pageSize: number, totalResults: number): { first: number; last: number } {
  if (totalResults <= 0) return { first: 0, last: 0 };
  const first = Math.min((page - 1) * pageSize + 1, totalResults);
  return { first, last: Math.min(page * pageSize, totalResults) };
}
