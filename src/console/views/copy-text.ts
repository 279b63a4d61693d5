// Copying a value to the clipboard, with a spoken result: "Copied", or how to copy it by hand when the page may
// not write to the clipboard (an insecure origin, a denied permission).

export type CopyOutcome = 'copied' | 'failed';

export async function copyText(value: string): Promise<CopyOutcome> {
  try {
    await globalThis.navigator.clipboard.writeText(value);
    return 'copied';
  } catch {
    return 'failed';
  }
}
