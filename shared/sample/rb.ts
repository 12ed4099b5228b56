import { t } from '../messages/format';
import { RB_TEMPLATE_COLUMNS, type RbTemplateKey } from '../org/rb-workbook-template';
import { RB_AREAS } from '../policy/sections/rb';

/**
 * The sample OPD's LKE RB (PMPRB) in the add-on's template layout: per area of change two pemenuhan
 * questions (Ya/Tidak, weights 1,5 and 1 points), one hasil antara and one reform indicator, then the four
 * hasil indicators; the OPD's own answers and the verifier's side by side. With the default policy
 * (PermenPANRB 26/2020 split evenly: per area pemenuhan 2,5, hasil antara 1,25, reform 3,75; hasil 10
 * each) the verifier's answers give pengungkit 45,5 and hasil 33: total 78,5 (BB, Baik); the OPD's own
 * 52,35 + 34,5 = 86,85. Invented figures.
 */

const SAMPLE_RB_LKE_SHEET = 'LKE RB';

type Answers = readonly [mandiri: string, verifikasi: string];

interface SampleArea {
  /** Index into RB_AREAS. */
  area: number;
  pemenuhan: readonly [question: string, answers: Answers][];
  hasilAntara: readonly [indicator: string, answers: Answers];
  reform: readonly [indicator: string, answers: Answers];
}

const AREAS: readonly SampleArea[] = [
  {
    area: 0,
    pemenuhan: [
      ['Tim Reformasi Birokrasi telah dibentuk dengan SK Kepala Dinas', ['Ya', 'Ya']],
      ['Road map RB Dinas Kesehatan 2025-2029 telah disusun', ['Ya', 'Ya']],
    ],
    hasilAntara: ['Persentase pegawai yang mengikuti sosialisasi RB', ['90%', '85%']],
    reform: ['Agen perubahan telah berperan dalam budaya kerja', ['A', 'B']],
  },
  {
    area: 1,
    pemenuhan: [
      ['Peraturan Kepala Dinas telah diidentifikasi dan dipetakan', ['Ya', 'Ya']],
      ['Kebijakan yang tidak harmonis telah direvisi', ['Ya', 'Tidak']],
    ],
    hasilAntara: ['Persentase kebijakan yang telah diharmonisasi', ['80%', '80%']],
    reform: ['Sistem informasi regulasi mudah diakses masyarakat', ['B', 'B']],
  },
  {
    area: 2,
    pemenuhan: [
      ['Evaluasi kelembagaan telah dilakukan', ['Ya', 'Ya']],
      ['Hasil evaluasi kelembagaan telah ditindaklanjuti', ['Tidak', 'Tidak']],
    ],
    hasilAntara: ['Persentase jabatan struktural yang telah disederhanakan', ['75%', '70%']],
    reform: ['Struktur organisasi berorientasi pada hasil', ['B', 'C']],
  },
  {
    area: 3,
    pemenuhan: [
      ['SOP pelayanan kesehatan telah ditetapkan', ['Ya', 'Ya']],
      ['E-office telah digunakan untuk persuratan', ['Ya', 'Ya']],
    ],
    hasilAntara: ['Persentase SOP yang telah diterapkan', ['85%', '80%']],
    reform: ['Proses bisnis telah terintegrasi secara elektronik', ['A', 'A']],
  },
  {
    area: 4,
    pemenuhan: [
      ['Analisis jabatan dan beban kerja telah disusun', ['Ya', 'Ya']],
      ['Penilaian kinerja pegawai menggunakan e-Kinerja', ['Ya', 'Ya']],
    ],
    hasilAntara: ['Persentase pegawai yang mengikuti pengembangan kompetensi', ['70%', '60%']],
    reform: ['Manajemen talenta telah diterapkan', ['B', 'B']],
  },
  {
    area: 5,
    pemenuhan: [
      ['Perjanjian kinerja telah ditandatangani tepat waktu', ['Ya', 'Ya']],
      ['LKjIP telah dipublikasikan di laman Dinas', ['Ya', 'Ya']],
    ],
    hasilAntara: ['Persentase program yang memiliki indikator hasil', ['95%', '90%']],
    reform: ['Informasi kinerja digunakan untuk perbaikan program', ['A', 'B']],
  },
  {
    area: 6,
    pemenuhan: [
      ['Zona integritas telah dicanangkan', ['Ya', 'Tidak']],
      ['Pengendalian gratifikasi telah dilaksanakan', ['Ya', 'Ya']],
    ],
    hasilAntara: ['Persentase rekomendasi Inspektorat yang ditindaklanjuti', ['60%', '50%']],
    reform: ['Whistleblowing system telah berjalan', ['C', 'C']],
  },
  {
    area: 7,
    pemenuhan: [
      ['Standar pelayanan puskesmas telah ditetapkan', ['Ya', 'Ya']],
      ['Survei kepuasan masyarakat dilakukan setiap semester', ['Ya', 'Ya']],
    ],
    hasilAntara: ['Persentase puskesmas dengan maklumat pelayanan', ['88%', '80%']],
    reform: ['Inovasi pelayanan kesehatan telah direplikasi', ['A', 'B']],
  },
];

const HASIL: readonly [hasil: string, indicator: string, answers: Answers][] = [
  ['Kapasitas dan Akuntabilitas Kinerja Organisasi', 'Nilai SAKIP Dinas Kesehatan', ['70%', '65%']],
  [
    'Pemerintah yang Bersih dan Bebas KKN',
    'Persentase pejabat yang menyampaikan LHKPN/LHKASN tepat waktu',
    ['100%', '95%'],
  ],
  ['Kualitas Pelayanan Publik', 'Indeks kepuasan masyarakat terhadap layanan puskesmas', ['85%', '82%']],
  ['Kinerja Organisasi', 'Capaian indikator kinerja utama Dinas Kesehatan', ['90%', '88%']],
];

const link = (n: number) => `https://drive.google.com/file/d/rb-dinkes-contoh-${String(n).padStart(3, '0')}`;

type Row = Partial<Record<RbTemplateKey, string>>;

function sampleRows(): Row[] {
  const rows: Row[] = [];
  const add = (row: Row) => rows.push({ ...row, evidence: row.evidence ?? link(rows.length + 1) });
  for (const a of AREAS) {
    const area = RB_AREAS[a.area]?.label ?? '';
    for (const [i, [indicator, [mandiri, verifikasi]]] of a.pemenuhan.entries()) {
      const weight = i === 0 ? '1,5' : '1';
      add({ area, indicator, part: 'Pemenuhan', weight, kind: 'Ya/Tidak', mandiri, verifikasi });
    }
    const [ha, [haM, haV]] = a.hasilAntara;
    add({ area, indicator: ha, part: 'Hasil Antara', kind: 'Persentase', mandiri: haM, verifikasi: haV });
    const [rf, [rfM, rfV]] = a.reform;
    add({ area, indicator: rf, part: 'Reform', kind: 'A/B/C/D/E', mandiri: rfM, verifikasi: rfV });
  }
  for (const [area, indicator, [mandiri, verifikasi]] of HASIL)
    add({ area, indicator, part: 'Hasil', kind: 'Persentase', mandiri, verifikasi });
  // Two answers without evidence: the evaluation counts them.
  const second = rows[1];
  if (second) second.evidence = '';
  const last = rows[rows.length - 1];
  if (last) {
    last.evidence = '';
    last.note = 'Data capaian IKU triwulan IV menunggu validasi Bappeda';
  }
  return rows;
}

/** The sample LKE RB sheet: the template's header row, then one row per indicator. */
export function sampleRbLke(): { name: string; rows: string[][] } {
  const header = RB_TEMPLATE_COLUMNS.map((c) => t(c.header, undefined, 'id'));
  const body = sampleRows().map((row) => RB_TEMPLATE_COLUMNS.map((c) => row[c.key] ?? ''));
  return { name: SAMPLE_RB_LKE_SHEET, rows: [header, ...body] };
}
