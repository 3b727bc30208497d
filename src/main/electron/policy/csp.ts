/**
 * The renderer's Content-Security-Policy. The shell sends it as a response header; the renderer's
 * index.html must carry the same string in a `<meta http-equiv="Content-Security-Policy">`
 * because pages loaded from file:// get no response headers. Everything is denied by default;
 * scripts only from the app's own files; `style-src 'unsafe-inline'` because Mantine and Recharts
 * set style attributes (styles cannot run code, scripts stay strict).
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Development only (electron-vite dev server): Vite's React refresh preamble is an inline script
 * and hot reload needs a WebSocket to the dev server. Never used for the built app.
 */
export function devContentSecurityPolicy(devOrigin: string): string {
  const ws = devOrigin.replace(/^http/, 'ws');
  return contentSecurityPolicy
    .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    .replace("connect-src 'self'", `connect-src 'self' ${ws}`);
}

/** Response headers with the CSP set, replacing any the response carried (whatever its case). */
export function withCspHeader(headers: Record<string, string[]> | undefined, csp: string): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [csp];
  return result;
}
