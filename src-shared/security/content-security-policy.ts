// One strict policy for both hosts and the renderer's meta tag: only the app's own scripts and styles,
// no inline code, no plugins, no framing; the api is reached only on the page's own origin.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
