/** The bundled sample OPD and the bench's province-sized generator. */

export { sampleHistorySheets, sampleRegisterSheet } from './history';
export {
  BAPPEDA,
  kkeResumeSheet,
  type OpdSheet,
  opdEarlier,
  opdWorkbook,
  SAMPLE_OPD_SAKIP,
  SAMPLE_OPDS,
  SAMPLE_OPDS_PERIOD,
  SAMPLE_OPDS_PREVIOUS,
  sampleOpdListSheet,
} from './opds';
export { SAMPLE_OPD, SAMPLE_PEOPLE, SAMPLE_PERIOD, SAMPLE_UNITS } from './people';
export { generateProvince } from './province';
export { sampleRbLke } from './rb';
export {
  SAMPLE_RB_AS_OF,
  SAMPLE_RB_HEADER,
  SAMPLE_RB_ROWS,
  SAMPLE_RB_SHEET,
  sampleRbActionGrid,
} from './rb-actions';
export { sampleNips, sampleWorkbook } from './workbook';
