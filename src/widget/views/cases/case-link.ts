// Where a case row links to, when the partner gives a URL pattern for its own case pages (`case-url-pattern`,
// e.g. `/collections/cases/{caseId}`): a real link can be opened in a new tab, copied and deep-linked. Without a
// usable pattern the rows stay buttons.

export const caseIdPlaceholder = '{caseId}';

/** The link of one case, resolved against the page; null when the pattern is missing or not an http(s) URL. */
export function caseHref(pattern: string | null | undefined, caseId: string, pageUrl: string): string | null {
  if (!pattern || !pattern.includes(caseIdPlaceholder) || !caseId) return null;
  let url: URL;
  try {
    url = new URL(pattern.split(caseIdPlaceholder).join(encodeURIComponent(caseId)), pageUrl);
  } catch {
    return null;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
}

/** A click the browser should handle itself: a new tab or window, a download, anything but a plain click. */
export function opensElsewhere(event: MouseEvent): boolean {
  return event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
}
