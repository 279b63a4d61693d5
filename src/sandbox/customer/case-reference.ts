// Debitura's 8-character human case code (e.g. `Q8OAXF3W`), unique across the sandbox.

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** A fresh reference not in `taken`; `random` (0 ≤ x < 1) lets seeded data stay deterministic. */
export function newCaseReference(taken: (reference: string) => boolean, random: () => number = Math.random): string {
  for (;;) {
    let reference = '';
    // Starts with a letter so a reference never looks like a number.
    reference += alphabet[Math.floor(random() * 26)];
    for (let i = 1; i < 8; i++) reference += alphabet[Math.floor(random() * alphabet.length)];
    if (!taken(reference)) return reference;
  }
}
