import * as z from '../../core/zod';
import { NATIONAL_DAYS_OFF } from './national-days-off';

/*
 * Periods (DOMAIN.md, Periods; docs/rules.md#periods): how an annual target meets a periodic or cumulative
 * realisasi, and the working days of each period from the region's calendar.
 */

/**
 * Whether targets are annual. 'dari_judul' (default): the header the office wrote says so ("Target
 * Tahunan", "Target 1 Tahun", "Target (Tahun)": score/target-span.ts); 'tahunan': every target is annual;
 * 'periodik': every target is the period's own (nothing prorated, as before issue 11).
 */
export const TargetSpanRuleSchema = z.enum(['dari_judul', 'tahunan', 'periodik']);
export type TargetSpanRule = z.infer<typeof TargetSpanRuleSchema>;

/**
 * Whether realisasi is cumulative since January. 'dari_judul' (default): the header says so ("Realisasi
 * s.d. Bulan Ini", "Realisasi Kumulatif", "Realisasi s/d TW II"); 'kumulatif' / 'periodik' for every table.
 */
export const RealisasiSpanRuleSchema = z.enum(['dari_judul', 'kumulatif', 'periodik']);
export type RealisasiSpanRule = z.infer<typeof RealisasiSpanRuleSchema>;

/**
 * How an annual target is compared with a period's realisasi (DOMAIN.md: open; default prorated).
 * 'prorata': a cumulative realisasi against target x elapsed share of the year (March: 3/12), a periodic
 * one against target / periods per year (a month: 1/12); 'periode': the period's own target column
 * ("Target TW I".."Target TW IV"), and a table without one is reported, never guessed.
 */
export const AnnualTargetRuleSchema = z.enum(['prorata', 'periode']);
export type AnnualTargetRule = z.infer<typeof AnnualTargetRuleSchema>;

/** The kinds of day off a calendar lists. */
export const DAY_OFF_KINDS = ['libur_nasional', 'cuti_bersama', 'libur_daerah'] as const;
export const DayOffKindSchema = z.enum(DAY_OFF_KINDS);
export type DayOffKind = z.infer<typeof DayOffKindSchema>;

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export const DayOffSchema = z.object({
  /** ISO yyyy-mm-dd. */
  date: z.string().regex(ISO_DATE, 'tanggal harus berbentuk yyyy-mm-dd'),
  name: z.string().min(1).max(200),
  kind: DayOffKindSchema,
});
export type DayOff = z.infer<typeof DayOffSchema>;

/**
 * The region's working calendar. Work days of the week: 0 Sunday .. 6 Saturday; Monday to Friday by
 * default (Perpres 21/2023 on ASN working hours: 5 working days, 37.5 hours a week). Days off: the national
 * holidays and cuti bersama of each year's SKB 3 Menteri (shared/policy/sections/national-days-off.ts cites
 * them), to which a region adds its own (libur_daerah: a regional anniversary set by the head of region).
 * A year the calendar lists no day off for is not covered: its working days are not counted from it.
 */
export const WorkCalendarSchema = z.object({
  workWeek: z.array(z.number().int().min(0).max(6)).min(1).max(7).default([1, 2, 3, 4, 5]),
  daysOff: z
    .array(DayOffSchema)
    .max(2000)
    .default(NATIONAL_DAYS_OFF.map((d) => ({ ...d }))),
});
export type WorkCalendar = z.infer<typeof WorkCalendarSchema>;

export const PeriodsPolicySchema = z.object({
  targets: TargetSpanRuleSchema.default('dari_judul'),
  realisasi: RealisasiSpanRuleSchema.default('dari_judul'),
  annualTarget: AnnualTargetRuleSchema.default('prorata'),
  /**
   * Unit words of a target that is a level, not an amount: it is never prorated ("100 %" ketepatan,
   * "Nilai 80", "Indeks 3,5", "Opini WTP"). A percent target is never prorated whatever its word; nor is a
   * duration ("12 bulan", the waktu aspect: a deadline, not an output). Only amounts (counts, rupiah,
   * dokumen) are. Lower case, as the word after the number or in the Satuan column.
   */
  levelUnits: z
    .array(z.string().min(1).max(40))
    .max(100)
    .default([
      '%',
      'persen',
      'nilai',
      'indeks',
      'skor',
      'poin',
      'rasio',
      'predikat',
      'opini',
      'level',
      'tingkat',
    ]),
  calendar: WorkCalendarSchema.default(WorkCalendarSchema.parse({})),
});
export type PeriodsPolicy = z.infer<typeof PeriodsPolicySchema>;
