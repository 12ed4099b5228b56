import * as z from '../../core/zod';

/**
 * How SAKIP evaluation workbooks (LKE/KKE) are read as offices keep them (PermenPANRB 88/2021 and the
 * regional KKE forms derived from it): the names of the sub-components, the evaluation rounds side by
 * side, and the words of the total and predikat rows. Names are matched with case, spacing and
 * punctuation ignored.
 */
const NamedSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
});

const RoundSchema = NamedSchema.extend({
  /** The OPD's own round (penilaian mandiri): the gap is measured from it. */
  selfAssessment: z.boolean().default(false),
});

const uniqueIds = (entries: readonly { id: string }[]) =>
  new Set(entries.map((e) => e.id)).size === entries.length;

export const SakipWorkbookPolicySchema = z.object({
  /**
   * Sub-component names. PermenPANRB 88/2021 calls the first one Keberadaan; the KKE forms of many
   * regions write Pemenuhan. Capaian is its own sub-component in some KKE forms (Kabupaten Trenggalek's
   * Evaluasi Akuntabilitas Kinerja Internal has Pemenuhan, Kualitas, Pemanfaatan and Capaian); a region
   * whose form writes Capaian for the first sub-component moves "Capaian" into Keberadaan's aliases.
   */
  subComponents: z
    .array(NamedSchema)
    .min(1)
    .refine(uniqueIds, { message: 'id sub-komponen harus unik (sub-component ids must be unique)' })
    .default([
      { id: 'keberadaan', label: 'Keberadaan', aliases: ['Pemenuhan'] },
      { id: 'kualitas', label: 'Kualitas', aliases: [] },
      { id: 'pemanfaatan', label: 'Pemanfaatan', aliases: [] },
      { id: 'capaian', label: 'Capaian', aliases: ['Capaian Kinerja'] },
    ]),
  /**
   * The rounds in the order they happen; the last one that holds values decides. A round column is
   * recognised when its header starts with the label or an alias ("PENILAIAN MANDIRI (OPD)").
   */
  rounds: z
    .array(RoundSchema)
    .min(1)
    .refine(uniqueIds, { message: 'id putaran harus unik (round ids must be unique)' })
    .refine((rs) => rs.filter((r) => r.selfAssessment).length <= 1, {
      message: 'hanya satu putaran penilaian mandiri (only one self-assessment round)',
    })
    .default([
      {
        id: 'mandiri',
        label: 'Penilaian Mandiri',
        aliases: ['Mandiri', 'Nilai Mandiri', 'Self Assessment'],
        selfAssessment: true,
      },
      {
        id: 'verifikasi',
        label: 'Verifikasi/Validasi',
        aliases: ['Verval', 'Verifikasi', 'Validasi'],
        selfAssessment: false,
      },
      {
        id: 'penjaminan',
        label: 'Penjaminan Kualitas',
        aliases: ['Penjaminan Mutu', 'Quality Assurance'],
        selfAssessment: false,
      },
      {
        id: 'final',
        label: 'Penilaian Final',
        aliases: ['Final', 'Nilai Final', 'Nilai Akhir'],
        selfAssessment: false,
      },
    ]),
  /** Labels of the workbook's own total row ("Nilai Akuntabilitas Kinerja" in the Trenggalek KKE). */
  totalLabels: z
    .array(z.string().min(1))
    .min(1)
    .default(['Nilai Akuntabilitas Kinerja', 'Nilai Akhir', 'Total', 'Jumlah', 'Nilai SAKIP', 'Nilai AKIP']),
  /** Labels of the workbook's own predikat row. */
  predikatLabels: z.array(z.string().min(1)).min(1).default(['Predikat', 'Kategori', 'Peringkat']),
  /**
   * Texts evaluators leave in an answer cell before answering. "Y/T", "A/B/C/D" and a lone dash are
   * always read as such (a dash is not kept here: a policy text starting with "-" is refused as a formula).
   */
  unansweredMarks: z.array(z.string().min(1)).default(['Belum Diisi', 'Belum']),
  /**
   * How far (in points of 100) the workbook's own figure may be from the recomputed one and still
   * match: a figure read from its display ("24,10%") is rounded to two decimals.
   */
  tolerance: z.number().min(0).max(1).default(0.005),
});
export type SakipWorkbookPolicy = z.infer<typeof SakipWorkbookPolicySchema>;
