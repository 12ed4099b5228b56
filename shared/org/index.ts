/** Unit accountability: SAKIP (PermenPANRB 88/2021), RB self-assessment (PermenPANRB 26/2020), unit ranking. */
export { normaliseName } from './names';
export {
  capaianPk,
  type PkCapaian,
  type PredikatSource,
  predikatFromPk,
  type UnitPredikat,
  unitPredikat,
} from './pk';
export {
  choosePkColumns,
  type PkColumnsChoice,
  type PkPeriodGroup,
  pkPeriodGroups,
} from './pk-columns';
export { type RankedUnit, rankUnits, type UnitRanking, type UnitScore } from './ranking';
export {
  evaluateRb,
  RB_PARTS,
  type RbAreaInput,
  type RbAreaScore,
  type RbEvaluation,
  type RbIndicatorInput,
  type RbIndicatorScore,
  type RbInput,
  type RbPart,
  type RbPartScore,
  rbGrade,
} from './rb';
export {
  isRbActionSheet,
  monitorActions,
  parseRbActionSnapshot,
  type RbAction,
  type RbActionChanges,
  type RbActionMonitor,
  type RbActionPlan,
  type RbActionSheet,
  type RbActionSnapshot,
  RbActionSnapshotSchema,
  type RbAreaWithoutOwner,
  type RbChange,
  type RbOverdue,
  type RbProgressGroup,
  rbActionSnapshot,
  readRbActionPlan,
} from './rb-actions';
export {
  isRbWorkbookSheet,
  type RbWorkbookArea,
  type RbWorkbookEvaluation,
  type RbWorkbookIndicator,
  type RbWorkbookPart,
  type RbWorkbookRead,
  type RbWorkbookRound,
  type RbWorkbookSheet,
  readRbWorkbook,
} from './rb-workbook';
export { RB_TEMPLATE_COLUMNS, type RbTemplateKey } from './rb-workbook-template';
export {
  evaluateSakip,
  SAKIP_SUB_COMPONENTS,
  type SakipAnswerRow,
  type SakipComponentScore,
  type SakipEvaluation,
  type SakipGrade,
  type SakipMissing,
  type SakipSubComponent,
  type SakipSubScore,
  type SakipWeakPoint,
  sakipGrade,
} from './sakip';
export {
  isSakipWorkbookSheet,
  readSakipWorkbook,
  type SakipWorkbookCheck,
  type SakipWorkbookComponent,
  type SakipWorkbookEvaluation,
  type SakipWorkbookRound,
  type SakipWorkbookSheet,
  type SakipWorkbookSub,
} from './sakip-workbook';
