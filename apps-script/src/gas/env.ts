import { GasSpreadsheetPort } from '../port/gas-adapter';
import type { SpreadsheetPort } from '../port/types';
import type { GasGlobals, GasUi } from './types';

/** The Apps Script globals, typed by the slice we use. Tests swap them by running Code.js in a vm context. */
export const gas = (): GasGlobals => globalThis as unknown as GasGlobals;

/**
 * The Ui when there is one. Time-driven and installable triggers, and the script editor's Run button
 * in some modes, throw on getUi(): every action must run headless too.
 */
export function tryUi(): GasUi | null {
  try {
    return gas().SpreadsheetApp?.getUi() ?? null;
  } catch {
    return null;
  }
}

/** The active spreadsheet behind the port, or null when the script is not bound to one. */
export function activeSpreadsheet(): SpreadsheetPort | null {
  const g = gas();
  const book = g.SpreadsheetApp?.getActive() ?? null;
  return book ? new GasSpreadsheetPort(book, g) : null;
}

export function log(message: string): void {
  try {
    gas().Logger?.log(message);
  } catch {
    // Logging must never break an action.
  }
}
