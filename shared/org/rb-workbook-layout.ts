import { fillMerges } from '../columns/merges';
import type { RbWorkbookPolicy } from '../policy/sections/rb';
import { letterOf, plainWords, type SakipWorkbookSheet } from './sakip-workbook-layout';

/**
 * Where things are in an LKE RB sheet, found by the header's content: the indicator (or question)
 * column, the area and part columns when the sheet has them (the add-on's template does; office LKEs
 * write areas and parts as heading rows instead), weight, answer type, evidence and note, and one answer
 * column per round. A round's name may be merged over its columns with a second header row under it
 * ("PENILAIAN MANDIRI" over "Jawaban | Nilai | Bukti").
 */

/** One sheet as the core reads it: the same shape as an LKE SAKIP sheet. */
export type RbWorkbookSheet = SakipWorkbookSheet;

export type RbRoundDef = RbWorkbookPolicy['rounds'][number];

interface RbRoundColumn {
  round: RbRoundDef;
  /** The header as the sheet writes it (both header rows joined). */
  header: string;
  /** 0-based column of the round's answers. */
  answer: number;
}

export interface RbLayout {
  sheet: RbWorkbookSheet;
  /** 0-based first row below the header. */
  firstDataRow: number;
  indicator: number;
  area?: number;
  part?: number;
  weight?: number;
  kind?: number;
  evidence?: number;
  note?: number;
  rounds: RbRoundColumn[];
  /** Columns whose text names a heading row (area, part or sub-group): all but answers and figures. */
  labelColumns: number[];
}

/** A round named in two places of one sheet: which one counts is unclear (reported, never chosen). */
export interface RbRoundTwice {
  round: RbRoundDef;
  first: string;
  second: string;
}

/** How far down a header may sit (title rows first). */
const HEADER_SCAN_ROWS = 20;

const hasWords = (text: string, words: string): boolean => {
  const w = plainWords(words);
  return w !== '' && ` ${text} `.includes(` ${w} `);
};
const anyWords = (text: string, list: readonly string[]) => list.some((w) => hasWords(text, w));

const EVIDENCE_WORDS = ['bukti', 'bukti dukung', 'eviden', 'evidence', 'link', 'tautan', 'data dukung'];
const NOTE_WORDS = ['catatan', 'keterangan', 'penjelasan', 'rekomendasi'];
const KIND_WORDS = ['jenis jawaban', 'pilihan jawaban', 'tipe jawaban', 'opsi jawaban'];
const VALUE_WORDS = ['nilai', 'skor', 'persen', 'persentase'];
const INDICATOR_WORDS = ['indikator', 'pertanyaan', 'uraian'];
/** What a second header row under a round group says: the columns the group holds. */
const SUB_WORDS = ['jawaban', ...VALUE_WORDS, ...EVIDENCE_WORDS, ...NOTE_WORDS];

/** The header texts with each merged area's top-left text copied into every cell it covers. */
const headerGrid = (sheet: RbWorkbookSheet, rows: number): string[][] =>
  fillMerges(sheet.grid, sheet.merges, rows);

const roundOf = (words: string, policy: RbWorkbookPolicy): RbRoundDef | undefined =>
  policy.rounds.find((r) => anyWords(words, [r.label, ...r.aliases]));

type Role = 'evidence' | 'note' | 'kind' | 'weight' | 'indicator' | 'area' | 'part';

function roleOf(words: string): Role | undefined {
  if (anyWords(words, KIND_WORDS)) return 'kind';
  if (anyWords(words, EVIDENCE_WORDS)) return 'evidence';
  if (anyWords(words, NOTE_WORDS)) return 'note';
  if (hasWords(words, 'bobot')) return 'weight';
  if (anyWords(words, INDICATOR_WORDS)) return 'indicator';
  if (hasWords(words, 'area')) return 'area';
  if (anyWords(words, ['bagian', 'unsur', 'komponen'])) return 'part';
  return undefined;
}

interface Candidate {
  round: RbRoundDef;
  header: string;
  column: number;
  value: boolean;
}

/** The layout read from header row `r` (and `r + 1` when it names what each round group holds). */
function layoutAt(
  sheet: RbWorkbookSheet,
  grid: string[][],
  r: number,
  policy: RbWorkbookPolicy,
): RbLayout | RbRoundTwice | undefined {
  const top = grid[r] ?? [];
  const below = grid[r + 1] ?? [];
  const twoRows = top.some(
    (cell, c) =>
      roundOf(plainWords(cell), policy) !== undefined && anyWords(plainWords(below[c] ?? ''), SUB_WORDS),
  );
  const width = Math.max(top.length, twoRows ? below.length : 0);
  const layout: Partial<Record<Role, number>> = {};
  const candidates: Candidate[] = [];
  const figures = new Set<number>();
  for (let c = 0; c < width; c++) {
    const upper = (top[c] ?? '').trim();
    const lower = twoRows ? (below[c] ?? '').trim() : '';
    const header = (lower !== '' && plainWords(lower) !== plainWords(upper) ? `${upper} ${lower}` : upper)
      .replace(/\s+/g, ' ')
      .trim();
    const words = plainWords(header);
    if (words === '') continue;
    const role = roleOf(words);
    const round = roundOf(words, policy);
    if (round && role !== 'evidence' && role !== 'note' && role !== 'kind') {
      candidates.push({
        round,
        header,
        column: c,
        value: !hasWords(words, 'jawaban') && anyWords(words, VALUE_WORDS),
      });
      figures.add(c);
      continue;
    }
    if (role && layout[role] === undefined) layout[role] = c;
    if (role && role !== 'indicator' && role !== 'area' && role !== 'part') figures.add(c);
    else if (round) figures.add(c);
  }
  if (layout.indicator === undefined || candidates.length === 0) return undefined;

  // One run of adjacent columns per round; a round named again further right is ambiguous.
  const rounds: RbRoundColumn[] = [];
  let previous: Candidate | undefined;
  for (const cand of candidates) {
    const continues = previous && previous.round.id === cand.round.id && previous.column === cand.column - 1;
    const existing = rounds.find((x) => x.round.id === cand.round.id);
    if (existing && !continues)
      return { round: cand.round, first: letterOf(existing.answer), second: letterOf(cand.column) };
    if (!existing) rounds.push({ round: cand.round, header: cand.header, answer: cand.column });
    else if (!cand.value && candidates.find((x) => x.column === existing.answer)?.value) {
      // An answer column ("Jawaban") wins over the round's figure column ("Nilai") whatever their order.
      existing.answer = cand.column;
      existing.header = cand.header;
    }
    previous = cand;
  }
  const labelColumns: number[] = [];
  for (let c = 0; c < width; c++) if (!figures.has(c)) labelColumns.push(c);
  return {
    sheet,
    firstDataRow: r + (twoRows ? 2 : 1),
    indicator: layout.indicator,
    rounds,
    labelColumns,
    ...(layout.area !== undefined ? { area: layout.area } : {}),
    ...(layout.part !== undefined ? { part: layout.part } : {}),
    ...(layout.weight !== undefined ? { weight: layout.weight } : {}),
    ...(layout.kind !== undefined ? { kind: layout.kind } : {}),
    ...(layout.evidence !== undefined ? { evidence: layout.evidence } : {}),
    ...(layout.note !== undefined ? { note: layout.note } : {}),
  };
}

/**
 * The layout of an LKE RB sheet: the first row (of the top twenty) with an indicator column and at least
 * one round's answer column. A round named twice is returned as such; undefined when the sheet is no LKE.
 */
export function rbLayout(
  sheet: RbWorkbookSheet,
  policy: RbWorkbookPolicy,
): RbLayout | RbRoundTwice | undefined {
  const grid = headerGrid(sheet, HEADER_SCAN_ROWS + 1);
  for (let r = 0; r < Math.min(HEADER_SCAN_ROWS, grid.length); r++) {
    const found = layoutAt(sheet, grid, r, policy);
    if (found) return found;
  }
  return undefined;
}

export const isRoundTwice = (found: RbLayout | RbRoundTwice): found is RbRoundTwice => 'first' in found;
