// Sandbox state on disk: one JSON file, written whole after each change and read once at start.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { IdempotentAnswer, SandboxTenant, StoredCase } from './store.js';

export interface SandboxSnapshot {
  version: 1;
  tenants: SandboxTenant[];
  cases: StoredCase[];
  idempotency: [string, IdempotentAnswer][];
}

/** Writes through a temporary file and a rename so a crash never leaves half a snapshot behind. */
export function writeSnapshot(file: string, snapshot: SandboxSnapshot): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(snapshot));
  renameSync(temporary, file);
}

/** The stored snapshot, or undefined when the file does not exist or is not a snapshot of this version. */
export function readSnapshot(file: string): SandboxSnapshot | undefined {
  if (!existsSync(file)) return undefined;
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!isSnapshot(parsed)) return undefined;
  return parsed;
}

function isSnapshot(value: unknown): value is SandboxSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<SandboxSnapshot>;
  return (
    candidate.version === 1 &&
    Array.isArray(candidate.tenants) &&
    Array.isArray(candidate.cases) &&
    Array.isArray(candidate.idempotency)
  );
}
