export const appName = 'Andel';

/** The file's name without its folder, for Windows and POSIX paths alike. */
export function fileNameOf(path: string): string {
  const parts = path.split(/[\\/]/).filter((part) => part.length > 0);
  return parts[parts.length - 1] ?? path;
}

/** "Skaraborg.andel — Andel" with a workspace open, "Andel" without. */
export function windowTitle(currentPath: string | null): string {
  return currentPath ? `${fileNameOf(currentPath)} — ${appName}` : appName;
}
