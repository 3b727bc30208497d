import type { HandlerMap } from '../api/handler-map';
import { agreementsWithNoticeDue, createAgreement, getAgreement, listAgreementViews, updateAgreementRecord } from '../services/governance/agreement.service';
import { addSeat, createBody, createPerson, endSeat, getBodiesTree, getBody, listPersonViews, updateBodyRecord } from '../services/governance/body.service';
import {
  addDecisionLink,
  createDecision,
  getDecision,
  listDecisionRegister,
  removeDecisionLink,
  setDecisionStatus,
  updateDecisionRecord,
} from '../services/governance/decision.service';
import { copyMeeting, exportBodyCalendar, exportDecisionExtract, exportMeetingCalendar, exportMeetingPdf, setAllAttendance } from '../services/governance/meeting-documents.service';
import { recordMinutes } from '../services/governance/meeting-minutes.service';
import { approveMinutes, checkMinutes, uncheckMinutes, discardMinutesDraft, draftMinutes } from '../services/governance/meeting-minutes-workflow.service';
import { buildMeetingPack, exportMeetingPack } from '../services/governance/meeting-pack.service';
import {
  addAgendaItem,
  createMeeting,
  getMeeting,
  listMeetingsFor,
  moveAgendaItem,
  removeAgendaItem,
  setAttendance,
  updateAgendaItemRecord,
  updateMeetingRecord,
} from '../services/governance/meeting.service';
import { setVote, setVotingRule } from '../services/governance/meeting-votes.service';
import type { AppContext } from '../workspace/app-context';

export const governanceHandlers = {
  'bodies:tree': (input, { session }) => getBodiesTree(session.db, input, session.clock),
  'bodies:get': (input, { session }) => getBody(session.db, input, session.clock),
  'bodies:create': (input, { session }) => createBody(session.db, input, session.clock),
  'bodies:update': (input, { session }) => updateBodyRecord(session.db, input, session.clock),
  'seats:add': (input, { session }) => addSeat(session.db, input, session.clock),
  'seats:end': (input, { session }) => endSeat(session.db, input, session.clock),
  'persons:list': (input, { session }) => listPersonViews(session.db, input),
  'persons:create': (input, { session }) => createPerson(session.db, input, session.clock),

  'meetings:list': (input, { session }) => listMeetingsFor(session.db, input),
  'meetings:get': (input, { session }) => getMeeting(session.db, input.id),
  'meetings:create': (input, { session }) => createMeeting(session.db, input, session.clock),
  'meetings:update': (input, { session }) => updateMeetingRecord(session.db, input, session.clock),
  'agenda:addItem': (input, { session }) => addAgendaItem(session.db, input, session.clock),
  'agenda:updateItem': (input, { session }) => updateAgendaItemRecord(session.db, input, session.clock),
  'agenda:moveItem': (input, { session }) => moveAgendaItem(session.db, input, session.clock),
  'agenda:removeItem': (input, { session }) => removeAgendaItem(session.db, input, session.clock),
  'attendance:set': (input, { session }) => setAttendance(session.db, input, session.clock),
  'meetings:recordMinutes': (input, { session }) => recordMinutes(session.db, input, session.clock),
  'meetings:pack': (input, { session }) => buildMeetingPack(session.db, input),
  'meetings:exportPack': (input, { session }) => exportMeetingPack(session.db, session.current, input, session.clock),
  'meetings:copy': (input, { session }) => copyMeeting(session.db, input, session.clock),
  'meetings:exportPdf': (input, { session }) => exportMeetingPdf(session.db, session.current, input, session.clock),
  'meetings:exportCalendar': (input, { session }) => exportMeetingCalendar(session.db, session.current, input, session.clock),
  'bodies:exportCalendar': (input, { session }) => exportBodyCalendar(session.db, session.current, input, session.clock),
  'bodies:setVotingRule': (input, { session }) => setVotingRule(session.db, input, session.clock),
  'votes:set': (input, { session }) => setVote(session.db, input, session.clock),
  'attendance:setAll': (input, { session }) => setAllAttendance(session.db, input, session.clock),
  'minutes:draft': (input, { session }) => draftMinutes(session.db, input, session.clock),
  'minutes:check': (input, { session }) => checkMinutes(session.db, input, session.clock),
  'minutes:uncheck': (input, { session }) => uncheckMinutes(session.db, input, session.clock),
  'minutes:discardDraft': (input, { session }) => discardMinutesDraft(session.db, input, session.clock),
  'minutes:approve': (input, { session }) => approveMinutes(session.db, input, session.clock),
  'decisions:exportExtract': (input, { session }) => exportDecisionExtract(session.db, session.current, input, session.clock),

  'decisions:list': (input, { session }) => listDecisionRegister(session.db, input),
  'decisions:get': (input, { session }) => getDecision(session.db, input.id),
  'decisions:create': (input, { session }) => createDecision(session.db, input, session.clock),
  'decisions:update': (input, { session }) => updateDecisionRecord(session.db, input, session.clock),
  'decisions:setStatus': (input, { session }) => setDecisionStatus(session.db, input, session.clock),
  'decisions:addLink': (input, { session }) => addDecisionLink(session.db, input, session.clock),
  'decisions:removeLink': (input, { session }) => removeDecisionLink(session.db, input, session.clock),

  'agreements:list': (input, { session }) => listAgreementViews(session.db, input, session.clock),
  'agreements:get': (input, { session }) => getAgreement(session.db, input, session.clock),
  'agreements:noticeWithin': (input, { session }) => agreementsWithNoticeDue(session.db, input, session.clock),
  'agreements:create': (input, { session }) => createAgreement(session.db, input, session.clock),
  'agreements:update': (input, { session }) => updateAgreementRecord(session.db, input, session.clock),
} satisfies Partial<HandlerMap<AppContext>>;
