/** Scoring: capaian, categories, aggregation, ratings, predikat, legacy numeric scheme, distribution. */
// The activity-row rules both surfaces apply; the pipeline's day bookkeeping (ActivityDays) stays internal.
export {
  activityHasOutput,
  activityLeftOut,
  type LogRow,
  type LogRowAside,
  logRowsAside,
  MAX_DAY_MINUTES,
  timeCellMinutes,
} from './activity-rows';
export * from './aggregate';
export * from './capaian';
export * from './category';
export * from './distribution';
export * from './indicator';
export * from './indicator-period';
export * from './legacy';
export * from './predikat';
export * from './prorate';
export * from './rating';
export * from './target-span';
export * from './weight-forms';
// The period's working days (kesibukan semu's expected minutes), as Hitung nilai counts them.
export { type PeriodWorkingDays, periodWorkingDays } from './working-days';
