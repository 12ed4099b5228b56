/**
 * OPD workbooks for the Sekda's recap (issue 12), invented: each OPD keeps its employee list and its
 * month's results recap (titles "SKPD : ..." and "Periode : ..."), its units with their predikat
 * organisasi, and the resume of its SAKIP evaluation (KKE) as Inspektorat sends it back. `npm start`
 * exports them through the built add-on (Ekspor paket OPD) and imports them into a Sekda workbook; the
 * add-on's tests build their own OPDs with the same generator.
 */
import { SAMPLE_OPD } from './people';

/** A cell as a sheet holds it: text, a number, or a number with the text Sheets displays. */
export type OpdSheetCell = string | number | { v: number; d: string };

/** One sheet of an OPD workbook (the shape of the Apps Script sandbox's seeds). */
export interface OpdSheet {
  name: string;
  rows: OpdSheetCell[][];
}

export type OpdPerilaku = 'Di Atas Ekspektasi' | 'Sesuai Ekspektasi' | 'Di Bawah Ekspektasi';

export interface OpdPerson {
  nip: string;
  nama: string;
  jabatan: string;
  unit: string;
  /** The supervisor's NIP; '' for the head of the OPD's secretariat. */
  atasan: string;
  /** % capaian SKP of the month, as a fraction (1.05 = 105 %). */
  capaian: number;
  perilaku: OpdPerilaku;
}

export interface OpdFixture {
  opd: string;
  units: { unit: string; predikat: string }[];
  people: OpdPerson[];
  /** The final SAKIP score (0-100) of the KKE resume; none when absent. */
  sakip?: number;
}

/** A percent cell as Sheets holds it: the fraction, and the text it shows. */
const pct = (fraction: number): OpdSheetCell => ({ v: fraction, d: `${(fraction * 100).toFixed(2)}%` });
const num = (n: number): OpdSheetCell => ({ v: n, d: n.toFixed(2) });
const weightPct = (points: number): OpdSheetCell => ({ v: points / 100, d: `${points.toFixed(2)}%` });

/**
 * A KKE resume whose three rounds all give `score` (each sub-component at the same share of its weight),
 * laid out as the Trenggalek KKE keeps it: components A-D of PermenPANRB 88/2021 with their weights.
 */
export function kkeResumeSheet(score: number): OpdSheet {
  const f = score / 100;
  const comp = (code: string, no: string, name: string, weight: number, subs: [string, number][]) => [
    [
      code,
      no,
      name,
      '',
      weightPct(weight),
      weightPct(weight * f),
      weightPct(weight * f),
      weightPct(weight * f),
      '',
    ],
    ...subs.map(([sub, w], i) => [
      `${code.slice(0, 4)}00${i + 1}`,
      '',
      '',
      sub,
      weightPct(w),
      weightPct(w * f),
      weightPct(w * f),
      weightPct(w * f),
      '',
    ]),
  ];
  return {
    name: 'RESUME',
    rows: [
      [num(1), num(2), num(3), num(4), num(5), num(6), num(7), num(8), num(9)],
      [
        'KODE',
        'NO',
        'KOMPONEN',
        'SUB-KOMPONEN',
        'BOBOT',
        'PENILAIAN MANDIRI (OPD)',
        'VERVAL (BAPPEDA;BAGOR;INSPEKTORAT)',
        'PENILAIAN FINAL (INSPEKTORAT)',
        'KETERANGAN',
      ],
      ...comp('AREN01', 'A', 'Perencanaan Kinerja', 30, [
        ['Pemenuhan', 6],
        ['Kualitas', 9],
        ['Pemanfaatan', 15],
      ]),
      ...comp('BKUR01', 'B', 'Pengukuran Kinerja', 30, [
        ['Pemenuhan', 6],
        ['Kualitas', 9],
        ['Pemanfaatan', 15],
      ]),
      ...comp('CLAP01', 'C', 'Pelaporan Kinerja', 15, [
        ['Pemenuhan', 3],
        ['Kualitas', 4.5],
        ['Pemanfaatan', 7.5],
      ]),
      ...comp('DVAL01', 'D', 'Evaluasi Akuntabilitas Kinerja Internal', 25, [
        ['Pemenuhan', 5],
        ['Kualitas', 7.5],
        ['Pemanfaatan', 5],
        ['Capaian', 7.5],
      ]),
      [
        '',
        'Nilai Akuntabilitas Kinerja',
        '',
        '',
        weightPct(100),
        weightPct(score),
        weightPct(score),
        weightPct(score),
        '',
      ],
    ],
  };
}

/** The sheets of one OPD's workbook for one month ("Maret 2025"). */
export function opdWorkbook(o: OpdFixture, month: string): OpdSheet[] {
  const sheets: OpdSheet[] = [
    {
      name: 'Pegawai',
      rows: [
        ['DAFTAR PEGAWAI'],
        ['SKPD', ':', o.opd],
        [],
        ['No', 'NIP', 'Nama', 'Jabatan', 'Unit Kerja', 'NIP Atasan'],
        ...o.people.map((p, i) => [i + 1, p.nip, p.nama, p.jabatan, p.unit, p.atasan]),
      ],
    },
    {
      name: 'Rekap Capaian',
      rows: [
        ['REKAPITULASI CAPAIAN SKP PEGAWAI'],
        ['SKPD', ':', o.opd],
        ['Periode', ':', month],
        [],
        ['No', 'NIP', 'Nama', '% Capaian SKP', 'Rating Perilaku'],
        ...o.people.map((p, i) => [i + 1, p.nip, p.nama, pct(p.capaian), p.perilaku]),
      ],
    },
    {
      name: 'Unit Kerja',
      rows: [['Unit Kerja', 'Predikat Organisasi'], ...o.units.map((u) => [u.unit, u.predikat])],
    },
  ];
  if (o.sakip !== undefined) sheets.push(kkeResumeSheet(o.sakip));
  return sheets;
}

export const opdPerson = (
  nip: string,
  nama: string,
  jabatan: string,
  unit: string,
  atasan: string,
  capaian: number,
  perilaku: OpdPerilaku = 'Sesuai Ekspektasi',
): OpdPerson => ({ nip, nama, jabatan, unit, atasan, capaian, perilaku });

/** The same OPD a month earlier: every capaian lower by `rise` (negative: the OPD fell since). */
export const opdEarlier = (o: OpdFixture, rise: number): OpdFixture => ({
  ...o,
  people: o.people.map((p) => ({ ...p, capaian: Math.max(0, Math.round((p.capaian - rise) * 1000) / 1000) })),
});

/** The sample's period and the month before it, when the other OPDs also sent a package. */
export const SAMPLE_OPDS_PERIOD = 'September 2025';
export const SAMPLE_OPDS_PREVIOUS = 'Agustus 2025';

/** The SAKIP score Inspektorat gave the sample Dinas Kesehatan (its KKE resume). */
export const SAMPLE_OPD_SAKIP = 72.6;

export const DISDIKBUD = 'Dinas Pendidikan dan Kebudayaan Kabupaten Contoh';
export const DPUPR = 'Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Contoh';
export const KEC_BARAT = 'Kecamatan Contoh Barat';
export const KEC_TIMUR = 'Kecamatan Contoh Timur';
/** In the Sekda's list of OPDs, but sends no package: the recap lists it as silent. */
export const BAPPEDA = 'Badan Perencanaan Pembangunan Daerah Kabupaten Contoh';

export interface SampleOpd {
  fixture: OpdFixture;
  /** Mean change of capaian since the previous month (the earlier package is this much lower). */
  rise: number;
}

const SEKDIS_DIKBUD = '197211051998031007';
const KABID_SD = '197905142005011004';
const SEKDIS_PUPR = '197509202001121002';
const KABID_BM = '198202282006041003';
const SEKCAM_BARAT = '197012121995031004';
const SEKCAM_TIMUR = '197404251999031006';

/** The four OPDs of Kabupaten Contoh that send a package beside the sample Dinas Kesehatan. */
export const SAMPLE_OPDS: readonly SampleOpd[] = [
  {
    rise: 0.05,
    fixture: {
      opd: DISDIKBUD,
      sakip: 76.35,
      units: [
        { unit: 'Sekretariat', predikat: 'Baik' },
        { unit: 'Bidang Pembinaan Sekolah Dasar', predikat: 'Istimewa' },
        { unit: 'Bidang Kebudayaan', predikat: 'Baik' },
      ],
      people: [
        opdPerson(SEKDIS_DIKBUD, 'Drs. H. Ahmad Fauzi, M.Pd.', 'Sekretaris Dinas', 'Sekretariat', '', 1.06),
        opdPerson(
          '198403222009022006',
          'Sri Mulyani, S.E.',
          'Analis Keuangan',
          'Sekretariat',
          SEKDIS_DIKBUD,
          1.0,
        ),
        opdPerson(
          KABID_SD,
          'Dr. Wahyu Nugroho, M.Pd.',
          'Kepala Bidang Pembinaan Sekolah Dasar',
          'Bidang Pembinaan Sekolah Dasar',
          SEKDIS_DIKBUD,
          1.21,
          'Di Atas Ekspektasi',
        ),
        opdPerson(
          '199108302015032003',
          'Rina Kartikasari, S.Pd.',
          'Pengembang Teknologi Pembelajaran',
          'Bidang Pembinaan Sekolah Dasar',
          KABID_SD,
          1.15,
          'Di Atas Ekspektasi',
        ),
        opdPerson(
          '198807172011011002',
          'Teguh Prakoso, S.Sn.',
          'Pamong Budaya Ahli Pertama',
          'Bidang Kebudayaan',
          SEKDIS_DIKBUD,
          0.68,
          'Di Bawah Ekspektasi',
        ),
        opdPerson(
          '199512092020122008',
          'Putri Ayu Lestari, S.Hum.',
          'Pamong Budaya Ahli Pertama',
          'Bidang Kebudayaan',
          SEKDIS_DIKBUD,
          0.98,
        ),
      ],
    },
  },
  {
    rise: -0.04,
    fixture: {
      opd: DPUPR,
      sakip: 63.4,
      units: [
        { unit: 'Sekretariat', predikat: 'Baik' },
        { unit: 'Bidang Bina Marga', predikat: 'Butuh Perbaikan' },
      ],
      people: [
        opdPerson(SEKDIS_PUPR, 'Ir. Dedi Kurniawan, M.T.', 'Sekretaris Dinas', 'Sekretariat', '', 0.97),
        opdPerson(
          '198610112010012012',
          'Yanti Permatasari, S.T.',
          'Analis Perencanaan',
          'Sekretariat',
          SEKDIS_PUPR,
          1.03,
        ),
        opdPerson(
          KABID_BM,
          'Hendra Saputra, S.T.',
          'Teknik Jalan dan Jembatan Ahli Muda',
          'Bidang Bina Marga',
          SEKDIS_PUPR,
          0.58,
          'Di Bawah Ekspektasi',
        ),
        opdPerson(
          '199306042019031005',
          'Andi Gunawan, A.Md.T.',
          'Pengawas Jalan dan Jembatan',
          'Bidang Bina Marga',
          KABID_BM,
          0.71,
        ),
        opdPerson(
          '199702182022032004',
          'Indah Wulandari, S.T.',
          'Penata Ruang Ahli Pertama',
          'Bidang Bina Marga',
          KABID_BM,
          0.95,
        ),
      ],
    },
  },
  {
    rise: 0.08,
    fixture: {
      opd: KEC_BARAT,
      sakip: 67.25,
      units: [
        { unit: 'Sekretariat Kecamatan', predikat: 'Baik' },
        { unit: 'Seksi Pemerintahan', predikat: 'Baik' },
      ],
      people: [
        opdPerson(
          SEKCAM_BARAT,
          'Sugeng Riyadi, S.Sos.',
          'Sekretaris Camat',
          'Sekretariat Kecamatan',
          '',
          1.02,
        ),
        opdPerson(
          '198508082010012021',
          'Maya Handayani, S.IP.',
          'Analis Pemerintahan',
          'Seksi Pemerintahan',
          SEKCAM_BARAT,
          1.19,
          'Di Atas Ekspektasi',
        ),
        opdPerson(
          '199204172015031003',
          'Rizky Maulana, S.STP.',
          'Pengadministrasi Umum',
          'Sekretariat Kecamatan',
          SEKCAM_BARAT,
          0.92,
        ),
      ],
    },
  },
  {
    rise: 0.02,
    fixture: {
      opd: KEC_TIMUR,
      sakip: 71.8,
      units: [
        { unit: 'Sekretariat Kecamatan', predikat: 'Istimewa' },
        { unit: 'Seksi Pelayanan Umum', predikat: 'Baik' },
      ],
      people: [
        opdPerson(
          SEKCAM_TIMUR,
          'Joko Santoso, S.H.',
          'Sekretaris Camat',
          'Sekretariat Kecamatan',
          '',
          1.08,
          'Di Atas Ekspektasi',
        ),
        opdPerson(
          '198911232014022005',
          'Ratna Susanti, S.AP.',
          'Pengelola Layanan Kependudukan',
          'Seksi Pelayanan Umum',
          SEKCAM_TIMUR,
          1.04,
        ),
        opdPerson(
          '199601302020121002',
          'Budi Pratama, A.Md.',
          'Pengadministrasi Perkantoran',
          'Seksi Pelayanan Umum',
          SEKCAM_TIMUR,
          0.64,
          'Di Bawah Ekspektasi',
        ),
      ],
    },
  },
];

/** The Sekda's "Daftar OPD": the sample Dinas Kesehatan (an RB pilot), the four above, and Bappeda. */
export function sampleOpdListSheet(): OpdSheet {
  return {
    name: 'Daftar OPD',
    rows: [
      ['Nama OPD', 'Jenis', 'Percontohan RB'],
      [SAMPLE_OPD, 'Dinas', 'Ya'],
      [DISDIKBUD, 'Dinas', 'Tidak'],
      [DPUPR, 'Dinas', 'Tidak'],
      [KEC_BARAT, 'Kecamatan', 'Tidak'],
      [KEC_TIMUR, 'Kecamatan', 'Tidak'],
      [BAPPEDA, 'Badan', 'Tidak'],
    ],
  };
}
