/**
 * What the desktop does with a file main has written: show it in its folder (Explorer, Finder,
 * the file manager) and open it with the program the system gives its type. The Electron shell
 * answers with `shell` (src/main/electron/file-shell.ts); tests stand in with a recording fake.
 * Main decides which file: the renderer names an export-log entry, never a path.
 */
export interface FileShell {
  /** Opens the file's folder with the file selected. */
  showInFolder(path: string): void | Promise<void>;
  /** Opens the file with its default program; resolves to '' on success, else the system's reason. */
  openPath(path: string): Promise<string>;
}
