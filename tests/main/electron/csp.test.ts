import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, devContentSecurityPolicy, withCspHeader } from '../../../src/main/electron/policy/csp';

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(';').map((part) => part.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]));
}

describe('contentSecurityPolicy', () => {
  const policy = directives(contentSecurityPolicy);

  it('denies by default and allows scripts only from the app itself', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    for (const directive of ['object-src', 'frame-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(policy.get(directive), directive).toEqual(["'none'"]);
    }
  });

  it('allows no remote source, no eval and no inline script anywhere', () => {
    expect(contentSecurityPolicy).not.toMatch(/https?:|\*|unsafe-eval|wasm-unsafe-eval/);
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('loosens the dev policy only for Vite (inline preamble, hot-reload socket to the dev server)', () => {
    const dev = directives(devContentSecurityPolicy('http://localhost:5173'));
    expect(dev.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(dev.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173']);
    expect(dev.get('default-src')).toEqual(["'none'"]);
  });

  it('replaces any CSP header the response carried', () => {
    const headers = withCspHeader({ 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'] }, contentSecurityPolicy);
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [contentSecurityPolicy] });
    expect(withCspHeader(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] });
  });

  // The renderer's index.html meta tag is checked against this policy in tests/renderer/csp-meta.test.ts.
});
