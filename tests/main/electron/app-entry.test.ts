import { describe, expect, it } from 'vitest';
import { isAppPageUrl, resolveAppEntry, shouldAllowRequest } from '../../../src/main/electron/policy/app-entry';
import { devEntry, fileEntry } from './fixtures';

describe('resolveAppEntry', () => {
  it('uses the built renderer when packaged, even if a dev server URL is set', () => {
    const entry = resolveAppEntry({ rendererIndexUrl: 'file:///app/out/renderer/index.html', devServerUrl: 'http://localhost:5173', isPackaged: true });
    expect(entry).toEqual({ kind: 'file', indexUrl: 'file:///app/out/renderer/index.html', rendererDirUrl: 'file:///app/out/renderer/' });
  });

  it('uses the dev server only when it is on this machine over http', () => {
    expect(devEntry).toEqual({ kind: 'dev', indexUrl: 'http://localhost:5173/', origin: 'http://localhost:5173' });
    expect(resolveAppEntry({ rendererIndexUrl: 'file:///a/index.html', devServerUrl: 'http://127.0.0.1:5174', isPackaged: false }).kind).toBe('dev');
    for (const remote of ['http://evil.example:5173', 'https://localhost:5173', 'http://192.168.1.9:5173', 'javascript:alert(1)', 'not a url']) {
      expect(resolveAppEntry({ rendererIndexUrl: 'file:///a/index.html', devServerUrl: remote, isPackaged: false }).kind, remote).toBe('file');
    }
  });
});

describe('isAppPageUrl', () => {
  it.each([
    ['file:///opt/Andel/resources/app/out/renderer/index.html', true],
    ['file:///opt/Andel/resources/app/out/renderer/index.html#/members', true],
    ['file:///opt/Andel/resources/app/out/renderer/index.html?x=1', false],
    ['file:///opt/Andel/resources/app/out/renderer/other.html', false],
    ['file:///etc/passwd', false],
    ['file://server/opt/Andel/resources/app/out/renderer/index.html', false],
    ['http://localhost:5173/', false],
    ['https://example.org/index.html', false],
    ['about:blank', false],
    ['', false],
  ])('file entry: %s → %s', (url, expected) => {
    expect(isAppPageUrl(url, fileEntry)).toBe(expected);
  });

  it.each([
    ['http://localhost:5173/', true],
    ['http://localhost:5173/index.html#/budgets', true],
    ['http://localhost:5174/', false],
    ['http://127.0.0.1:5173/', false],
    ['http://localhost:5173/@vite/client', false],
    ['http://user:pw@localhost:5173/', false],
    ['file:///home/ada/andel/out/renderer/index.html', false],
  ])('dev entry: %s → %s', (url, expected) => {
    expect(isAppPageUrl(url, devEntry)).toBe(expected);
  });
});

describe('shouldAllowRequest (no remote content)', () => {
  it.each([
    ['file:///opt/Andel/resources/app/out/renderer/assets/index-abc.js', true],
    ['file:///opt/Andel/resources/app/out/renderer/index.html', true],
    ['data:image/png;base64,AAAA', true],
    ['devtools://devtools/bundled/inspector.html', true],
    ['file:///opt/Andel/resources/app/out/main/index.js', false],
    ['file:///home/ada/Skaraborg.andel', false],
    ['https://fonts.googleapis.com/css', false],
    ['http://localhost:5173/src/main.tsx', false],
    ['ws://localhost:5173/', false],
  ])('file entry: %s → %s', (url, expected) => {
    expect(shouldAllowRequest(url, fileEntry)).toBe(expected);
  });

  it.each([
    ['http://localhost:5173/src/main.tsx', true],
    ['http://localhost:5173/@vite/client', true],
    ['ws://localhost:5173/', true],
    ['ws://localhost:9999/', false],
    ['http://localhost:8080/', false],
    ['https://cdn.example.com/react.js', false],
    ['file:///etc/passwd', false],
  ])('dev entry: %s → %s', (url, expected) => {
    expect(shouldAllowRequest(url, devEntry)).toBe(expected);
  });
});
