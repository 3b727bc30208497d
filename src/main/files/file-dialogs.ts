/**
 * Where the user chooses a file to write or read. Main asks; the renderer never supplies a path.
 * The Electron shell answers with its native dialogs (src/main/electron/file-dialogs.ts); tests
 * and the browser bridge stand in with their own answers.
 */
export interface FileDialogRequest {
  /** The dialog's title, in the user's language. */
  title: string;
  /** Offered file name (save only), e.g. "skaraborg-9.v2.key.json". */
  defaultName?: string;
  /** Allowed extensions without the dot, e.g. ["json"]. */
  extensions: string[];
}

export interface FileDialogs {
  /** The path to write to, or null when the user cancels. */
  chooseSavePath(request: FileDialogRequest): Promise<string | null>;
  /** The path to read, or null when the user cancels. */
  chooseOpenPath(request: FileDialogRequest): Promise<string | null>;
}
