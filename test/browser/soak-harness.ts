// What the fault soak tests share. Every random choice (the sandbox's faults, the simulated 429s) comes from one
// seed, so a failing run can be replayed: the seed is in each soak test's title, and
// `SOAK_SEED=<n> npm run test:soak` runs with another (web-test-runner.config.mjs hands it to the page).
export const soakSeed: number = (globalThis as { soakSeed?: number }).soakSeed ?? 20_261_130;

/** Sets the sandbox's fault injection (POST /sandbox/faults); `rate: 0` turns it off. */
export async function setFaults(config: {
  rate: number;
  kinds?: string[];
  delayMs?: number;
  seed?: number;
}): Promise<void> {
  const answer = await fetch('/sandbox/faults', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(config),
  });
  if (!answer.ok) throw new Error(`POST /sandbox/faults answered ${answer.status}`);
}
