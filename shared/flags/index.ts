/** The one vocabulary of flags (indicator, employee, page, supervisor) with each flag's label and explanation. */
export { FLAG_LABEL_CODES, flagExplanation, flagLabel } from './labels';
export { FLAGS, type Flag } from './vocabulary';
