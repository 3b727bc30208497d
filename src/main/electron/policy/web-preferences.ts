/**
 * The BrowserWindow's webPreferences, as data so a test can hold them to Electron's security
 * checklist. Structurally a subset of Electron's `WebPreferences`.
 */
export interface HardenedWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  spellcheck: false;
  experimentalFeatures: false;
  navigateOnDragDrop: false;
  safeDialogs: true;
  disableBlinkFeatures: 'Auxclick';
  devTools: boolean;
}

/**
 * A server's window (Connect to a server): the same hardening without the preload, so a page from
 * the network never reaches the desktop's API; it speaks to its server with its own transport.
 */
export function serverWindowPreferences(options: { devTools: boolean }): Omit<HardenedWebPreferences, 'preload'> {
  const { preload: _none, ...rest } = hardenedWebPreferences('', options);
  return rest;
}

export function hardenedWebPreferences(preloadPath: string, options: { devTools: boolean }): HardenedWebPreferences {
  return {
    preload: preloadPath,
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
    // A file dropped on the window would otherwise replace the app's page with the file.
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Middle-click would otherwise try to open links in a new window (denied anyway): switch it off.
    disableBlinkFeatures: 'Auxclick',
    devTools: options.devTools,
  };
}
