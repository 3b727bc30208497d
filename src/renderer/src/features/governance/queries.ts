/**
 * The governance section's data: one hook per channel, and the channels each command makes stale.
 * Every governance command can change what the other governance views show (an agenda item's
 * decision appears in the register, a seat in the bodies tree), so they all refresh together.
 */
import type { Channel } from '../../../../shared/api/contract';
import { useMutation, useQuery } from '../../api/use-query';
import type { Language } from '../../format/locales';

export const governanceReads = [
  'bodies:tree',
  'bodies:get',
  'persons:list',
  'meetings:list',
  'meetings:get',
  'meetings:pack',
  'decisions:list',
  'decisions:get',
  'agreements:list',
  'agreements:get',
  'agreements:noticeWithin',
  'workspace:info',
] as const satisfies readonly Channel[];

/** The bodies tree as of a date; without one, as of main's today (the forms' body pickers). */
export function useBodiesTree(asOf?: string) {
  return useQuery('bodies:tree', asOf === undefined ? {} : { asOf });
}

export function useBody(id: number, asOf: string) {
  return useQuery('bodies:get', { id, asOf });
}

/** The agreements of one cooperation (what a decision of its bodies may adopt). */
export function useCooperationAgreements(cooperationId: number) {
  return useQuery('agreements:list', { cooperationId });
}

export function usePersons() {
  return useQuery('persons:list', {});
}

export function useMeetings() {
  return useQuery('meetings:list', {});
}

export function useMeeting(id: number) {
  return useQuery('meetings:get', { id });
}

export function useMeetingPack(meetingId: number, language: Language) {
  return useQuery('meetings:pack', { meetingId, language });
}

/** The whole register: search and filters run on the loaded rows as the user types. */
/** The decisions of one cooperation's bodies (what adopts a scenario). */
export function useDecisions(cooperationId: number | null) {
  return useQuery('decisions:list', { cooperationId: cooperationId ?? 0 });
}

export function useDecisionRegister() {
  return useQuery('decisions:list', {});
}

export function useAgreements(asOf: string) {
  return useQuery('agreements:list', { asOf });
}

export function useNoticeWithin(months: number, asOf: string) {
  return useQuery('agreements:noticeWithin', { months, asOf });
}

export const useCreateBody = () => useMutation('bodies:create', governanceReads);
export const useAddSeat = () => useMutation('seats:add', governanceReads);
export const useEndSeat = () => useMutation('seats:end', governanceReads);
export const useCreatePerson = () => useMutation('persons:create', governanceReads);
export const useCreateMeeting = () => useMutation('meetings:create', governanceReads);
export const useCreateDecision = () => useMutation('decisions:create', governanceReads);
export const useCreateAgreement = () => useMutation('agreements:create', governanceReads);
export const useAddAgendaItem = () => useMutation('agenda:addItem', governanceReads);
export const useUpdateAgendaItem = () => useMutation('agenda:updateItem', governanceReads);
export const useMoveAgendaItem = () => useMutation('agenda:moveItem', governanceReads);
export const useRemoveAgendaItem = () => useMutation('agenda:removeItem', governanceReads);
export const useSetAttendance = () => useMutation('attendance:set', governanceReads);
export const useRecordMinutes = () => useMutation('meetings:recordMinutes', governanceReads);
export const useExportPack = () => useMutation('meetings:exportPack', ['workspace:info', 'exports:list']);
export const useSetVote = () => useMutation('votes:set', governanceReads);
export const useSetVotingRule = () => useMutation('bodies:setVotingRule', governanceReads);
export const useSetAllAttendance = () => useMutation('attendance:setAll', governanceReads);
export const useDraftMinutes = () => useMutation('minutes:draft', governanceReads);
export const useCheckMinutes = () => useMutation('minutes:check', governanceReads);
export const useApproveMinutes = () => useMutation('minutes:approve', governanceReads);
export const useCopyMeeting = () => useMutation('meetings:copy', governanceReads);
export const useExportMeetingPdf = () => useMutation('meetings:exportPdf', ['workspace:info', 'exports:list']);
export const useExportExtract = () => useMutation('decisions:exportExtract', ['workspace:info', 'exports:list']);
export const useExportMeetingCalendar = () => useMutation('meetings:exportCalendar', ['workspace:info', 'exports:list']);
export const useExportBodyCalendar = () => useMutation('bodies:exportCalendar', ['workspace:info', 'exports:list']);
