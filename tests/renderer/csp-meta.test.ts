import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/main/electron/policy/csp';

const html = readFileSync(resolve(import.meta.dirname, '../../src/renderer/index.html'), 'utf8');

function directives(policy: string): string[] {
  return policy
    .split(';')
    .map((part) => part.trim().replace(/\s+/gu, ' '))
    .filter(Boolean)
    .sort();
}

describe('the renderer’s Content-Security-Policy meta tag', () => {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/u.exec(html)?.[1];

  it('is present', () => expect(meta).toBeDefined());

  it('is the shell’s header policy minus frame-ancestors (which a meta tag cannot carry)', () => {
    const header = directives(contentSecurityPolicy).filter((d) => !d.startsWith('frame-ancestors'));
    expect(directives(meta ?? '')).toEqual(header);
  });

  it('allows no inline or remote script', () => {
    const script = directives(meta ?? '').find((d) => d.startsWith('script-src'));
    expect(script).toBe("script-src 'self'");
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/u);
  });
});
