// One row per figure of the performance table, and the plain-text table `npm run bench` prints.

export interface BenchRow {
  /** What was measured, e.g. "script-tag bundle (IIFE), brotli". */
  what: string;
  /** The figure as shown, e.g. "56.39 kB" or "median 31.2 ms, p95 44.0 ms". */
  figure: string;
  /** The number the budget is checked against, in the budget's unit. */
  value: number | null;
  /** The budget as shown, or "—" for figures given for information. */
  budget: string;
  /** null for rows without a budget. */
  pass: boolean | null;
  /** How it was measured, when that matters for reading the figure. */
  note?: string;
}

export function budgetRow(
  what: string,
  figure: string,
  value: number,
  budget: string,
  withinBudget: (value: number) => boolean,
  note?: string,
): BenchRow {
  return {
    what,
    figure,
    value,
    budget,
    pass: Number.isFinite(value) && withinBudget(value),
    ...(note ? { note } : {}),
  };
}

export function infoRow(what: string, figure: string, note?: string): BenchRow {
  return { what, figure, value: null, budget: '—', pass: null, ...(note ? { note } : {}) };
}

export function failedRow(what: string, budget: string, error: unknown): BenchRow {
  const message = error instanceof Error ? error.message : String(error);
  return { what, figure: 'not measured', value: null, budget, pass: false, note: `error: ${message.split('\n')[0]}` };
}

function verdict(row: BenchRow): string {
  return row.pass === null ? '' : row.pass ? 'pass' : 'FAIL';
}

export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['measurement', 'figure', 'budget', 'result'];
  // Rows with a note get a [n] marker; the notes follow the table.
  const cells = rows.map((row, index) => [
    row.note ? `${row.what} [${index + 1}]` : row.what,
    row.figure,
    row.budget,
    verdict(row),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column]!.length)));
  const line = (cell: string[]) =>
    cell
      .map((text, column) => text.padEnd(widths[column]!))
      .join(' │ ')
      .trimEnd();
  const notes = rows.flatMap((row, index) => (row.note ? [`  [${index + 1}] ${row.note}`] : []));
  return [
    line(header),
    widths.map((width) => '─'.repeat(width)).join('─┼─'),
    ...cells.map(line),
    ...(notes.length > 0 ? ['', ...notes] : []),
  ].join('\n');
}
