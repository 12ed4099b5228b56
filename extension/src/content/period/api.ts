import type { Failure } from '../../../../shared/core';
import type { Lang } from '../../../../shared/messages';
import type { Period } from '../../../../shared/parse';
import type { Measure, PeriodBasis, PeriodTargetCell, TargetForPeriod } from '../../../../shared/score';
import type { OverlayPeriods } from '../light/default-policy';

/*
 * The period module: how an annual target on a page meets the period the page names, by the core's one
 * rule (shared/score/prorate.ts: decidePeriodBasis, targetForPeriod; the period read from the page's
 * key/value lines as the add-on reads a sheet's: shared/columns periodOfLines). Most pages never need it
 * (their targets are the period's own), so it is a script of its own (period/module.ts, built to
 * src/content/period.js) that the background injects into the frame that asks, once, when a table's
 * target header names a year or its realisasi a running total (or the region's policy says every table
 * does). The content script stays light; the page never sees the module (it runs in the extension's
 * isolated world, like the content script).
 */

/** What a table's period context is: the basis its targets meet, and what the user is told about it. */
export interface TableBasis {
  basis: PeriodBasis | null;
  /** The column of the period's own target ("Target TW II") when the basis uses it; else undefined. */
  periodColumn: number | undefined;
  /** Notes about the whole table, already in the user's language (an annual target without a period...). */
  notes: string[];
}

export interface TableBasisInput {
  doc: Document;
  /** The page's data tables: their cells are not key/value lines. */
  tables: readonly Element[];
  targetHeader: string | undefined;
  realisasiHeader: string | undefined;
  hasRealisasiColumn: boolean;
  /** The table's columns no field claims (index and header): the periods' own target columns among them. */
  otherColumns: readonly { index: number; label: string }[];
  rules: OverlayPeriods;
  /** How messages name the table (its caption, id or heading). */
  tableName: string;
  lang: Lang;
}

/** A counted row of a page's activity log (its status and minutes already read by the content script). */
export interface ActivityDayRow {
  tanggal: string;
  uraian: string;
  minutes: number;
  /** The row's other cells' texts, joined (a repeat matches them too: shared/score/activity-rows.ts). */
  others: string;
  /** Its place among the table's data rows (1 = first), as messages name it. */
  at: number;
}

export interface ActivityDaysInput {
  doc: Document;
  tables: readonly Element[];
  rows: readonly ActivityDayRow[];
  tableName: string;
  lang: Lang;
}

/**
 * A page log's rows by their days, as Hitung nilai reads a sheet's (shared/score/activity-rows.ts):
 * per row the note of its badge when it is set aside (undefined when it counts), the panel's lines, and a
 * key naming the page period read (part of what the log's figures depend on).
 */
export interface ActivityDays {
  aside: (string | undefined)[];
  notes: string[];
  key: string;
}

export interface PeriodApi {
  tableBasis(input: TableBasisInput): TableBasis;
  /**
   * The one period the page names in its key/value lines or titles (as the add-on reads a sheet's meta
   * rows), or null: none, a range or two periods. What a people recap's kesibukan semu counts working days for.
   */
  pagePeriod(doc: Document, tables: readonly Element[]): Period | null;
  /**
   * What the page says of its period, as a key: the period read from its key/value lines and titles, or,
   * when none is read, the text of a range or two periods (the notes name it). Another key, other verdicts:
   * the overlay scores the tables again when a change outside them moves it (overlay.ts), never on a clock's
   * tick, even one written on the period's own line.
   */
  pageKey(doc: Document, tables: readonly Element[]): string;
  /** The activity log's rows by their days and the page's period (activity-log.ts). */
  activityDays(input: ActivityDaysInput): ActivityDays;
  /**
   * The target a row's realisasi meets under the basis, and the line its tooltip adds ('' when none): the
   * note on the target used, or, when there is none to use, why (the content script cannot word it).
   */
  targetFor(
    target: Measure,
    basis: PeriodBasis,
    satuan: string | undefined,
    indikator: string,
    periodTarget: PeriodTargetCell | undefined,
    lang: Lang,
  ): { prepared: TargetForPeriod | Failure; note: string };
}

/** Where the module puts its functions in the isolated world (a registered symbol: no page can reach it). */
export const PERIOD_API = Symbol.for('nilai-kerja/period-module');

/** The runtime message by which the content script asks the background to inject the module. */
export const LOAD_PERIOD_MODULE = 'nilai-kerja/load-period-module';

/** The module's script in the built extension (extension/build.ts writes it; the background injects it). */
export const PERIOD_MODULE_FILE = 'src/content/period.js';
