import type { Issue } from '../core/issue';
import type { MessageCode } from '../messages/catalog';
import type { FieldId } from '../model/fields';
import { attendanceCodeKey } from '../parse/attendance-code';
import { defaultAttendanceCodeKeys } from './attendance-codes';
import { columnParts, isNumberingRow } from './compose';
import { guessTableKind, missingRequired } from './kind';
import { aspectOfLabel, type FieldCandidate, matchLabel } from './matcher';
import { isBlank, normalizeLabel } from './normalize';
import type {
  ColumnMapping,
  ColumnRecognition,
  RecognizedColumn,
  RecognizeOptions,
  TableKind,
} from './schema';
import { ASPECTS, type Aspect, type AspectParent, templateHeader } from './vocabulary';

/** Below this a label is too vague to claim a field. */
export const MIN_CONFIDENCE = 0.5;
/** Upper header text alone ("Pegawai" over "Nama | NIP") counts less than the column's own text. */
const UPPER_ONLY_FACTOR = 0.85;
/** Under "Target", the Kuantitas column carries the main value; the other aspects follow in order. */
const ASPECT_RANK: Readonly<Record<Aspect, number>> = {
  kuantitas: 1,
  kualitas: 0.99,
  waktu: 0.98,
  biaya: 0.97,
};
/** Two candidates for one field this close are both plausible: the user hears which one was taken. */
const DUPLICATE_MARGIN = 0.05;
const DUPLICATE_FLOOR = 0.95;

/**
 * Weak labels that mean different things in different tables lean to the field the rest of the
 * header points to: "Kegiatan" is an RHK in an SKP (old e-SKP forms) but an activity in a daily log,
 * "Nilai" is an achievement in a recap but an answer in a SAKIP LKE sheet.
 */
const CONTEXT: Partial<Record<FieldId, { signals: readonly FieldId[]; kinds: readonly TableKind[] }>> = {
  aktivitas: {
    signals: ['tanggal', 'menit', 'jam_mulai', 'jam_selesai', 'volume', 'output'],
    kinds: ['activity'],
  },
  rhk: { signals: ['indikator', 'target', 'realisasi', 'rhk_atasan', 'aspek'], kinds: ['skp', 'realisasi'] },
  jawaban: { signals: ['kriteria', 'komponen', 'subkomponen'], kinds: ['sakip'] },
};
const CONTEXT_BONUS = 0.1;

/**
 * A bare "Keterangan" means nothing alone (a remark beside any table), but beside a pembinaan kind
 * column it holds the record's note: in a TPP file's hukuman list, the tingkat ("HUKUMAN DISIPLIN
 * SEDANG"). Read as the register's note there only, confidently enough to be read unconfirmed.
 */
const NOTE_LABEL = 'keterangan';
const NOTE_IN_REGISTER = 0.8;
/** Words of a kind column that make a pembinaan table a list of hukuman, read without a date column. */
const HUKUMAN_LIST_WORDS = ['hukuman', 'pelanggaran'];
/** Signals count only when a column names them clearly; the bonus never lifts a weak label past this. */
const SIGNAL_FLOOR = 0.85;
const CONTEXT_CEILING = 0.95;

interface ColumnCandidates {
  label: string;
  candidates: readonly FieldCandidate[];
  aspect?: Aspect;
  aspectOf?: AspectParent;
  /** The "Target" or "Realisasi" group a non-aspect sub-column sits under ("Target / Satuan"). */
  group?: AspectParent;
}

const isAspectParent = (field: FieldId | undefined): field is AspectParent =>
  field === 'target' || field === 'realisasi';

function mergeCandidates(lists: readonly (readonly FieldCandidate[])[]): FieldCandidate[] {
  const best = new Map<FieldId, number>();
  for (const list of lists)
    for (const { field, score } of list) if (score > (best.get(field) ?? 0)) best.set(field, score);
  return [...best.entries()].map(([field, score]) => ({ field, score })).sort((a, b) => b.score - a.score);
}

/** An aspect written inside one label loses a tie to the plain "Target" column beside it. */
const INLINE_ASPECT_FACTOR = 0.95;

/** "Target Waktu", "Realisasi Kuantitas": one-row headers that name the aspect after the group. */
function inlineAspect(label: string): ColumnCandidates | undefined {
  const [head, second] = normalizeLabel(label).split(' ');
  const aspect = ASPECTS.find((a) => a === second);
  if (!aspect || (head !== 'target' && head !== 'realisasi')) return undefined;
  return {
    label,
    candidates: [{ field: head, score: ASPECT_RANK[aspect] * INLINE_ASPECT_FACTOR }],
    aspect,
    aspectOf: head,
  };
}

/** What one column may mean, from its header text in every header row (top first). */
function candidatesFor(parts: readonly string[]): ColumnCandidates {
  const label = parts.join(' / ');
  const own = parts[parts.length - 1];
  if (own === undefined) return { label, candidates: [] };
  if (parts.length === 1) return inlineAspect(own) ?? { label, candidates: matchLabel(own) };
  const upper = parts.slice(0, -1).join(' ');
  const upperBest = matchLabel(upper)[0];
  const ownAspect = aspectOfLabel(own);
  // "Target" over "Kuantitas | Kualitas | Waktu | Biaya" (PermenPANRB 6/2022 aspects).
  if (ownAspect && isAspectParent(upperBest?.field)) {
    const score = upperBest.score * ASPECT_RANK[ownAspect];
    return {
      label,
      candidates: [{ field: upperBest.field, score }],
      aspect: ownAspect,
      aspectOf: upperBest.field,
    };
  }
  // The reverse nesting: "Kuantitas" over "Target | Realisasi".
  const upperAspect = aspectOfLabel(upper);
  const ownBest = matchLabel(own)[0];
  if (upperAspect && isAspectParent(ownBest?.field))
    return { label, candidates: [ownBest], aspect: upperAspect, aspectOf: ownBest.field };
  const upperOnly = matchLabel(upper).map((c) => ({ field: c.field, score: c.score * UPPER_ONLY_FACTOR }));
  return {
    label,
    candidates: mergeCandidates([matchLabel(own), matchLabel(parts.join(' ')), upperOnly]),
    ...(isAspectParent(upperBest?.field) ? { group: upperBest.field } : {}),
  };
}

const missingCode: Readonly<Record<Exclude<TableKind, 'unknown'>, MessageCode>> = {
  skp: 'COLUMNS_MISSING_SKP',
  realisasi: 'COLUMNS_MISSING_REALISASI',
  activity: 'COLUMNS_MISSING_ACTIVITY',
  recap: 'COLUMNS_MISSING_RECAP',
  employees: 'COLUMNS_MISSING_EMPLOYEES',
  behaviour: 'COLUMNS_MISSING_BEHAVIOUR',
  attendance: 'COLUMNS_MISSING_ATTENDANCE',
  sakip: 'COLUMNS_MISSING_SAKIP',
  pembinaan: 'COLUMNS_MISSING_PEMBINAAN',
};

const quoteLabels = (labels: readonly string[]): string => {
  const shown = labels.filter((label) => label !== '').slice(0, 5);
  return shown.length === 0 ? '-' : shown.map((label) => `"${label}"`).join(', ');
};

/** Applies a user-confirmed mapping; out-of-range or doubled columns are reported and skipped. */
function applyConfirmed(
  confirmed: ColumnMapping,
  width: number,
  assigned: Map<FieldId, { column: number; score: number }>,
  taken: Set<number>,
  issues: Issue[],
): void {
  for (const [field, column] of Object.entries(confirmed) as [FieldId, number | undefined][]) {
    if (column === undefined || taken.has(column)) continue;
    if (column >= width) {
      issues.push({
        code: 'COLUMNS_CONFIRMED_OUT_OF_RANGE',
        params: { field: templateHeader(field), column: column + 1, count: width },
        severity: 'warning',
      });
      continue;
    }
    assigned.set(field, { column, score: 1 });
    taken.add(column);
  }
}

/**
 * Two equally good columns for one field (two "Target" columns): name the one used and the one
 * ignored, so the user can rename one or choose by hand. Only strong, unused rivals count.
 */
function duplicateIssues(
  ranked: readonly { column: number; field: FieldId; score: number }[],
  assigned: ReadonlyMap<FieldId, { column: number; score: number }>,
  taken: ReadonlySet<number>,
  confirmedFields: ReadonlySet<FieldId>,
  perColumn: readonly ColumnCandidates[],
): Issue[] {
  const issues: Issue[] = [];
  const reported = new Set<FieldId>();
  for (const rival of ranked) {
    if (rival.score < DUPLICATE_FLOOR) break;
    const chosen = assigned.get(rival.field);
    if (!chosen || taken.has(rival.column) || reported.has(rival.field) || confirmedFields.has(rival.field))
      continue;
    const used = perColumn[chosen.column];
    const other = perColumn[rival.column];
    if (rival.score < chosen.score - DUPLICATE_MARGIN || other?.aspectOf !== undefined) continue;
    // "Target / Satuan" and "Realisasi / Satuan" are one unit written twice, not a conflict.
    if (other?.group !== undefined && other.group !== used?.group) continue;
    reported.add(rival.field);
    issues.push({
      code: 'COLUMNS_DUPLICATE',
      params: {
        field: templateHeader(rival.field),
        chosen: chosen.column + 1,
        chosenLabel: used?.label ?? '',
        other: rival.column + 1,
        otherLabel: other?.label ?? '',
      },
      // The column only: the surface adds its sheet and header row with locate().
      at: { column: used?.label ?? '' },
      severity: 'warning',
    });
  }
  return issues;
}

/** Group labels over attendance code columns ("Keterangan" over TMK1 | TMK2 | S | TK in a monthly recap). */
const CODE_GROUP_WORDS = ['keterangan', 'kode', 'absensi', 'absen', 'kehadiran', 'ketidakhadiran', 'rekap'];
/** Group labels over day columns ("Tanggal" over 1 | 2 | ... | 31 in a daily matrix). */
const DAY_GROUP_WORDS = ['tanggal', 'hari'];
/** Code columns without a group label count only as a run of at least this many (S | I | C | TK). */
const MIN_CODE_RUN = 3;
/** Day columns without a group label count only as a run 1, 2, 3... at least this long. */
const MIN_DAY_RUN = 7;
/** A header with this many code columns, or day columns, beside a person column is an attendance table. */
const ATTENDANCE_MIN_CODES = 3;
const ATTENDANCE_MIN_DAYS = 20;
const PERSON_FIELDS: readonly FieldId[] = ['nama', 'nip', 'nama_nip'];

const hasWord = (label: string, words: readonly string[]): boolean => {
  const normalised = normalizeLabel(label).split(' ');
  return words.some((word) => normalised.includes(word));
};

/** The label over column `index` in a header row: its own cell, or the merged cell it lies under. */
function labelOver(row: readonly string[] | undefined, index: number): string {
  if (!row) return '';
  for (let i = Math.min(index, row.length - 1); i >= 0; i--) if (!isBlank(row[i])) return row[i] ?? '';
  return '';
}

/**
 * A row of day numbers under "Tanggal" looks like a numbering row (1 2 3 ...) but is the header of a
 * daily matrix: it starts right of the first column, under a label naming days.
 */
function isDayRowUnder(row: readonly string[], above: readonly string[] | undefined): boolean {
  const first = row.findIndex((cell) => !isBlank(cell));
  return first > 0 && hasWord(labelOver(above, first), DAY_GROUP_WORDS);
}

/** Header rows that say something: blank rows and numbering rows left out, day rows kept. */
function meaningfulRows(headerRows: readonly (readonly string[])[]): (readonly string[])[] {
  const kept: (readonly string[])[] = [];
  for (const row of headerRows) {
    if (!row.some((cell) => !isBlank(cell))) continue;
    if (isNumberingRow(row) && !isDayRowUnder(row, kept[kept.length - 1])) continue;
    kept.push(row);
  }
  return kept;
}

const dayOfLabel = (label: string | undefined): number | undefined => {
  const match = /^\s*(\d{1,2})\s*$/.exec(label ?? '');
  const day = match ? Number(match[1]) : 0;
  return day >= 1 && day <= 31 ? day : undefined;
};

/** Day columns: 1..31 under a Tanggal/Hari group, or a run 1, 2, 3... of at least MIN_DAY_RUN. */
function findDayColumns(parts: readonly string[][]): { index: number; day: number }[] {
  const found: { index: number; day: number }[] = [];
  let run: { index: number; day: number }[] = [];
  const closeRun = () => {
    if (run.length >= MIN_DAY_RUN && run[0]?.day === 1) found.push(...run);
    run = [];
  };
  parts.forEach((columnParts, index) => {
    const day = dayOfLabel(columnParts[columnParts.length - 1]);
    const grouped = columnParts.length > 1 && hasWord(columnParts.slice(0, -1).join(' '), DAY_GROUP_WORDS);
    if (day !== undefined && grouped) {
      closeRun();
      found.push({ index, day });
    } else if (
      day !== undefined &&
      (run.length === 0 ? day === 1 : day === (run[run.length - 1]?.day ?? 0) + 1)
    )
      run.push({ index, day });
    else {
      closeRun();
      if (day === 1) run.push({ index, day });
    }
  });
  closeRun();
  return found.sort((a, b) => a.index - b.index);
}

/** Code columns: a written attendance code under a group such as "Keterangan", or a run of them. */
function findCodeColumns(
  parts: readonly string[][],
  codes: ReadonlySet<string>,
  days: ReadonlySet<number>,
): { index: number; code: string }[] {
  const candidates: { index: number; code: string; grouped: boolean }[] = [];
  parts.forEach((columnParts, index) => {
    const own = columnParts[columnParts.length - 1];
    if (own === undefined || days.has(index) || !codes.has(attendanceCodeKey(own))) return;
    const grouped = columnParts.length > 1 && hasWord(columnParts.slice(0, -1).join(' '), CODE_GROUP_WORDS);
    candidates.push({ index, code: own, grouped });
  });
  const enough = candidates.length >= MIN_CODE_RUN;
  return candidates.filter((c) => enough || c.grouped).map(({ index, code }) => ({ index, code }));
}

const defaultCodeKeys = new Set(defaultAttendanceCodeKeys());

/**
 * Maps header labels to logical fields, for a sheet's header rows and an HTML table's logical grid
 * alike (spanned cells repeated or left blank). Each field gets at most one column (highest confidence,
 * ties to the leftmost) and each column at most one field. Never throws: problems are `issues`.
 */
export function recognizeColumns(
  headerRows: readonly (readonly string[])[],
  options: RecognizeOptions = {},
): ColumnRecognition {
  const rows = meaningfulRows(headerRows);
  const parts = columnParts(rows);
  const width = parts.length;
  // Day and code columns are recognised first and claimed by no field ("TK" is no field, "Tanggal / 1"
  // is no date column).
  const codeKeys = options.attendanceCodes
    ? new Set(options.attendanceCodes.map(attendanceCodeKey))
    : defaultCodeKeys;
  const confirmedColumns = new Set(Object.values(options.confirmed ?? {}));
  const dayColumns = findDayColumns(parts).filter((c) => !confirmedColumns.has(c.index));
  const dayIndexes = new Set(dayColumns.map((c) => c.index));
  const codeColumns = findCodeColumns(parts, codeKeys, dayIndexes).filter(
    (c) => !confirmedColumns.has(c.index),
  );
  const reserved = new Set([...dayIndexes, ...codeColumns.map((c) => c.index)]);
  // A header cell spanning several columns arrives repeated (HTML colspan, or a merged sheet range
  // filled in): the copies right of the first are one header, not rival columns, and claim nothing.
  const perColumn = parts.map((columnText, i) =>
    i > 0 && columnText.length > 0 && columnText.join('\n') === parts[i - 1]?.join('\n')
      ? { label: columnText.join(' / '), candidates: [] }
      : candidatesFor(columnText),
  );
  const issues: Issue[] = [];
  const assigned = new Map<FieldId, { column: number; score: number }>();
  const taken = new Set<number>();
  applyConfirmed(options.confirmed ?? {}, width, assigned, taken, issues);
  const confirmedFields = new Set(assigned.keys());

  const signals = new Set<FieldId>();
  perColumn.forEach(({ candidates }, column) => {
    if (reserved.has(column)) return;
    for (const { field, score } of candidates) if (score >= SIGNAL_FLOOR) signals.add(field);
  });
  const withContext = (field: FieldId, score: number): number => {
    const context = CONTEXT[field];
    if (!context || score >= CONTEXT_CEILING) return score;
    const leans =
      (options.expect !== undefined && context.kinds.includes(options.expect)) ||
      context.signals.some((signal) => signals.has(signal));
    return leans ? Math.min(CONTEXT_CEILING, score + CONTEXT_BONUS) : score;
  };

  const ranked: { column: number; field: FieldId; score: number }[] = [];
  const register = options.expect === 'pembinaan' || signals.has('jenis_pembinaan');
  perColumn.forEach(({ label, candidates }, column) => {
    if (reserved.has(column)) return;
    for (const candidate of candidates) {
      const score = withContext(candidate.field, candidate.score);
      if (score >= MIN_CONFIDENCE) ranked.push({ column, field: candidate.field, score });
    }
    if (register && candidates.length === 0 && normalizeLabel(label) === NOTE_LABEL)
      ranked.push({ column, field: 'catatan', score: NOTE_IN_REGISTER });
  });
  ranked.sort((a, b) => b.score - a.score || a.column - b.column);
  for (const { column, field, score } of ranked) {
    if (assigned.has(field) || taken.has(column)) continue;
    assigned.set(field, { column, score });
    taken.add(column);
  }

  issues.push(...duplicateIssues(ranked, assigned, taken, confirmedFields, perColumn));

  const fieldOfColumn = new Map<number, { field: FieldId; score: number }>();
  const mapping: ColumnMapping = {};
  for (const [field, { column, score }] of assigned) {
    mapping[field] = column;
    fieldOfColumn.set(column, { field, score });
  }
  const aspects: ColumnRecognition['aspects'] = {};
  const unmapped: number[] = [];
  const columns: RecognizedColumn[] = perColumn.map(({ label, aspect, aspectOf }, index) => {
    const hit = fieldOfColumn.get(index);
    if (aspect && aspectOf) aspects[aspectOf] = { ...aspects[aspectOf], [aspect]: index };
    else if (!hit && label !== '' && !reserved.has(index)) unmapped.push(index);
    return {
      index,
      label,
      field: hit?.field ?? null,
      confidence: hit ? Math.min(1, Math.round(hit.score * 1000) / 1000) : 0,
      ...(aspect && aspectOf ? { aspect, aspectOf } : {}),
      ...(hit && confirmedFields.has(hit.field) ? { confirmed: true } : {}),
    };
  });

  const fields = new Set(assigned.keys());
  // A recap of code counts, a daily matrix or check-in/out times per person is attendance, though it
  // has no "Kode Absen" column (kind.ts knows only the event-row shape).
  const attendanceShape =
    codeColumns.length >= ATTENDANCE_MIN_CODES ||
    dayColumns.length >= ATTENDANCE_MIN_DAYS ||
    fields.has('jam_masuk') ||
    fields.has('jam_pulang');
  const withPerson = PERSON_FIELDS.some((field) => fields.has(field));
  const guessedKind = attendanceShape && withPerson ? 'attendance' : guessTableKind(fields);
  const tableKind = options.expect ?? guessedKind;
  if (width === 0) {
    issues.push({ code: 'COLUMNS_EMPTY_TABLE', severity: 'error' });
  } else if (fields.size === 0) {
    issues.push({
      code: 'COLUMNS_NO_HEADER',
      params: { labels: quoteLabels(perColumn.map((c) => c.label)) },
      severity: 'error',
    });
  } else if (tableKind !== 'unknown') {
    const jenis = assigned.get('jenis_pembinaan');
    const hukumanList =
      tableKind === 'pembinaan' &&
      jenis !== undefined &&
      hasWord(perColumn[jenis.column]?.label ?? '', HUKUMAN_LIST_WORDS);
    for (const group of missingRequired(tableKind, fields)) {
      // Codes in columns, days or check-in times stand in for the "Kode Absen" column.
      if (tableKind === 'attendance' && attendanceShape && group.includes('kode_absen')) continue;
      // A list of the period's hukuman has no dates (its records belong to its period) and may name
      // people by name alone (matched to the roster by name): docs/rules.md, supervisor duties.
      if (hukumanList && (group.includes('tanggal') || (group.includes('nip') && fields.has('nama'))))
        continue;
      issues.push({
        code: missingCode[tableKind],
        params: { fields: group.map((field) => `"${templateHeader(field)}"`).join(' / ') },
        severity: 'error',
      });
    }
  }
  return { mapping, columns, unmapped, aspects, codeColumns, dayColumns, tableKind, guessedKind, issues };
}
