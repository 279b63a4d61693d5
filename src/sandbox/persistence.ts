// Sandbox state on disk: one JSON file, read once at start and written whole after every store change.
// A file the sandbox cannot read as its own state stops it from starting: it never overwrites data that
// it did not write, and its message names the problem without echoing the file.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SandboxSnapshot } from './state.js';
import type { SandboxStore } from './store.js';

/** The data file cannot be used; `message` is short and safe to print. */
export class SandboxDataFileError extends Error {
  constructor(file: string, problem: string) {
    super(
      `${file}: ${problem} The sandbox leaves the file as it is; fix it, move it away, or pick another --data file.`,
    );
    this.name = 'SandboxDataFileError';
  }
}

/** Writes through a temporary file and a rename so a crash never leaves half a snapshot behind. */
export function writeSnapshot(file: string, snapshot: SandboxSnapshot): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(snapshot));
  renameSync(temporary, file);
}

/**
 * The stored snapshot; undefined when there is no state yet (no file, or an empty one). Throws
 * SandboxDataFileError for a file that is not JSON or not a sandbox state file.
 */
export function readSnapshot(file: string): SandboxSnapshot | undefined {
  if (!existsSync(file)) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new SandboxDataFileError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`);
  }
  if (text.trim() === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // The parser's own message quotes the file; this one does not.
    throw new SandboxDataFileError(file, `is not valid JSON (${text.length} characters; truncated or edited?).`);
  }
  const problem = snapshotProblem(parsed);
  if (problem) throw new SandboxDataFileError(file, `is not a Debitura sandbox state file: ${problem}.`);
  return parsed as SandboxSnapshot;
}

/** Keeps `file` in step with the store from now on; returns the function that stops it. */
export function persistStore(store: SandboxStore, file: string): () => void {
  return store.subscribe(() => writeSnapshot(file, store.snapshot()));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What makes `value` something other than a snapshot this sandbox wrote, if anything. */
function snapshotProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return 'expected a JSON object';
  if (value.version !== 1) return 'expected "version": 1';
  for (const key of ['tenants', 'cases', 'idempotency'] as const) {
    if (!Array.isArray(value[key])) return `expected a "${key}" array`;
  }
  if (value.webhooks !== undefined && !Array.isArray(value.webhooks)) return 'expected "webhooks" to be an array';
  const tenants = value.tenants as unknown[];
  if (
    !tenants.every(
      (tenant) =>
        isRecord(tenant) &&
        typeof tenant.externalTenantId === 'string' &&
        typeof tenant.creditorId === 'string' &&
        Array.isArray(tenant.users),
    )
  ) {
    return 'a tenant lacks its externalTenantId, creditorId or users';
  }
  const cases = value.cases as unknown[];
  if (!cases.every((stored) => isRecord(stored) && isRecord(stored.invoice) && typeof stored.invoice.id === 'string')) {
    return 'a case lacks its invoice id';
  }
  const answers = value.idempotency as unknown[];
  if (!answers.every((entry) => Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string')) {
    return 'an idempotency entry is not a [key, answer] pair';
  }
  const webhooks = (value.webhooks ?? []) as unknown[];
  if (!webhooks.every((hook) => isRecord(hook) && typeof hook.id === 'string' && typeof hook.url === 'string')) {
    return 'a webhook subscription lacks its id or url';
  }
  return undefined;
}
