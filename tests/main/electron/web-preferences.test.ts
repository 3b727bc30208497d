import { describe, expect, it } from 'vitest';
import { hardenedWebPreferences } from '../../../src/main/electron/policy/web-preferences';

describe('hardenedWebPreferences (Electron security checklist)', () => {
  it('isolates, sandboxes and keeps Node out of the renderer', () => {
    expect(hardenedWebPreferences('/app/out/preload/index.cjs', { devTools: false })).toEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
  });

  it('turns DevTools on only when asked (development)', () => {
    expect(hardenedWebPreferences('/p.cjs', { devTools: true }).devTools).toBe(true);
  });

  it('points at the CommonJS preload', () => {
    expect(hardenedWebPreferences('/app/out/preload/index.cjs', { devTools: false }).preload).toMatch(/\.cjs$/);
  });
});
