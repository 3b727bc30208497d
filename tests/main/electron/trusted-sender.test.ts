import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../src/main/electron/policy/trusted-sender';
import { devEntry, fileEntry } from './fixtures';

describe('isTrustedSender', () => {
  it('trusts only the app page in the top-level frame', () => {
    expect(isTrustedSender({ url: fileEntry.indexUrl, isTopLevel: true }, fileEntry)).toBe(true);
    expect(isTrustedSender({ url: `${fileEntry.indexUrl}#/exports`, isTopLevel: true }, fileEntry)).toBe(true);
    expect(isTrustedSender({ url: 'http://localhost:5173/', isTopLevel: true }, devEntry)).toBe(true);
  });

  it('refuses subframes, foreign pages and missing frames', () => {
    expect(isTrustedSender({ url: fileEntry.indexUrl, isTopLevel: false }, fileEntry)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', isTopLevel: true }, fileEntry)).toBe(false);
    expect(isTrustedSender({ url: 'file:///tmp/evil.html', isTopLevel: true }, fileEntry)).toBe(false);
    expect(isTrustedSender({ url: 'about:blank', isTopLevel: true }, fileEntry)).toBe(false);
    expect(isTrustedSender({ url: 'http://localhost:5173/', isTopLevel: true }, fileEntry)).toBe(false);
    expect(isTrustedSender({ url: fileEntry.indexUrl, isTopLevel: true }, devEntry)).toBe(false);
    expect(isTrustedSender(null, fileEntry)).toBe(false);
    expect(isTrustedSender(undefined, fileEntry)).toBe(false);
  });
});
