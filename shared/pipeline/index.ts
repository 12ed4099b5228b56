/** Raw string tables in, every result out: used by `npm start`, the add-on, the extension and the bench. */

export { MAX_ACTIVITY_MINUTES } from './attendance';
export { type ScoreOptions, scoreOrganisation } from './organisation';
export { buildResultsPackage, parseResultsPackage, withholdSanctionReasons } from './package';
export { hasResultData } from './result-data';
export * from './schema';
export { type SakipUnitsResult, scoreSakipUnits } from './units';
