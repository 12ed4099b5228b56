import * as z from '../../core/zod';
import { RB_AREAS } from './rb';

/**
 * How the Reformasi Birokrasi action-plan tracker (rencana aksi tindak lanjut rekomendasi) is read and
 * followed. After an RB evaluation Kemenpan RB gives recommendations; the region answers each with
 * action plans per area of change (PermenPANRB 25/2020 on the RB road map 2020-2024, which names the
 * eight areas, and PermenPANRB 26/2020 on their evaluation). There is no national form for the tracker:
 * the statuses, their words and the column labels below are what regional trackers write (open; a
 * region adds its own words). Names are matched with case, spacing, punctuation and a leading "1." or
 * "Area" ignored.
 */
const NamedSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
});

const StatusSchema = NamedSchema.extend({
  /** The action is finished: never overdue, and it must carry its evidence (bukti dukung). */
  done: z.boolean().default(false),
  /**
   * The progress an action of this status has when its progress cell is blank (Belum mulai 0, Selesai
   * 1); null: unknown, so the action is left out of the progress means and reported.
   */
  progress: z.number().min(0).max(1).nullable().default(null),
});

const uniqueIds = (entries: readonly { id: string }[]) =>
  new Set(entries.map((e) => e.id)).size === entries.length;

/** The fields of a tracker row, and the header labels regional trackers give them. */
export const RB_ACTION_FIELDS = [
  'recommendationNo',
  'recommendation',
  'action',
  'area',
  'owner',
  'pilots',
  'deadline',
  'output',
  'evidence',
  'status',
  'progress',
] as const;
export type RbActionField = (typeof RB_ACTION_FIELDS)[number];

/** Regional trackers' header labels (Bangka Barat, Bagian Organisasi templates): matched as whole words. */
const DEFAULT_HEADERS: Record<RbActionField, string[]> = {
  recommendationNo: ['No Rekomendasi', 'Nomor Rekomendasi', 'Rekomendasi Ke', 'Kode Rekomendasi'],
  recommendation: [
    'Rekomendasi',
    'Rekomendasi Kemenpan RB',
    'Rekomendasi Hasil Evaluasi',
    'Uraian Rekomendasi',
    'Rekomendasi Perbaikan',
  ],
  action: ['Rencana Aksi', 'Rencana Tindak Lanjut', 'Tindak Lanjut', 'Kegiatan', 'Uraian Kegiatan', 'Aksi'],
  area: ['Area Perubahan', 'Area', 'Area RB', 'Area Reformasi Birokrasi'],
  owner: [
    'Pengampu',
    'OPD Pengampu',
    'Penanggung Jawab',
    'Penanggungjawab',
    'PJ',
    'OPD Penanggung Jawab',
    'Perangkat Daerah Pengampu',
    'Koordinator',
  ],
  pilots: ['OPD Percontohan', 'Percontohan', 'Perangkat Daerah Percontohan', 'Pilot', 'Lokus', 'OPD Lokus'],
  deadline: [
    'Tenggat',
    'Tenggat Waktu',
    'Batas Waktu',
    'Target Waktu',
    'Waktu Penyelesaian',
    'Target Penyelesaian',
    'Jadwal',
    'Deadline',
  ],
  output: [
    'Output',
    'Target Keluaran',
    'Keluaran',
    'Target Output',
    'Output yang Diharapkan',
    'Hasil yang Diharapkan',
  ],
  evidence: ['Bukti Dukung', 'Link Bukti Dukung', 'Link Bukti', 'Data Dukung', 'Eviden', 'Evidence'],
  status: ['Status', 'Status Pelaksanaan', 'Status Tindak Lanjut', 'Keterangan Status'],
  progress: [
    'Progres',
    'Progress',
    'Progres (%)',
    'Persentase',
    'Persentase Capaian',
    'Realisasi (%)',
    'Capaian (%)',
  ],
};

const headerList = (field: RbActionField) =>
  z.array(z.string().min(1)).min(1).default(DEFAULT_HEADERS[field]);

export const RbActionsPolicySchema = z.object({
  /** Shown with every recap: where these words come from. */
  source: z
    .string()
    .min(1)
    .max(200)
    .default(
      'Rencana aksi tindak lanjut rekomendasi evaluasi RB (PermenPANRB 25/2020 dan 26/2020; format daerah)',
    ),
  /** The statuses trackers write. `done` ones close an action. */
  statuses: z
    .array(StatusSchema)
    .min(1)
    .refine(uniqueIds, { message: 'id status harus unik (status ids must be unique)' })
    .refine((s) => s.some((x) => x.done), {
      message: 'minimal satu status berarti selesai (at least one status must mean done)',
    })
    .default([
      {
        id: 'belum',
        label: 'Belum Mulai',
        aliases: ['Belum', 'Belum Dimulai', 'Belum Dilaksanakan', 'Belum Terlaksana', 'Not Started'],
        done: false,
        progress: 0,
      },
      {
        id: 'proses',
        label: 'Dalam Proses',
        aliases: ['Proses', 'Sedang Berjalan', 'Berjalan', 'Sedang Dilaksanakan', 'On Progress', 'On Going'],
        done: false,
        progress: null,
      },
      {
        id: 'ditunda',
        label: 'Ditunda',
        aliases: ['Tertunda', 'Pending'],
        done: false,
        progress: null,
      },
      {
        id: 'selesai',
        label: 'Selesai',
        aliases: ['Sudah', 'Sudah Dilaksanakan', 'Terlaksana', 'Tuntas', 'Selesai Dilaksanakan', 'Done'],
        done: true,
        progress: 1,
      },
    ]),
  /**
   * The eight areas of change (PermenPANRB 25/2020), with the names offices write: the LKE's list
   * (sections/rb.ts RB_AREAS), without its weights, which the tracker does not need.
   */
  areas: z
    .array(NamedSchema)
    .min(1)
    .refine(uniqueIds, { message: 'id area harus unik (area ids must be unique)' })
    .default(RB_AREAS.map((a) => ({ id: a.id, label: a.label, aliases: [...a.aliases] }))),
  /** Header labels per field; a header is recognised when its words equal one of them. */
  headers: z
    .object({
      recommendationNo: headerList('recommendationNo'),
      recommendation: headerList('recommendation'),
      action: headerList('action'),
      area: headerList('area'),
      owner: headerList('owner'),
      pilots: headerList('pilots'),
      deadline: headerList('deadline'),
      output: headerList('output'),
      evidence: headerList('evidence'),
      status: headerList('status'),
      progress: headerList('progress'),
    })
    .default(DEFAULT_HEADERS),
  /**
   * A deadline written as a period ("Juni 2025", "Triwulan II 2025", "2025") means its last day: an
   * action due "Juni 2025" is late from 1 July (open; 'firstDay' for regions that mean the start).
   */
  periodDeadline: z.enum(['lastDay', 'firstDay']).default('lastDay'),
  /**
   * A blank recommendation cell under a filled one belongs to the same recommendation: trackers write a
   * recommendation once over its actions (merged or not). Off: every action row must name its own.
   */
  carryRecommendationDown: z.boolean().default(true),
});
export type RbActionsPolicy = z.infer<typeof RbActionsPolicySchema>;
