import { resolveAppEntry, type AppEntry } from '../../../src/main/electron/policy/app-entry';

export const fileEntry: AppEntry = resolveAppEntry({
  rendererIndexUrl: 'file:///opt/Andel/resources/app/out/renderer/index.html',
  devServerUrl: undefined,
  isPackaged: true,
});

export const devEntry: AppEntry = resolveAppEntry({
  rendererIndexUrl: 'file:///home/ada/andel/out/renderer/index.html',
  devServerUrl: 'http://localhost:5173/',
  isPackaged: false,
});
