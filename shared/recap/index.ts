/** The Sekda's recap across OPDs (issue 12): the OPD package each OPD sends, and the recap of many. */
export * from './kind';
export * from './opd-package';
export * from './recap';
export * from './schema';
export * from './verify';
