/**
 * What the charts read of the schema at run time: its id (the embedded dataset's unpacker
 * writes it) and the status vocabulary. A module of its own, re-exported by types.ts, so
 * that a chart's file holds these and the other vocabularies stay in the validator's
 * chunk: a module goes into a chunk whole, and one shared by two chunks the entry lacks
 * becomes a third, fetched only once one of them has arrived.
 */

export const SCHEMA = 'livelihood/1' as const;

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
