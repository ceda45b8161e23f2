import type { MiddlewareHandler } from 'hono';

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const DOCUMENT_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), geolocation=(), microphone=(self)',
};

/** A page or the service worker: the contexts that run code and need the full policy. */
function runsCode(path: string, contentType: string): boolean {
  return contentType.startsWith('text/html') || path === '/sw.js';
}

/**
 * Security headers on every answer. Pages and the service worker get the whole set; other
 * files only what applies to them, because on a slow phone every header is paid for on
 * every one of the app's files.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    headers.set('X-Content-Type-Options', 'nosniff');
    if (runsCode(c.req.path, headers.get('Content-Type') ?? '')) {
      for (const [name, value] of Object.entries(DOCUMENT_HEADERS)) headers.set(name, value);
    } else if (
      headers.get('Content-Type')?.startsWith('application/json') &&
      c.req.path.startsWith('/api/')
    ) {
      headers.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
      headers.set('Cache-Control', 'no-store');
    }
  };
}
