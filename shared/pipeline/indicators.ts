import type { Issue, Result } from '../core/issue';
import type { RawTable, RawValue } from '../model/input';
import { evidenceGiven, feedbackGiven, parseNip, parseNumber, parsePolarity, parseRhkKind } from '../parse';
import { nipDigits } from '../parse/nip';
import { FastReading, readNumberFast, readTargetFast } from '../parse/number-fast';
import type { NumberHints } from '../parse/types';
import type { Policy } from '../policy/schema';
import {
  type Amount,
  decideIndicator,
  type IndicatorFlag,
  isNumberCell,
  type Measure,
  readAmount,
  readMeasure,
} from '../score/indicator';
import { cachedParser, collapseSpaces, columnSamples, placed, rowList, text, where } from './cells';
import { type EmployeeRoster, type PerEmployee, perEmployee, UnknownNips } from './people';
import type { IndicatorResult } from './schema';

export interface IndicatorRecord extends IndicatorResult {
  /** Bobot written on this row (usually only on an RHK's first row), null when empty or unreadable. */
  weight: number | null;
}

type Parse<T> = (text: string) => Result<T>;

/** A fast reading as readMeasure gives it: "80 - 90 %" is 80..90 points. */
const measureOfReading = (r: FastReading): Measure =>
  r.range
    ? { kind: 'range', low: r.low, high: r.value, scale: r.percent ? 'points' : 'bare' }
    : { kind: 'single', value: r.value, scale: r.percent ? 'points' : 'bare' };

/**
 * Readers per column, built once: the column's own values decide "4.215"; a % unit means a percentage.
 * Targets repeat across employees ("12 Dokumen", "100%"), so each distinct text is read once. A number
 * the sheet holds (RawNumber) is taken as it is, never turned into text and read again.
 */
function readersFor<T>(
  table: RawTable,
  field: 'target' | 'realisasi',
  read: (cell: unknown, hints: NumberHints) => Result<T>,
  fast: (text: string, hints: NumberHints) => Result<T> | undefined,
) {
  const samples = columnSamples(table, field);
  const plainHints: NumberHints = { columnSamples: samples };
  const percentHints: NumberHints = { columnSamples: samples, context: 'percent' };
  const plain: Parse<T> = cachedParser((text) => read(text, plainHints));
  const percent: Parse<T> = cachedParser((text) => read(text, percentHints));
  // The length test spares a lower-cased copy of every other unit ("Dokumen", "Orang") on 100,000 rows.
  return (cell: RawValue | undefined, cellText: string, satuan: string): Result<T> => {
    if (isNumberCell(cell)) return read(cell, {});
    const inPercent = satuan === '%' || (satuan.length === 6 && satuan.toLowerCase() === 'persen');
    return fast(cellText, inPercent ? percentHints : plainHints) ?? (inPercent ? percent : plain)(cellText);
  };
}

/**
 * Reads the indicators sheet, grouped by employee NIP in one pass. Merged cells arrive empty in every row
 * but the first, so an empty NIP, RHK or jenis RHK carries down from the row above. Each bad cell is
 * reported where it is; only the indicator it belongs to loses its capaian.
 */
export function readIndicators(
  table: RawTable,
  roster: EmployeeRoster,
  employeeSheet: string,
  policy: Policy,
  issues: Issue[],
): { byEmployee: PerEmployee<IndicatorRecord[]>; scored: number } {
  const byEmployee = perEmployee<IndicatorRecord[]>(roster);
  const unknown = new UnknownNips(table.sheet);
  // The plain forms ("12 Dokumen", "85,5 %", "80-90") are read by the fast reader, the rest by the parser.
  const reading = new FastReading();
  const readTarget = readersFor<Measure>(table, 'target', readMeasure, (text, hints) =>
    readTargetFast(text, hints, reading) ? { ok: true, value: measureOfReading(reading) } : undefined,
  );
  const readRealisasi = readersFor<Amount>(table, 'realisasi', readAmount, (text, hints) =>
    readNumberFast(text, hints, reading)
      ? { ok: true, value: { value: reading.value, scale: reading.percent ? 'points' : 'bare' } }
      : undefined,
  );
  // Flags about evidence and feedback only where the sheet has the column (docs/rules.md#flags).
  const hasEvidenceColumn = table.columns.bukti_dukung !== undefined;
  const hasFeedbackColumn = table.columns.umpan_balik !== undefined;
  const weightHints: NumberHints = { columnSamples: columnSamples(table, 'bobot'), context: 'percent' };
  // Bobot values repeat ("20%", "25") within and across employees: each distinct text is parsed once.
  const weightOf = cachedParser((text) => parseNumber(text, weightHints));
  // This run's caches of the label columns and of NIP cells that are not exactly a roster NIP.
  const polarityOf = cachedParser(parsePolarity);
  const kindOf = cachedParser(parseRhkKind);
  const nipOf = cachedParser(parseNip);
  let scored = 0;
  let lastNip = '';
  let lastRhk = '';
  let rhkSeen = '';
  let rhkNormalised = '';
  let lastKind: 'utama' | 'tambahan' = 'utama';
  // An employee's rows follow one another: while the NIP cell repeats, its check and its list are reused.
  let lastNipText = '';
  let list: IndicatorRecord[] | undefined;

  const rows = table.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as (typeof rows)[number];
    // Named reads on the row's values (one shape per sheet) are much cheaper than keyed ones at 100,000 rows.
    const v = row.values;
    const indikator = text(v.indikator);
    const targetText = text(v.target);
    const realisasiText = text(v.realisasi);
    const nipText = text(v.nip);
    if (indikator === '' && targetText === '' && realisasiText === '' && nipText === '') continue;

    let nip = lastNip;
    if (nipText !== '' && (nipText !== lastNipText || list === undefined)) {
      lastNipText = nipText;
      // A cell holding exactly a roster NIP (18 bare digits, the usual case) was checked with the roster.
      let employee = roster.byNip.get(nipText);
      // Or its digits, written with spaces, dots or dashes between them (no need to parse the cell again).
      if (employee === undefined) {
        const digits = nipDigits(nipText);
        if (digits !== undefined) employee = roster.byNip.get(digits);
      }
      if (employee !== undefined) nip = employee.nip;
      else {
        const parsed = nipOf(nipText);
        if (!parsed.ok) {
          issues.push(placed(parsed.issue, where(table, row, 'nip')));
          lastNip = '';
          list = undefined;
          continue;
        }
        nip = parsed.value.nip;
        employee = roster.byNip.get(nip);
      }
      if (nip !== lastNip) {
        lastRhk = '';
        lastKind = 'utama';
      }
      lastNip = nip;
      if (employee !== undefined) {
        list = byEmployee[employee.index];
        if (list === undefined) {
          list = [];
          byEmployee[employee.index] = list;
        }
      } else list = undefined;
    } else if (nip === '') {
      issues.push({ code: 'NIP_EMPTY', at: where(table, row, 'nip'), severity: 'error' });
      continue;
    }
    if (list === undefined) {
      unknown.add(nip, row.row, where(table, row, 'nip'));
      continue;
    }

    const rhkText = text(v.rhk);
    // Sheets repeat the RHK text on each of its indicator rows: normalise it only when it changes.
    if (rhkText !== '') {
      if (rhkText !== rhkSeen) {
        rhkSeen = rhkText;
        rhkNormalised = collapseSpaces(rhkText);
      }
      lastRhk = rhkNormalised;
    }
    const kindText = text(v.jenis_rhk);
    if (kindText !== '') {
      const kind = kindOf(kindText);
      if (kind.ok) lastKind = kind.value;
      else issues.push({ ...placed(kind.issue, where(table, row, 'jenis_rhk')), severity: 'warning' });
    }
    const satuan = text(v.satuan);
    const polarity = polarityOf(text(v.polaritas));
    if (!polarity.ok)
      issues.push({ ...placed(polarity.issue, where(table, row, 'polaritas')), severity: 'warning' });

    let weight: number | null = null;
    const weightText = text(v.bobot);
    if (weightText !== '') {
      if (readNumberFast(weightText, weightHints, reading)) weight = reading.value;
      else {
        const w = weightOf(weightText);
        if (w.ok) weight = w.value.value;
        else issues.push({ ...placed(w.issue, where(table, row, 'bobot')), severity: 'warning' });
      }
    }

    const realisasiEmpty = realisasiText === '';
    const evidenceText = text(v.bukti_dukung);
    const feedbackText = text(v.umpan_balik);
    const verdict = decideIndicator(
      {
        target: readTarget(v.target, targetText, satuan),
        realisasi: realisasiEmpty ? 'empty' : readRealisasi(v.realisasi, realisasiText, satuan),
        polarity: polarity.ok ? polarity.value : 'positif',
        evidence: hasEvidenceColumn ? evidenceGiven(evidenceText) : undefined,
        feedback: hasFeedbackColumn ? feedbackGiven(feedbackText) : undefined,
      },
      policy,
    );
    if (verdict.issue !== null && verdict.issueField !== null)
      issues.push(placed(verdict.issue, where(table, row, verdict.issueField)));
    const capaian = verdict.capaian;
    if (capaian !== null) scored++;

    const record: IndicatorRecord = {
      row: row.row,
      rhk: lastRhk,
      jenis: lastKind,
      indikator,
      target: targetText,
      realisasi: realisasiText,
      capaian,
      kategori: verdict.kategori,
      hasEvidence: evidenceGiven(evidenceText),
      hasFeedback: feedbackGiven(feedbackText),
      weight,
      flags: verdict.flags as IndicatorFlag[],
    };
    list.push(record);
  }
  unknown.flush(employeeSheet, issues, rowList);
  return { byEmployee, scored };
}
