/**
 * The installers' configuration (electron-builder.config.mjs), checked by electron-builder's own
 * validation, and the promises it makes to IT departments. Building a real MSI, NSIS, dmg, AppImage
 * or deb needs Electron's binaries and each platform's tools, which the build machines cannot
 * download; the packaged layout is built for real, against a stand-in Electron, in
 * start-path.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBindingPath, packagedBindingPath } from '../../src/main/native/native-binding';

const repoRoot = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

interface BuilderConfig {
  appId: string;
  extraResources: { from: string; to: string }[];
  msi: { perMachine: boolean; upgradeCode: string };
  nsis: { perMachine: boolean; oneClick: boolean };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
  linux: { target: string[]; icon: string };
  publish: null;
  npmRebuild: boolean;
}

const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string, configFromOptions: null): Promise<BuilderConfig>;
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

async function loadConfig(): Promise<BuilderConfig> {
  return getConfig(repoRoot, join(repoRoot, 'electron-builder.config.mjs'), null);
}

describe('installers (electron-builder)', () => {
  it("passes electron-builder's own validation", async () => {
    const config = await loadConfig();
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('is refused by that validation when an option is wrong (the check can fail)', async () => {
    const config = await loadConfig();
    await expect(validateConfiguration({ ...config, msi: { ...config.msi, perMachine: 'yes' } }, new DebugLogger(false))).rejects.toThrow(/perMachine/);
    await expect(validateConfiguration({ ...config, msiInstallerFor: 'everyone' }, new DebugLogger(false))).rejects.toThrow(/msiInstallerFor/);
  });

  it('builds a per-machine MSI with a fixed upgrade code and a per-user NSIS installer for Windows, a dmg, an AppImage and a deb', async () => {
    const config = await loadConfig();
    expect(config.win.target).toEqual(['msi', 'nsis']);
    expect(config.msi.perMachine).toBe(true);
    expect(config.msi.upgradeCode).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    expect(config.nsis).toMatchObject({ perMachine: false, oneClick: true });
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    // No update server: updates come through the organisation's deployment, never from the app.
    expect(config.publish).toBeNull();
  });

  it('ships the Electron build of better-sqlite3 outside the archive, where the app looks for it, and rebuilds nothing', async () => {
    const config = await loadConfig();
    const electronVersion = (JSON.parse(readFileSync(join(repoRoot, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
    expect(config.npmRebuild).toBe(false);
    // Two extra resources: the native module, and the fonts the PDF writer embeds.
    expect(config.extraResources).toHaveLength(2);
    const native = config.extraResources.find((r) => r.to.startsWith('native'));
    expect(join(repoRoot, native!.from)).toBe(electronBindingPath(repoRoot, electronVersion));
    expect(join('/resources', native!.to)).toBe(packagedBindingPath('/resources'));
    const fonts = config.extraResources.find((r) => r.to === 'fonts');
    expect(fonts?.from).toBe('resources/fonts');
    expect(existsSync(join(repoRoot, fonts!.from, 'DejaVuSans.ttf'))).toBe(true);
  });

  it('has icons in resources/ in each platform\'s format', async () => {
    const config = await loadConfig();
    const png = readFileSync(join(repoRoot, config.linux.icon));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
    const ico = readFileSync(join(repoRoot, config.win.icon));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    // The largest entry is 256 px (stored as 0), which Windows needs for large icons.
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, index) => ico.readUInt8(6 + 16 * index) || 256);
    expect(sizes).toContain(256);
    const icns = readFileSync(join(repoRoot, config.mac.icon));
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
  });
});
