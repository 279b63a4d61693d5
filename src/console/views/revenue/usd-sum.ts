// Sums of dollar amounts, added in whole cents so that 58 fees add up to the cent Debitura's total shows
// (binary fractions would drift: 0.1 + 0.2 is not 0.3).

export function sumUsd(amounts: readonly number[]): number {
  return amounts.reduce((cents, amount) => cents + Math.round(amount * 100), 0) / 100;
}
