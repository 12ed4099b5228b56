/** Attendance deductions and TPP estimates (Perkada-specific; defaults in policy/sections/discipline.ts). */

export { minutesEarly, minutesLate, readClock, workHours } from './clock';
export {
  type AttendanceEvent,
  type DeductionReason,
  type DisciplineDeduction,
  disciplineDeduction,
} from './deduction';
export { classifyLateness } from './lateness';
export {
  disciplineLadder,
  hukdisFormText,
  type PeriodRef,
  type TkPeriodPart,
  type TkProposal,
  type TkYearDetail,
  tkDatesIn,
  type WorkingDayRun,
  withYearDiscipline,
  workingDayRun,
} from './pp94';
export { estimateTpp, type TppEstimate, type TppInput, tppExplanation } from './tpp';
export { type CodeVocabulary, codeVocabulary, lookupCode } from './vocabulary';
