import { describe, expect, it } from 'vitest';
import { shouldAllowNavigation, shouldAllowWebview, windowOpenHandler } from '../../../src/main/electron/policy/navigation';
import { devEntry, fileEntry } from './fixtures';

describe('navigation policy', () => {
  it('refuses every page that is not the app', () => {
    for (const url of [
      'https://example.org/',
      'http://localhost:5173/',
      'file:///etc/passwd',
      'file:///opt/Andel/resources/app/out/renderer/../main/index.js',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'about:blank',
      'chrome://settings',
    ]) {
      expect(shouldAllowNavigation(url, fileEntry), url).toBe(false);
    }
    expect(shouldAllowNavigation('https://example.org/', devEntry)).toBe(false);
  });

  it('allows the app page itself (a reload by location)', () => {
    expect(shouldAllowNavigation(fileEntry.indexUrl, fileEntry)).toBe(true);
    expect(shouldAllowNavigation('http://localhost:5173/#/members', devEntry)).toBe(true);
  });

  it('denies every new window and every webview', () => {
    expect(windowOpenHandler()).toEqual({ action: 'deny' });
    expect(shouldAllowWebview()).toBe(false);
  });
});
