import { useMutation, useQuery } from '../../api/use-query';

/** Every file Andel has written for this workspace (time, kind, file name, SHA-256), newest first. */
export function useExportLog() {
  return useQuery('exports:list', {});
}

export function useExportAnnex() {
  return useMutation('annex:export', ['exports:list', 'workspace:info']);
}

export function useExportInvoicing() {
  return useMutation('invoicing:export', ['exports:list', 'workspace:info']);
}

export function useExportRegister() {
  return useMutation('register:export', ['exports:list', 'workspace:info']);
}
