/** The bundled sample OPD and the bench's province-sized generator. */
export { SAMPLE_OPD, SAMPLE_PEOPLE, SAMPLE_PERIOD, SAMPLE_UNITS } from './people';
export { generateProvince } from './province';
export { sampleNips, sampleWorkbook } from './workbook';
