import * as z from '../../core/zod';
import { SakipWorkbookPolicySchema } from './sakip-workbook';

export const SAKIP_ANSWERS = ['AA', 'A', 'BB', 'B', 'CC', 'C', 'D', 'E', 'Y', 'T'] as const;
export const SakipAnswerSchema = z.enum(SAKIP_ANSWERS);
export type SakipAnswer = z.infer<typeof SakipAnswerSchema>;

const SubComponentWeightsSchema = z.object({
  keberadaan: z.number().min(0).max(1),
  kualitas: z.number().min(0).max(1),
  pemanfaatan: z.number().min(0).max(1),
});

const GradeSchema = z.object({
  grade: z.string().min(1),
  label: z.string().min(1),
  /** Exclusive lower bound: a score strictly above `above` earns this grade (90 is A, 90.01 is AA). */
  above: z.number(),
});

/**
 * SAKIP evaluation of a unit. Source: PermenPANRB 88/2021.
 * Sub-component score = component weight x sub-share x mean(criteria values) / 100.
 */
export const SakipPolicySchema = z
  .object({
    components: z
      .array(
        z.object({
          id: z.string().min(1),
          label: z.string().min(1),
          weight: z.number().min(0).max(100),
          /** Other names seen in LKE worksheets, matched like the id and label (case and spacing ignored). */
          aliases: z.array(z.string().min(1)).default([]),
        }),
      )
      .min(1)
      // Two components with one id would share their answers and be counted twice.
      .refine((cs) => new Set(cs.map((c) => c.id)).size === cs.length, {
        message: 'id komponen harus unik (component ids must be unique)',
      })
      .default([
        { id: 'perencanaan', label: 'Perencanaan Kinerja', weight: 30, aliases: ['Perencanaan'] },
        { id: 'pengukuran', label: 'Pengukuran Kinerja', weight: 30, aliases: ['Pengukuran'] },
        { id: 'pelaporan', label: 'Pelaporan Kinerja', weight: 15, aliases: ['Pelaporan'] },
        {
          id: 'evaluasi',
          label: 'Evaluasi Akuntabilitas Kinerja Internal',
          weight: 25,
          aliases: ['Evaluasi', 'Evaluasi Internal', 'Evaluasi AKIP', 'Evaluasi Akuntabilitas Kinerja'],
        },
      ]),
    subComponentShares: SubComponentWeightsSchema.default({
      keberadaan: 0.2,
      kualitas: 0.3,
      pemanfaatan: 0.5,
    }),
    /** AA 100 ... E 0 (PermenPANRB 88/2021); older LKE answers Y = 1, T = 0, kept here on the 0-100 scale. */
    answerValues: z
      .record(SakipAnswerSchema, z.number().min(0).max(100))
      .default({ AA: 100, A: 90, BB: 80, B: 70, CC: 60, C: 50, D: 30, E: 0, Y: 100, T: 0 }),
    /** Ordered from the highest; the first whose exclusive lower bound is below the score applies. D covers 0-30. */
    grades: z
      .array(GradeSchema)
      .min(1)
      .default([
        { grade: 'AA', label: 'Sangat Memuaskan', above: 90 },
        { grade: 'A', label: 'Memuaskan', above: 80 },
        { grade: 'BB', label: 'Sangat Baik', above: 70 },
        { grade: 'B', label: 'Baik', above: 60 },
        { grade: 'CC', label: 'Cukup', above: 50 },
        { grade: 'C', label: 'Kurang', above: 30 },
        { grade: 'D', label: 'Sangat Kurang', above: -1 },
      ]),
    /** Reading LKE/KKE workbooks as offices keep them (rounds side by side, Pemenuhan/Capaian names). */
    workbook: SakipWorkbookPolicySchema.default(SakipWorkbookPolicySchema.parse({})),
  })
  // The final score is out of 100 and each component splits fully into its three sub-components.
  .refine((s) => Math.abs(s.components.reduce((sum, c) => sum + c.weight, 0) - 100) < 1e-6, {
    message: 'sum(components.weight) = 100',
    path: ['components'],
  })
  .refine(
    (s) =>
      Math.abs(
        s.subComponentShares.keberadaan +
          s.subComponentShares.kualitas +
          s.subComponentShares.pemanfaatan -
          1,
      ) < 1e-6,
    { message: 'keberadaan + kualitas + pemanfaatan = 1', path: ['subComponentShares'] },
  );
export type SakipPolicy = z.infer<typeof SakipPolicySchema>;
