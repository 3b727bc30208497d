import { isMessageKey, ref, type MessageParam } from '../../shared/i18n/translate';
/** What a file-system error code means, in words a treasurer reads instead of ENOENT or EISDIR. */
export function errnoReason(code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
      return 'the file or its folder does not exist';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'access is denied';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the disk is read-only';
    case 'EEXIST':
      return 'it already exists';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    case 'EBUSY':
      return 'it is in use';
    default:
      return code ?? 'error';
  }
}

/** The same words as a message parameter, shown in the reader's language; an unknown code as it is. */
export function errnoReasonParam(code: string | undefined): MessageParam {
  const key = `error.file.reason.${code === 'EPERM' ? 'EACCES' : (code ?? '')}`;
  return isMessageKey(key) ? ref(key) : (code ?? 'error');
}
