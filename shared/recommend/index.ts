/** Busy-but-no-results detection and reward/punishment recommendations for employees, supervisors, units. */
export { type BusyInput, type BusyVerdict, detectBusyWithoutResults } from './busy';
export {
  type EmployeeRecommendation,
  type EmployeeRecommendationInput,
  recommendForEmployee,
} from './employee';
export {
  BUSY_FLAGS,
  type BusyFlag,
  EMPLOYEE_FLAGS,
  type EmployeeFlag,
  EmployeeFlagSchema,
  RECOMMENDATION_KINDS,
  type RecommendationKind,
  RecommendationKindSchema,
  SUPERVISOR_FLAGS,
  type SupervisorFlag,
  SupervisorFlagSchema,
  UNIT_RECOMMENDATION_KINDS,
  type UnitRecommendationKind,
  UnitRecommendationKindSchema,
} from './flags';
export { recommendationLabel, unitRecommendationLabel } from './labels';
export { isAppreciative, isCorrective, type PersonFollowUpInput, recommendForPerson } from './person';
export {
  recommendForSupervisor,
  type SubordinateSummary,
  type SupervisorInput,
  type SupervisorRecommendation,
} from './supervisor';
export { dutyBasisLine, dutyLine, type SupervisorDuty } from './supervisor-register';
export {
  recommendForUnits,
  type UnitRecommendation,
  type UnitRecommendations,
  type UnitSummary,
} from './units';
