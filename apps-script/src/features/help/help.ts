import { type Action, done, say } from '../../action';

/** "Bantuan": the workflow and the sheet functions, in one alert (or the log when headless). */
export const showHelp: Action = () => done(say('SHEETS_HELP_TEXT'));
