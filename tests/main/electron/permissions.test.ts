import { describe, expect, it, vi } from 'vitest';
import { devicePermissionHandler, permissionCheckHandler, permissionRequestHandler } from '../../../src/main/electron/policy/permissions';

const permissions = ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'fullscreen', 'hid', 'usb', 'serial', 'unknown'];

describe('permission handlers', () => {
  it.each(permissions)('refuses a request for %s', (permission) => {
    const callback = vi.fn();
    permissionRequestHandler({}, permission, callback, { requestingUrl: 'file:///app/index.html' });
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
  });

  it.each(permissions)('answers a check for %s with false', (permission) => {
    expect(permissionCheckHandler(null, permission, 'file://', {})).toBe(false);
  });

  it('refuses device access', () => {
    expect(devicePermissionHandler({ deviceType: 'usb' })).toBe(false);
  });
});
