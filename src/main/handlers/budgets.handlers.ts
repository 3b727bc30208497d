import type { HandlerMap } from '../api/handler-map';
import { computeCooperationBudget, deleteBudgetLine, deleteFunding, deleteStaff, getBudget, saveBudgetLine, saveFunding, saveStaff } from '../services/budgets/budget.service';
import type { AppContext } from '../workspace/app-context';

export const budgetsHandlers = {
  'budgets:compute': (input, { session }) => computeCooperationBudget(session.db, input),
  'budgets:get': (input, { session }) => getBudget(session.db, input),
  'budgetLines:save': (input, { session }) => saveBudgetLine(session.db, input, session.clock),
  'budgetLines:delete': (input, { session }) => deleteBudgetLine(session.db, input, session.clock),
  'staff:save': (input, { session }) => saveStaff(session.db, input, session.clock),
  'staff:delete': (input, { session }) => deleteStaff(session.db, input, session.clock),
  'funding:save': (input, { session }) => saveFunding(session.db, input, session.clock),
  'funding:delete': (input, { session }) => deleteFunding(session.db, input, session.clock),
} satisfies Partial<HandlerMap<AppContext>>;
