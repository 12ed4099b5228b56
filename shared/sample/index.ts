/** The bundled sample OPD and the bench's province-sized generator. */
export {
  SAMPLE_OPD,
  SAMPLE_PEOPLE,
  SAMPLE_PERIOD,
  SAMPLE_UNITS,
  SAMPLE_WORKING_DAYS,
  type SamplePerson,
} from './people';
export { generateProvince } from './province';
export { SAMPLE_SHEETS, sampleNips, sampleWorkbook } from './workbook';
