/**
 * What a figure reports: something done (`result`), intended (`plan`: 将, 计划, 力争 …),
 * a quota set (`target`: 任务为, 目标是 …) or work under way (`ongoing`: 在建, 进场施工 …).
 * (types.ts re-exports it; status.ts is the pipeline step that finds a figure's status.)
 */
export const Status = {
  result: 'result',
  plan: 'plan',
  target: 'target',
  ongoing: 'ongoing',
} as const;
export type Status = (typeof Status)[keyof typeof Status];
export const STATUSES = /* @__PURE__ */ Object.values(Status);
