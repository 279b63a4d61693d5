// Sends one multipart request with XMLHttpRequest, the one browser API that reports upload progress (fetch does
// not). It only moves bytes: the Customer API client decides tokens, retries and what an answer means.

export interface ProgressRequest {
  url: string;
  headers: Record<string, string>;
  body: FormData;
  signal: AbortSignal;
  /** Fraction of the body sent so far, 0 to 1. */
  onProgress: (fraction: number) => void;
  /** Given up when nothing moves (no bytes out, no answer) for this long; a long upload that moves is fine. */
  stallTimeoutMs: number;
  /** Send cookies cross-origin too: only to the partner's proxy (`api-base`), as with fetch. */
  withCredentials?: boolean;
}

/** The status and the raw text of the answer; rejects on a network failure, a stall, or the signal. */
export type SendWithProgress = (request: ProgressRequest) => Promise<{ status: number; text: string }>;

export const sendWithXhr: SendWithProgress = (request) =>
  new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    let stallTimer: ReturnType<typeof setTimeout> | undefined;
    const fail = (error: unknown) => {
      clearTimeout(stallTimer);
      request.signal.removeEventListener('abort', onAbort);
      reject(error);
    };
    const onAbort = () => {
      xhr.abort();
      fail(request.signal.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    const moved = () => {
      clearTimeout(stallTimer);
      stallTimer = setTimeout(() => {
        xhr.abort();
        fail(new DOMException('The upload stalled.', 'TimeoutError'));
      }, request.stallTimeoutMs);
    };
    if (request.signal.aborted) return onAbort();
    xhr.open('POST', request.url);
    xhr.withCredentials = request.withCredentials ?? false;
    for (const [name, value] of Object.entries(request.headers)) xhr.setRequestHeader(name, value);
    xhr.upload.addEventListener('progress', (event) => {
      moved();
      if (event.lengthComputable && event.total > 0) request.onProgress(event.loaded / event.total);
    });
    xhr.addEventListener('progress', moved);
    xhr.addEventListener('load', () => {
      clearTimeout(stallTimer);
      request.signal.removeEventListener('abort', onAbort);
      resolve({ status: xhr.status, text: xhr.responseText });
    });
    xhr.addEventListener('error', () => fail(new TypeError('The upload could not be sent.')));
    request.signal.addEventListener('abort', onAbort, { once: true });
    moved();
    xhr.send(request.body);
  });
