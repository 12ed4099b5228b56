import type { Period } from '../parse/period';
import type { FieldId } from './fields';

/**
 * A number a spreadsheet holds, with its format: a percent cell holds the fraction (85 % is 0.85), and
 * `text` is the unambiguous text form for readers that still take text (score/indicator reads the number).
 */
export interface RawNumber {
  readonly number: number;
  readonly percent: boolean;
  readonly text: string;
}

/** A cell as a surface hands it to the core: the text people see, or the number a sheet holds. */
export type RawValue = string | RawNumber;

/** The text of a raw value: the string itself, or a held number's text form ('' for nothing). */
export const rawText = (value: RawValue | undefined): string =>
  value === undefined ? '' : typeof value === 'string' ? value : value.text;

/**
 * Raw input as it comes from a sheet or a page: every value is the text the user typed or the page
 * shows (numbers formatted by the surface, e.g. Sheets' display value), plus where it came from,
 * so every issue can name the sheet, row and column.
 */
export interface RawRow {
  /** 1-based row number as the user sees it. */
  row: number;
  values: Partial<Record<FieldId, RawValue>>;
  /**
   * Where the row was read when it is not the table's own sheet and columns (one role read from several
   * tables, e.g. the same attendance table continued over sheets): one object shared by that table's rows.
   */
  at?: RowSource;
  /**
   * An attendance recap's code columns (TMK1, S, TK...): the code as written in the header -> the cell,
   * usually a count. The pipeline reads them with the policy's code vocabulary (discipline.codes).
   */
  codes?: Record<string, RawValue>;
  /** A daily attendance matrix: the code written for each day of the month, index = day - 1. */
  days?: (RawValue | undefined)[];
  /**
   * An indicator table's targets per period ("Target TW I".."Target TW IV"): the period slot ("Q1", "S2",
   * "M03": score/target-span.ts periodSlot) -> the cell. Read when policy.periods.annualTarget is 'periode'.
   */
  periodTargets?: Record<string, RawValue>;
}

/** The sheet and columns of the table a row came from. */
export interface RowSource {
  readonly sheet: string;
  readonly columns: Partial<Record<FieldId, string>>;
  /** Column letter per attendance code and per day, as on RawTable. */
  readonly codeColumns?: Readonly<Record<string, string>>;
  readonly dayColumns?: Readonly<Record<number, string>>;
  /** The OPD the source table's title rows name, as on RawTable. */
  readonly opd?: string;
}

export interface RawTable {
  /** Sheet name (or page table description). */
  sheet: string;
  /** Column label per field as the user sees it ("D" or "Target"), for messages. */
  columns: Partial<Record<FieldId, string>>;
  /** Column letter per attendance code column (as written in the header), for messages. */
  codeColumns?: Record<string, string>;
  /** Column letter per day (1..31) of a daily attendance matrix, for messages. */
  dayColumns?: Record<number, string>;
  /** The OPD the table's title rows name ("SKPD : Dinas Pendidikan"), for rows that name no unit. */
  opd?: string;
  /**
   * The header as the office wrote it, per field ("Target Tahunan", "Realisasi s.d. Bulan Ini"): it says
   * whether targets are annual and realisasi cumulative (score/target-span.ts). Absent: nothing is known.
   */
  headers?: Partial<Record<FieldId, string>>;
  /** Per period slot of RawRow.periodTargets: the column letter and the header ("Target TW II"). */
  periodTargetColumns?: Record<string, { column: string; header: string }>;
  rows: RawRow[];
}

/** The tables an OPD keeps. Only employees and indicators are required. */
export interface WorkbookInput {
  /** nip, nama, jabatan, unit, atasan_nip, kepala_unit ("Ya"), tpp_dasar. */
  employees: RawTable;
  /** nip, rhk, jenis_rhk, indikator, aspek, target, realisasi, satuan, polaritas, bobot, bukti_dukung, umpan_balik. */
  indicators: RawTable;
  /** nip, the seven BerAKHLAK fields, or rating_perilaku directly; rating_hasil = supervisor's override; umpan_balik. */
  behaviour?: RawTable;
  /** nip, tanggal, kode_absen (TL1..TL4, PSW1..PSW4, TK, APEL) or menit_telat, jumlah. */
  attendance?: RawTable;
  /** nip, tanggal, aktivitas, menit, output, bukti_dukung, status. */
  activities?: RawTable;
  /** unit, predikat_organisasi, nilai_sakip_lalu. */
  units?: RawTable;
  /** unit, komponen, subkomponen, kriteria, jawaban. */
  sakip?: RawTable;
  /**
   * The units' Perjanjian Kinerja: unit (unor_1 = OPD when written), sasaran_strategis, indikator (IKU),
   * target, realisasi, satuan, polaritas. The surface hands over the target and realisasi of the period
   * scored (an office layout's "Triwulan II: Target | Realisasi" pair, chosen by the surface).
   */
  pk?: RawTable;
  /**
   * Results already computed per employee (a regional TPP file, a PP 46/2011 recap): nip, capaian
   * (% capaian SKP), nilai_skp, nilai_akhir, nilai_tertimbang, rating_hasil, rating_perilaku, predikat,
   * the seven BerAKHLAK values as words or scores, and the PP 46/2011 fields. An employee without
   * computable indicators is scored from this row.
   */
  results?: RawTable;
  /**
   * The pembinaan register (Catatan Pembinaan): tanggal, atasan_nip, nip, jenis_pembinaan, nomor_surat,
   * catatan. Where it exists, supervisor duties are judged from it instead of from umpan balik.
   */
  pembinaan?: RawTable;
  /**
   * Last day of the period scored (ISO yyyy-mm-dd), when the surface knows the period: the date the
   * register's duties are judged at. Without it, the latest date in the register (said in the result).
   */
  periodEnd?: string;
  /**
   * The day of the run (ISO yyyy-mm-dd), today in the surface's time zone: the core reads no clock. Used only
   * without periodEnd: a register record dated after it (a mistyped year) is reported, never becomes the
   * date the duties are judged at, and a hukuman dated after it is not in force. Absent: not checked.
   */
  runDate?: string;
  /** Working days in the period (for expected activity minutes). */
  workingDays?: number;
  /**
   * The period scored, when the surface knows it: annual targets are prorated for it (score/prorate.ts)
   * and its working days counted from the policy's calendar (score/working-days.ts).
   */
  period?: Period;
}
