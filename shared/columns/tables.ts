import {
  findPeriodInText,
  type Period,
  type PeriodReading,
  periodContains,
  periodKey,
  readPeriod,
} from '../parse/period';
import { displayText, isNumberingRow } from './compose';
import {
  dayRunOf,
  type HeaderBlock,
  type HeaderRows,
  headerBlockAt,
  headerScore,
  isBlankRow,
  isHeaderLike,
  isNumberLike,
} from './header-rows';
import { matchLabel } from './matcher';
import { normalizeLabel } from './normalize';
import { recognizeColumns } from './recognize';
import type { ColumnRecognition, RecognizeOptions, TableKind } from './schema';

/*
 * Several tables in one sheet (SHEETS-IN-THE-WILD.md, family 4): title rows, key/value meta lines
 * ("SKPD : ...", "Periode : Mei 2024"), one to three merged header rows, a numbering row, data, total
 * rows and a signature block, then the next table. One pass from top to bottom: rows outside a table
 * are classified one by one; inside a table each data row costs a few cheap tests, and only a row
 * without any number is checked for being a new header, so a 20,000-row roster is read in a few ms.
 */

type Grid = readonly (readonly string[])[];

/**
 * One table found in a sheet. Rows are 0-based grid rows. It is a TableRecognition (index.ts) with
 * more: the fields are repeated here because index.ts re-exports this module (no import cycle).
 */
export interface FoundTable extends HeaderRows {
  recognition: ColumnRecognition;
  /** Data rows lie within firstDataRow .. dataEnd - 1 (see dataRows for which ones). */
  dataEnd: number;
  /** Exclusive: the first row after the table's data and total rows. */
  end: number;
  /** Data rows: no blank, numbering, field-name, total or repeated-header rows. */
  dataRows: number[];
  /** JUMLAH / TOTAL / RATA-RATA / sub-total rows inside or right after the data. */
  totalRows: number[];
  blankRows: number[];
  fieldNameRow?: number;
  /** Title lines above the header joined with " / " ('' when none). */
  title: string;
  /** From title and meta rows. periodText without period: the text names a range or several periods. */
  meta: { period?: Period; periodText?: string; opd?: string; rows: number[] };
  /** The signature block after the table (Mengetahui, Kepala ..., name, pangkat, NIP): not employees. */
  signatureRows: number[];
  kind: TableKind;
}

/** Long notes and CSS pasted in A1 ("body_berkas{ font-family: ... }") are neither titles nor data. */
const MAX_TITLE_LENGTH = 150;
const isStray = (text: string): boolean => /[{};]/.test(text) && /[a-z-]+\s*:\s*[^;]+;/i.test(text);

/** Distinct display texts of a row, left to right, without stray CSS; stops after `limit`. */
function textsOf(row: readonly string[] | undefined, limit = Number.POSITIVE_INFINITY): string[] {
  const texts: string[] = [];
  if (!row) return texts;
  for (const cell of row) {
    if (cell === '' || cell.trim() === '') continue;
    const text = displayText(cell);
    if (text === '' || isStray(text) || texts[texts.length - 1] === text || texts.includes(text)) continue;
    texts.push(text);
    if (texts.length >= limit) break;
  }
  return texts;
}

const OPD_KEYS = new Set([
  'skpd',
  'opd',
  'nama opd',
  'nama skpd',
  'perangkat daerah',
  'unit kerja',
  'instansi',
  'satuan kerja',
  'unit organisasi',
  'unor',
]);
const PERIOD_KEYS = new Set([
  'periode',
  'periode penilaian',
  'bulan',
  'tahun',
  'tahun anggaran',
  'triwulan',
  'semester',
  'masa',
  'bulan tahun',
]);

/** The first words of the period keys: a cheap first look at a text before it is read as a line. */
const PERIOD_KEY_FIRST_WORDS = new Set([...PERIOD_KEYS].map((key) => key.split(' ')[0] as string));

/**
 * Whether a text starts with the first word of a period key ("Periode Penilaian : ...", "Bulan ..."): the
 * texts worth reading with periodOfLines (a page's lines are many; most are not).
 */
export function startsWithPeriodKey(text: string): boolean {
  const first = typeof text === 'string' ? /^\s*([a-z]+)/i.exec(text)?.[1] : undefined;
  return first !== undefined && PERIOD_KEY_FIRST_WORDS.has(first.toLowerCase());
}

interface MetaLine {
  key: string;
  value: string;
}

/** "SKPD : X" in one cell, or "SKPD" | ":" | "X" over cells; a known key may also go without colon. */
function metaLineOf(texts: readonly string[]): MetaLine | undefined {
  if (texts.length === 0 || texts.length > 4) return undefined;
  const joined = texts.join(' ');
  const match = /^([^:\d]{1,40}?)\s*:\s*(.*)$/.exec(joined);
  const keyText = match ? match[1]! : texts.length === 2 ? texts[0]! : undefined;
  if (keyText === undefined || keyText.split(/\s+/).length > 4 || !/[a-z]/i.test(keyText)) return undefined;
  const key = normalizeLabel(keyText);
  if (!match && !OPD_KEYS.has(key) && !PERIOD_KEYS.has(key)) return undefined;
  const value = (match ? match[2]! : texts[1]!).replace(/^[:\s]+/, '').trim();
  return { key, value };
}

const MONTH_NAME =
  /^(jan(uari)?|feb(ruari)?|pebruari|mar(et)?|apr(il)?|mei|jun(i)?|jul(i)?|agu(stus)?|agt|sep(t(ember)?)?|okt(ober)?|nop(ember)?|nov(ember)?|des(ember)?)$/i;

/** "Manado, 12 Juni 2024": the place and date above a signature. */
function isPlaceAndDate(text: string): boolean {
  const match = /^[a-z][a-z .'-]{2,40},\s*\d{1,2}\s+([a-z]+)\s+\d{4}\.?$/i.exec(text);
  return match !== null && MONTH_NAME.test(match[1]!);
}

const SIGNATURE_START =
  /^(mengetahui|menyetujui|disetujui|diperiksa|dibuat\s+oleh|yang\s+membuat|pembuat\s+daftar|a\.\s*n\.|an\.|plt\.|plh\.)/i;
const NIP_LINE = /^nip\.?\s*[:.]?\s*[\d\s]{18,23}$/i;
/** "Pembina Utama Muda, IV/c", "Penata Tingkat 1, III/d" (PP 99/2000 pangkat and golongan). */
const PANGKAT_LINE =
  /^(pembina|penata|pengatur|juru)\b[a-z .]*(tingkat\s*(i|1)\b)?[a-z .]*,?\s*(i{1,3}|iv)\s*\/\s*[a-e]$/i;
const OFFICE_LINE =
  /^(kepala|sekretaris|bendahara|pejabat|petugas|atasan|pengguna\s+anggaran|kuasa\s+pengguna)\b/i;

/** A line of a signature block: who signs, where and when, pangkat, NIP. */
function isSignatureText(text: string, alone: boolean): boolean {
  if (SIGNATURE_START.test(text) || NIP_LINE.test(text) || PANGKAT_LINE.test(text) || isPlaceAndDate(text))
    return true;
  if (/^bendahara\b/i.test(text)) return true;
  return alone && text.endsWith(',') && (OFFICE_LINE.test(text) || text.length <= 60);
}

/** A row whose texts are all signature-block lines ("Mengetahui," beside "Manado, 12 Juni 2024"). */
function isSignatureRow(texts: readonly string[]): boolean {
  if (texts.length === 0 || texts.length > 3) return false;
  return texts.every((text) => isSignatureText(text, texts.length === 1));
}

/** "JUMLAH", "TOTAL", "RATA-RATA PRESENTASE KEHADIRAN", "Sub Total": rows under the data, not data. */
const TOTAL_START = /^(jumlah|total|sub\s*-?\s*total|grand\s*total|rata\s*-?\s*rata|rerata)\b/i;
const TOTAL_WHOLE =
  /^(jumlah|total|sub\s*-?\s*total|grand\s*total|rata\s*-?\s*rata|rerata)(\s+(total|keseluruhan|akhir|pegawai))?\s*:?$/i;

function isTotalRow(row: readonly string[]): boolean {
  let first = -1;
  for (let i = 0; i < row.length; i++)
    if ((row[i] ?? '').trim() !== '') {
      first = i;
      break;
    }
  if (first < 0) return false;
  const text = displayText(row[first]);
  if (!TOTAL_START.test(text)) return false;
  if (TOTAL_WHOLE.test(text) || displayText(row[first + 1]) === text) return true;
  // "Jumlah laporan kinerja" is an indicator: a total row holds numbers only after its label.
  return row.every((cell, i) => i <= first || cell.trim() === '' || isNumberLike(cell));
}

function hasNumberCell(row: readonly string[]): boolean {
  for (const cell of row) if (cell !== '' && isNumberLike(cell)) return true;
  return false;
}

const rowKey = (row: readonly string[] | undefined): string =>
  (row ?? []).map((cell) => normalizeLabel(displayText(cell))).join('|');

type Line = 'blank' | 'stray' | 'note' | 'meta' | 'signature' | 'numbering' | 'title' | 'cells';

function lineOf(row: readonly string[] | undefined): Line {
  if (isBlankRow(row)) return 'blank';
  const texts = textsOf(row, 5);
  if (texts.length === 0) return 'stray';
  if (isNumberingRow(row)) return 'numbering';
  if (isSignatureRow(texts)) return 'signature';
  if (metaLineOf(texts)) return 'meta';
  if (texts.length === 1) {
    const text = texts[0]!;
    if (text.length > MAX_TITLE_LENGTH || isNumberLike(text) || !/[a-z]/i.test(text)) return 'note';
    return 'title';
  }
  return 'cells';
}

/** Header rows must name known fields this strongly, or be three labels or more over data. */
const KNOWN_SCORE = 1.5;
const LABEL_SHARE = 0.75;
/** One label known this well ("No", "NIP", "Nama") makes three labels a header, or leads a new one in data. */
const LEAD_SCORE = 0.85;

interface Candidate {
  block: HeaderBlock;
  known: boolean;
}

/** An 18-digit NIP (PP 9/2003: birth date, appointment, sex, sequence), bare or after "NIP.". */
const NIP_VALUE = /(?:^|\D)\d{18}(?:\D|$)/;
/** An attendance code as a daily matrix writes it under a day: H, TK, S, I, A, C, DL, L, TL1... */
const SHORT_CODE = /^[a-z][a-z0-9]{0,3}$/i;
/** A code written again after other codes, this many times: the days of one employee. */
const CODE_REENTRIES = 3;

/**
 * A row that holds an employee, not labels: a NIP value, or short codes that come back after other
 * ones (H H TK S H L L H...). Header labels name each column once; a merged label repeats only over
 * its own span, side by side.
 */
function isPersonDataRow(row: readonly string[]): boolean {
  const seen = new Set<string>();
  let previous = '';
  let reentries = 0;
  for (const cell of row) {
    if (cell === '') continue;
    const text = cell.trim();
    if (text === '') continue;
    if (text.length >= 18 && NIP_VALUE.test(text.replace(/\s+/g, ''))) return true;
    if (text !== previous && seen.has(text) && SHORT_CODE.test(text) && ++reentries >= CODE_REENTRIES)
      return true;
    seen.add(text);
    previous = text;
  }
  return false;
}

/** Person labels a header of days stands beside ("No" alone numbers rows of anything). */
const PERSON_FIELDS = new Set(['nama', 'nip', 'nama_nip']);

/**
 * The labels of a daily matrix header ("No | Nama | NIP | 1 | 2 ... 30"): its day columns count as
 * one label beside the person labels; 0 when the row has no run of days 1..28-31 or no person label
 * beside it. A numbering row numbers every column from the first, under No and Nama too, so it has
 * no label at all.
 */
function dayHeaderLabels(row: readonly string[]): number {
  const days = dayRunOf(row);
  if (!days) return 0;
  const texts = textsOf([...row.slice(0, days.from), ...row.slice(days.to)]);
  const labels = texts.filter((text) => isHeaderLike(text));
  if (labels.length === 0 || labels.length / texts.length < LABEL_SHARE) return 0;
  const person = labels.some((label) => {
    const best = matchLabel(label)[0];
    return best !== undefined && best.score >= LEAD_SCORE && PERSON_FIELDS.has(best.field);
  });
  return person ? labels.length + 1 : 0;
}

/**
 * Labels only: two distinct cells or more, three quarters of them short non-numeric labels, or person
 * labels beside the day columns of a daily matrix. A row holding an employee is never a header.
 */
function labelRowCount(row: readonly string[] | undefined): number {
  if (!row || isPersonDataRow(row)) return 0;
  const texts = textsOf(row);
  if (texts.length < 2) return 0;
  const labels = texts.filter((text) => isHeaderLike(text)).length;
  if (labels / texts.length >= LABEL_SHARE) return labels;
  return dayHeaderLabels(row);
}

/** The table whose header starts at row r, if that row is a header at all. */
function headerCandidate(grid: Grid, r: number): Candidate | undefined {
  const labels = labelRowCount(grid[r]);
  if (labels === 0) return undefined;
  const block = headerBlockAt(grid, r);
  const headerCells: string[] = [];
  for (let k = 0; k < block.headerRowCount; k++) headerCells.push(...textsOf(grid[r + k]));
  const score = headerScore(headerCells);
  const known = score >= KNOWN_SCORE || (score >= LEAD_SCORE && labels >= 3);
  if (known) return { block, known };
  const data = grid[block.firstDataRow];
  const hasData =
    block.firstDataRow < grid.length && textsOf(data, 2).length >= 2 && lineOf(data) === 'cells';
  return labels >= 3 && hasData ? { block, known } : undefined;
}

/** True when a header starts at row `from` or within `reach` rows of titles, meta and blanks below it. */
function headerAhead(grid: Grid, from: number, reach: number): boolean {
  for (let r = from; r < Math.min(grid.length, from + reach); r++) {
    const line = lineOf(grid[r]);
    if (line === 'cells') return headerCandidate(grid, r) !== undefined;
    if (line === 'signature' || line === 'note') return false;
  }
  return false;
}

/** True when a signature line (NIP, pangkat, "Mengetahui,") comes within `reach` short rows. */
function signatureAhead(grid: Grid, from: number, reach: number): boolean {
  for (let r = from; r < Math.min(grid.length, from + reach); r++) {
    const texts = textsOf(grid[r], 4);
    if (texts.length > 3) return false;
    if (isSignatureRow(texts)) return true;
  }
  return false;
}

/** After blank rows, the row that starts something else: the table ends before the blanks. */
function startsOtherThing(grid: Grid, r: number): boolean {
  const line = lineOf(grid[r]);
  if (line === 'signature' || line === 'meta' || line === 'note' || line === 'stray') return true;
  if (line === 'title') return headerAhead(grid, r + 1, 5) || signatureAhead(grid, r + 1, 5);
  return line === 'cells' && headerCandidate(grid, r) !== undefined && rowKey(grid[r]) !== '';
}

/** The rows of the signature block from row r on, across blank rows that lead to more of it. */
function signatureBlock(grid: Grid, r: number): number[] {
  const rows: number[] = [];
  let i = r;
  while (i < grid.length) {
    if (isBlankRow(grid[i])) {
      let j = i;
      while (j < grid.length && j < i + 4 && isBlankRow(grid[j])) j++;
      if (j >= grid.length || !isSignatureRow(textsOf(grid[j], 4))) break;
      i = j;
      continue;
    }
    const texts = textsOf(grid[i], 4);
    if (texts.length === 0 || texts.length > 3) break;
    if (rows.length > 0 && !isSignatureRow(texts) && headerAhead(grid, i, 5)) break;
    rows.push(i);
    i++;
  }
  return rows;
}

interface Body {
  dataRows: number[];
  totalRows: number[];
  blankRows: number[];
  end: number;
}

/** Reads data rows from `first` until a signature, another header, or blanks before something else. */
function readBody(grid: Grid, block: HeaderBlock, first: number): Body {
  const body: Body = { dataRows: [], totalRows: [], blankRows: [], end: first };
  const header = headerMatcher(grid, block);
  let numericRows = 0;
  let i = first;
  while (i < grid.length) {
    const row = grid[i]!;
    if (isBlankRow(row)) {
      let j = i;
      while (j < grid.length && isBlankRow(grid[j])) j++;
      if (j >= grid.length || startsOtherThing(grid, j)) break;
      for (let b = i; b < j; b++) body.blankRows.push(b);
      i = j;
      continue;
    }
    if (isTotalRow(row)) {
      body.totalRows.push(i);
      body.end = ++i;
      continue;
    }
    // A numbering row repeated on every printed page, or the header itself repeated, is not data.
    if (isNumberingRow(row)) {
      i++;
      continue;
    }
    if (hasNumberCell(row)) {
      // The day numbers of a daily matrix header: printed again on a page, or leading the next table.
      if (dayRunOf(row) !== undefined && labelRowCount(row) > 0) {
        if (header.repeats(row, textsOf(row, 4))) {
          i++;
          continue;
        }
        break;
      }
      numericRows++;
    } else {
      const texts = textsOf(row, 4);
      if (header.repeats(row, texts)) {
        i++;
        continue;
      }
      // Where the data holds numbers, a row without any is worth a closer look; in a list of names
      // and units (every row text) only a signature or blank rows end the table.
      const numericData = numericRows * 2 >= body.dataRows.length;
      if (endsBody(grid, i, texts, numericData)) break;
    }
    body.dataRows.push(i);
    body.end = ++i;
  }
  return body;
}

/** Recognises the header printed again inside the data; compares whole rows only when the lead matches. */
function headerMatcher(grid: Grid, block: HeaderBlock) {
  const keys = new Set<string>();
  const leads = new Set<string>();
  for (let k = 0; k < block.headerRowCount; k++) {
    const headerRow = grid[block.headerStart + k];
    keys.add(rowKey(headerRow));
    const lead = textsOf(headerRow, 1)[0];
    if (lead !== undefined) leads.add(lead.toLowerCase());
  }
  return {
    repeats: (row: readonly string[], texts: readonly string[]): boolean =>
      texts.length >= 2 && leads.has(texts[0]!.toLowerCase()) && keys.has(rowKey(row)),
  };
}

/**
 * A row without any number inside the data ends it when it signs the table, starts another table,
 * or is a title over another table; otherwise it is data (a section row such as "UTAMA").
 */
function endsBody(grid: Grid, i: number, texts: readonly string[], numericData: boolean): boolean {
  if (isSignatureRow(texts)) return true;
  if (!numericData) return false;
  // A header leads with a label the vocabulary knows ("No", "NIP", "Nama").
  if (texts.length >= 2) {
    const lead = matchLabel(texts[0]!)[0];
    if (!lead || lead.score < LEAD_SCORE || labelRowCount(grid[i]) === 0) return false;
    return headerCandidate(grid, i)?.known === true;
  }
  return texts.length === 1 && lineOf(grid[i]) === 'title' && headerAhead(grid, i + 1, 4);
}

/** A text that may name the table's period: what the user sees, and how it is read. */
const isText = (v: unknown): v is string => typeof v === 'string';

interface PeriodSource {
  shown: string;
  reading: PeriodReading;
  /** A title read with the year the meta lines state: it names the period inside that year. */
  withStatedYear?: boolean;
}

/** The period line "Periode : Mei 2024" is read with its key ("Triwulan : II 2024"), shown without. */
function metaPeriodSource(line: MetaLine): PeriodSource {
  const reading = readPeriod(`${line.key} ${line.value}`);
  return { shown: line.value, reading: reading.status === 'none' ? findPeriodInText(line.value) : reading };
}

/**
 * The period lines of a table, each read as metaPeriodSource reads it; a line naming a quarter, semester or
 * month without its year ("Periode : Triwulan I") is read with the year another line states ("Tahun
 * Anggaran : 2025"), when exactly one year is stated: both are written, nothing is guessed.
 */
function metaPeriodSources(lines: readonly MetaLine[]): PeriodSource[] {
  const sources = lines.map(metaPeriodSource);
  const year = statedYear(sources);
  if (year === undefined) return sources;
  return sources.map((source, i) => {
    if (source.reading.status !== 'none') return source;
    const line = lines[i] as MetaLine;
    return completed(readPeriod(`${line.key} ${line.value} ${year}`), `${line.value} ${year}`) ?? source;
  });
}

/** The one year the sources state ("Tahun Anggaran : 2025"); undefined when none, or two. */
function statedYear(sources: readonly PeriodSource[]): number | undefined {
  const years = new Set(
    sources.flatMap((s) =>
      s.reading.status === 'one' && s.reading.period.kind === 'year' ? [s.reading.period.year] : [],
    ),
  );
  return years.size === 1 ? [...years][0] : undefined;
}

/**
 * A text read again with the stated year: a period inside that year, or a range there (reported as the
 * range it is, never dropped for the year alone); undefined when the year adds nothing.
 */
function completed(reading: PeriodReading, shown: string): PeriodSource | undefined {
  if (reading.status === 'ambiguous') return { shown, reading };
  return reading.status === 'one' && reading.period.kind !== 'year' ? { shown, reading } : undefined;
}

/**
 * The title lines over a table (or a page's headings), each read for a period anywhere in it; a title
 * naming a quarter or a month without its year is read with the one year the meta lines state.
 */
function titlePeriodSources(texts: readonly string[], fromMeta: readonly PeriodSource[]): PeriodSource[] {
  const year = statedYear(fromMeta);
  return texts.map((text) => {
    const source: PeriodSource = { shown: text, reading: findPeriodInText(text) };
    if (year === undefined || source.reading.status !== 'none') return source;
    const read = completed(findPeriodInText(`${text} ${year}`), `${text} ${year}`);
    return read ? { ...read, withStatedYear: true } : source;
  });
}

/**
 * The period of a table from its meta lines (Periode, Bulan...), else from its title lines. Two
 * lines naming different periods, or one naming a range, leave the period out and keep the text,
 * so the caller reports it rather than picking one.
 */
function periodOf(
  fromMeta: readonly PeriodSource[],
  fromTitles: readonly PeriodSource[],
): Omit<FoundTable['meta'], 'rows'> {
  // Meta lines that state only a year are read with the titles: a title naming a period without its year
  // ("PENILAIAN SKP TRIWULAN I" under "Tahun : 2025") names the period inside that year, as a meta line
  // would; a title with a year of its own beside the stated year ("... TRIWULAN I 2025", or a print date)
  // is reported with it, never chosen over it.
  const onlyYears = fromMeta.every(
    (s) => s.reading.status === 'none' || (s.reading.status === 'one' && s.reading.period.kind === 'year'),
  );
  const together = onlyYears && fromMeta.some((s) => s.reading.status === 'one');
  const groups = together ? [[...fromMeta, ...fromTitles]] : [fromMeta, fromTitles];
  for (const sources of groups) {
    const read = sources.filter((source) => source.reading.status !== 'none');
    // A year around a period named in it adds nothing ("Tahun : 2024" with "Bulan : Mei 2024"), as in one text.
    const inside = together ? read.filter((s) => s.withStatedYear) : read;
    const periods = inside.flatMap((s) => (s.reading.status === 'one' ? [s.reading.period] : []));
    const named = read.filter(
      (s) =>
        s.reading.status !== 'one' ||
        !periods.some((q) => periodContains((s.reading as { period: Period }).period, q)),
    );
    const first = named[0];
    if (!first) continue;
    const keys = new Set(
      named.map((source) => (source.reading.status === 'one' ? periodKey(source.reading.period) : '')),
    );
    if (first.reading.status === 'one' && keys.size === 1 && !keys.has(''))
      return { period: first.reading.period, periodText: first.shown };
    return { periodText: named.map((source) => source.shown).join(' / ') };
  }
  return {};
}

/**
 * The period a page's (or any text's) key/value lines name, read as a table's meta lines are: only lines
 * whose key is a period key ("Periode", "Periode Penilaian", "Bulan", "Triwulan"...), each with its key
 * ("Triwulan : II 2024"). One period when every such line names the same one; otherwise the texts, for the
 * caller to report (a range, two periods: never narrowed to one); nothing when no line names a period.
 * Each line: its texts in order (one "Periode : Mei 2024", or "Periode" | ":" | "Mei 2024"). `titles`: the
 * headings over the table, read for a period anywhere in them, as a sheet's title rows are, when no line
 * names one.
 */
export function periodOfLines(
  lines: readonly (readonly string[])[],
  titles: readonly string[] = [],
): Omit<FoundTable['meta'], 'rows'> {
  const periodLines: MetaLine[] = [];
  // Public: a damaged argument (not a list, a line that is not a list of texts) is read as no line.
  for (const texts of Array.isArray(lines) ? lines : []) {
    if (!Array.isArray(texts) || !texts.every(isText)) continue;
    const line = metaLineOf(texts);
    if (line !== undefined && PERIOD_KEYS.has(line.key)) periodLines.push(line);
  }
  const sources = metaPeriodSources(periodLines);
  // Titles ("PENILAIAN SKP PERIODE TRIWULAN III 2025") are read when no key/value line names a period.
  return periodOf(sources, titlePeriodSources(Array.isArray(titles) ? titles.filter(isText) : [], sources));
}

interface Context {
  titles: number[];
  meta: number[];
}

function buildTable(
  grid: Grid,
  candidate: Candidate,
  context: Context,
  options: RecognizeOptions,
): FoundTable {
  const { block } = candidate;
  const headerRows = grid.slice(block.headerStart, block.headerStart + block.headerRowCount);
  const recognition = recognizeColumns(headerRows, options);
  const body = readBody(grid, block, block.firstDataRow);
  const signatureStart = body.end;
  let next = signatureStart;
  while (next < grid.length && isBlankRow(grid[next])) next++;
  const signatureRows =
    next < grid.length && lineOf(grid[next]) === 'signature' ? signatureBlock(grid, next) : [];
  const titleTexts = context.titles.map((r) => textsOf(grid[r])[0] ?? '');
  const metaLines = context.meta.map((r) => metaLineOf(textsOf(grid[r]))).filter((m) => m !== undefined);
  const metaSources = metaPeriodSources(metaLines.filter((m) => PERIOD_KEYS.has(m.key)));
  const periodMeta = periodOf(metaSources, titlePeriodSources(titleTexts, metaSources));
  const opd = metaLines.find((m) => OPD_KEYS.has(m.key) && m.value !== '')?.value;
  const lastData = body.dataRows[body.dataRows.length - 1];
  return {
    headerStart: block.headerStart,
    headerRowCount: block.headerRowCount,
    ...(block.numberingRow !== undefined ? { numberingRow: block.numberingRow } : {}),
    firstDataRow: block.firstDataRow,
    recognition,
    dataEnd: lastData === undefined ? block.firstDataRow : lastData + 1,
    end: Math.max(body.end, block.firstDataRow),
    dataRows: body.dataRows,
    totalRows: body.totalRows,
    blankRows: body.blankRows.filter((r) => r < body.end),
    ...(block.fieldNameRow !== undefined ? { fieldNameRow: block.fieldNameRow } : {}),
    title: titleTexts.join(' / '),
    meta: { ...periodMeta, ...(opd ? { opd } : {}), rows: [...context.meta] },
    signatureRows,
    kind: recognition.tableKind,
  };
}

/**
 * Every table in a sheet grid (display text per cell, merged cells filled with the merged value, as
 * the add-on's fillMerges gives), top to bottom. Letters, signature blocks, titles and meta lines are
 * never tables; a header naming no known field still makes a table of kind 'unknown' when three
 * labels or more stand over data, so the caller can report it.
 */
export function findTables(grid: Grid, options: RecognizeOptions = {}): FoundTable[] {
  const tables: FoundTable[] = [];
  let context: Context = { titles: [], meta: [] };
  let blankRun = 0;
  let r = 0;
  while (r < grid.length) {
    const line = lineOf(grid[r]);
    if (line === 'blank') {
      // Two blank rows or more part one table's heading from whatever came before.
      if (++blankRun >= 2) context = { titles: [], meta: [] };
      r++;
      continue;
    }
    blankRun = 0;
    if (line === 'title') context.titles.push(r);
    else if (line === 'meta') context.meta.push(r);
    else if (line === 'note' || line === 'signature') context = { titles: [], meta: [] };
    else if (line === 'cells') {
      const candidate = headerCandidate(grid, r);
      if (candidate) {
        const table = buildTable(grid, candidate, context, options);
        tables.push(table);
        context = { titles: [], meta: [] };
        const signatureEnd = table.signatureRows[table.signatureRows.length - 1];
        r = Math.max(table.end, signatureEnd === undefined ? 0 : signatureEnd + 1, r + 1);
        continue;
      }
      context = { titles: [], meta: [] };
    }
    r++;
  }
  return tables;
}
