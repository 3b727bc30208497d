/**
 * Andel needs no browser permission (camera, notifications, geolocation, clipboard-read, HID…):
 * copy and paste work through the Edit menu's native roles, files through main's dialogs.
 * Every request and every check is therefore refused, whatever is asked and by whom.
 */
export function permissionRequestHandler(_webContents: unknown, _permission: string, callback: (granted: boolean) => void, _details?: unknown): void {
  callback(false);
}

export function permissionCheckHandler(_webContents: unknown, _permission: string, _origin?: string, _details?: unknown): boolean {
  return false;
}

/** WebHID/WebUSB/serial device access: never. */
export function devicePermissionHandler(_details?: unknown): boolean {
  return false;
}
