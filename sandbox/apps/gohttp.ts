// Responses as Go's net/http writes them: headers sorted by name, Date and Content-Length filled
// in, text/plain sniffed for plain bodies — what agnhost, http-echo and whoami send.

import { byteLength, httpDate, type HttpResponse } from './types.js';

export function goResponse(now: number, body: string, status = 200, extra: [string, string][] = [], contentType = 'text/plain; charset=utf-8'): HttpResponse {
  const headers: [string, string][] = [...extra, ['Date', httpDate(now)]];
  if (status !== 204 && status !== 304) headers.push(['Content-Length', String(byteLength(body))]);
  if (body && !extra.some(([k]) => k.toLowerCase() === 'content-type')) headers.push(['Content-Type', contentType]);
  headers.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { status, headers, body };
}

/** http.NotFound: `404 page not found`. */
export function goNotFound(now: number): HttpResponse {
  return goResponse(now, '404 page not found\n', 404, [['X-Content-Type-Options', 'nosniff']]);
}
