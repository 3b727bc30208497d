// Installers for Andel (electron-builder). `npx electron-vite build` first, then for example
//   npx electron-builder --win msi nsis     (on Windows)
//   npx electron-builder --mac dmg          (on macOS)
//   npx electron-builder --linux AppImage deb
// Validated in the tests with electron-builder's own schema check (tests/start/installers.test.ts).
// See the README's section "For IT departments" for silent installs and updates.
import { readFileSync } from 'node:fs';

const electronVersion = JSON.parse(readFileSync(new URL('./node_modules/electron/package.json', import.meta.url), 'utf8')).version;

/** @type {import('electron-builder').Configuration} */
export default {
  appId: 'org.andel.desktop',
  productName: 'Andel',
  copyright: 'Andel',
  directories: { output: 'dist/installers', buildResources: 'resources/icons' },
  // Only what runs: the built app, the demo and the reference lists. Sources and tests stay out.
  files: [
    'out/**',
    'resources/demo/demo-workspace.json',
    'resources/reference/**',
    'package.json',
    '!**/*.map',
    // The command line's code cache (src/main/cli/launch.ts) is made on each machine by its own Node.
    '!out/cli/.code-cache/**',
    // better-sqlite3's Node build and its C sources: the app loads the Electron build (below).
    '!node_modules/better-sqlite3/{build,deps,src}/**',
  ],
  // better-sqlite3's Electron build is made by scripts/ensure-electron-native.mjs (npm start or
  // `node scripts/ensure-electron-native.mjs`) and shipped outside the asar archive, where
  // src/main/native/native-binding.ts looks for it in a packaged app: <resources>/native/.
  extraResources: [
    { from: `.electron-native/${electronVersion}/better_sqlite3.node`, to: 'native/better_sqlite3.node' },
    // DejaVu Sans, embedded in every PDF/A (src/main/export/pdf/pdf-writer.ts looks in <resources>/fonts), with its licence.
    { from: 'resources/fonts', to: 'fonts' },
  ],
  // The native module is already built for Electron; electron-builder must not rebuild node_modules.
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  asar: true,
  // No update server: installs and updates come from the organisation's own deployment.
  publish: null,
  fileAssociations: [{ ext: 'andel', name: 'Andel workspace', description: 'Andel workspace', role: 'Editor' }],
  win: { target: ['msi', 'nsis'], icon: 'resources/icons/icon.ico' },
  // Per-machine MSI for IT departments' silent deployment. The upgrade code is fixed for the life
  // of the product, so a newer MSI replaces an older one (never change it).
  msi: {
    perMachine: true,
    oneClick: true,
    upgradeCode: '6B1F3C2E-8A4D-4E7B-9C61-2D5A0F8E7B34',
    createDesktopShortcut: false,
    createStartMenuShortcut: true,
    runAfterFinish: false,
    warningsAsErrors: true,
  },
  // Per-user NSIS installer: no administrator rights needed.
  nsis: { oneClick: true, perMachine: false, allowElevation: false, createDesktopShortcut: true, runAfterFinish: true, deleteAppDataOnUninstall: false },
  mac: { target: ['dmg'], category: 'public.app-category.business', icon: 'resources/icons/icon.icns', hardenedRuntime: true },
  dmg: { title: 'Andel ${version}' },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    icon: 'resources/icons/icon.png',
    maintainer: 'Andel <andel@andel.invalid>',
    synopsis: 'Cost sharing, governance and agreement annexes for consortia of public bodies',
  },
  deb: { packageCategory: 'office', priority: 'optional' },
};
