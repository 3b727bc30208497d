import type { HandlerMap } from '../api/handler-map';
import {
  archiveCooperation, createCooperation, deleteCooperation, getCooperation, listCooperationSummaries, updateCooperation,
} from '../services/cooperations/cooperation.service';
import {
  addMembersFromReference, addParticipant, changeParticipant, endParticipant, listCooperationParticipants, removeParticipants,
} from '../services/cooperations/participant.service';
import type { AppContext } from '../workspace/app-context';

export const cooperationsHandlers = {
  'cooperations:list': (input, { session }) => listCooperationSummaries(session.db, input),
  'cooperations:get': (input, { session }) => getCooperation(session.db, input.id),
  'cooperations:create': (input, { session }) => createCooperation(session.db, input, session.clock),
  'cooperations:update': (input, { session }) => updateCooperation(session.db, input, session.clock),
  'cooperations:archive': (input, { session }) => archiveCooperation(session.db, input, session.clock),
  'cooperations:delete': (input, { session }) => deleteCooperation(session.db, input.id, session.clock),
  'cooperations:listParticipants': (input, { session }) => listCooperationParticipants(session.db, input.cooperationId),
  'cooperations:addParticipant': (input, { session }) => addParticipant(session.db, input, session.clock),
  'cooperations:changeParticipant': (input, { session }) => changeParticipant(session.db, input, session.clock),
  'cooperations:endParticipant': (input, { session }) => endParticipant(session.db, input, session.clock),
  'cooperations:removeParticipants': (input, { session }) => removeParticipants(session.db, input, session.clock),
  'cooperations:addMembers': (input, { session }) => addMembersFromReference(session.db, input, session.clock),
} satisfies Partial<HandlerMap<AppContext>>;
