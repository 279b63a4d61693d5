// Sandbox state on disk: one JSON file, read once at start and written whole after every store change.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SandboxSnapshot } from './state.js';
import type { SandboxStore } from './store.js';

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

/** Keeps `file` in step with the store from now on; returns the function that stops it. */
export function persistStore(store: SandboxStore, file: string): () => void {
  return store.subscribe(() => writeSnapshot(file, store.snapshot()));
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
