// Reads every page of a paged Referral API list (up to a bound), for what needs the whole filtered set at once:
// sums by client and by month, and the CSV export.

export interface PagedAnswer<T> {
  rows: T[];
  totalPages: number;
}

export interface AllPages<T> {
  rows: T[];
  /** More pages existed than the bound allowed; `rows` holds the first ones only. */
  truncated: boolean;
}

/** Asks for page 1, then every further page the first answer announces, at most `maxPages` in all. */
export async function readAllPages<T>(
  readPage: (page: number) => Promise<PagedAnswer<T>>,
  maxPages: number,
): Promise<AllPages<T>> {
  const first = await readPage(1);
  const rows = [...first.rows];
  const last = Math.min(first.totalPages, maxPages);
  for (let page = 2; page <= last; page++) rows.push(...(await readPage(page)).rows);
  return { rows, truncated: first.totalPages > maxPages };
}
