// Reading a JSON request body without letting malformed JSON become a 500.

export type JsonBody = { ok: true; value: unknown } | { ok: false };

export async function readJsonBody(request: Request): Promise<JsonBody> {
  const text = await request.text();
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
