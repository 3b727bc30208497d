/** Ids of governance records in the demo workspace (see useDemoWorkspace in tests/helpers/demo-workspace.ts). */
export const SKARABORG = 1;
export const STEERING_GROUP = 1;
export const DECEMBER_2016_MEETING = 1;
