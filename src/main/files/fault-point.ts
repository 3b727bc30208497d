/**
 * Named points where the fault-injection tests kill the process (tests/reliability/
 * export-faults.test.ts): with ANDEL_FAULT_POINT=<name> in the environment, the process sends
 * itself SIGKILL on reaching that point, as a power cut or a killed app would stop it there.
 * Without the variable this is a comparison and nothing else.
 */
export type FaultPoint = 'file:temp-written' | 'file:old-kept' | 'file:placed' | 'file:logged' | 'backup:copied' | 'restore:kept' | 'restore:copied' | 'restore:placed' | 'import:written';

export function faultPoint(name: FaultPoint): void {
  if (process.env.ANDEL_FAULT_POINT === name) process.kill(process.pid, 'SIGKILL');
}
