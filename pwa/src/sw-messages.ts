/**
 * Messages between the page and the service worker: a discriminated union, never bare strings.
 * `SKIP_WAITING` is also what workbox-window sends, so the names line up with its tooling.
 */
export type PageToServiceWorker = { type: 'SKIP_WAITING' };

export function isPageToServiceWorker(data: unknown): data is PageToServiceWorker {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'SKIP_WAITING';
}
