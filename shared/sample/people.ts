import type { Rating } from '../policy/sections/rating';

/** The sample Dinas and its three units, as the users of the sample see them. */
export const SAMPLE_OPD = 'Dinas Kesehatan Kabupaten Contoh';
export const SAMPLE_PERIOD = 'September 2025';
/** September 2025: 22 weekdays less Maulid Nabi (5 September). */
export const SAMPLE_WORKING_DAYS = 21;

export const SAMPLE_UNITS = {
  sekretariat: 'Sekretariat',
  yankes: 'Bidang Pelayanan Kesehatan',
  p2p: 'Bidang Pencegahan dan Pengendalian Penyakit',
} as const;
export type SampleUnitKey = keyof typeof SAMPLE_UNITS;

/**
 * How each person's month was meant to turn out; the generator writes targets, realisasi and BerAKHLAK
 * judgements that produce it, so tests can check the predikat by hand.
 * tinggi: capaian 117-125% (di atas); sesuai: 96-104%; rendah: 60-72%; sangat_rendah: 35-48%.
 */
export type ResultProfile = 'tinggi' | 'sesuai' | 'rendah' | 'sangat_rendah';

export interface SamplePerson {
  key: string;
  nama: string;
  sex: 1 | 2;
  jabatan: string;
  unit: SampleUnitKey;
  atasan?: string;
  head?: boolean;
  /** Supervisor level (Kepala Subbagian / Seksi): more RHK, higher TPP. */
  supervisor?: boolean;
  hasil: ResultProfile;
  perilaku: Rating;
  /** Whether the supervisor wrote any umpan balik for this person. */
  feedback: boolean;
  /** Supervisor's own hasil rating when it differs from the proposal (rating_hasil column). */
  override?: Rating;
  /** Logged activity minutes this month, and the share of them without output or evidence. */
  minutes: number;
  noOutputShare: number;
  /** Attendance events: TL/PSW codes, "TK" days, or late minutes written as numbers. */
  attendance: readonly string[];
  /** Whether indicators carry a bukti dukung link (false: every link missing). */
  evidence?: boolean;
}

const p = (person: SamplePerson): SamplePerson => person;

/** 40 people. Expected predikat in the comment (hasil x perilaku, PermenPANRB 6/2022 matrix). */
export const SAMPLE_PEOPLE: readonly SamplePerson[] = [
  // Sekretariat: predikat organisasi Baik, so the Sekretaris's hasil is Sesuai.
  p({
    key: 'sekdin',
    nama: 'Drs. Bambang Sutrisno, M.Si.',
    sex: 1,
    jabatan: 'Sekretaris Dinas',
    unit: 'sekretariat',
    head: true,
    hasil: 'sesuai',
    perilaku: 'sesuai',
    feedback: true,
    minutes: 5900,
    noOutputShare: 0.1,
    attendance: ['TL1'],
  }), // baik
  p({
    key: 'kasubkeu',
    nama: 'Yuliana Kartika Sari, S.E.',
    sex: 2,
    jabatan: 'Kepala Subbagian Keuangan',
    unit: 'sekretariat',
    atasan: 'sekdin',
    supervisor: true,
    hasil: 'sesuai',
    perilaku: 'di_atas',
    feedback: true,
    minutes: 6000,
    noOutputShare: 0.1,
    attendance: [],
  }), // baik
  p({
    key: 'kasubum',
    nama: 'Ahmad Fauzi, S.Sos.',
    sex: 1,
    jabatan: 'Kepala Subbagian Umum dan Kepegawaian',
    unit: 'sekretariat',
    atasan: 'sekdin',
    supervisor: true,
    hasil: 'tinggi',
    perilaku: 'di_atas',
    feedback: true,
    minutes: 6200,
    noOutputShare: 0.05,
    attendance: [],
  }), // sangat baik
  p({
    key: 'kasubren',
    nama: 'Ratna Dewi Anggraini, S.K.M., M.Kes.',
    sex: 2,
    jabatan: 'Kepala Subbagian Perencanaan dan Pelaporan',
    unit: 'sekretariat',
    atasan: 'sekdin',
    supervisor: true,
    hasil: 'sesuai',
    perilaku: 'sesuai',
    feedback: true,
    minutes: 5600,
    noOutputShare: 0.1,
    attendance: ['TL2'],
  }), // baik
  p({
    key: 'bendahara',
    nama: 'Siti Nurhaliza, S.E.',
    sex: 2,
    jabatan: 'Bendahara Pengeluaran',
    unit: 'sekretariat',
    atasan: 'kasubkeu',
    hasil: 'sesuai',
    perilaku: 'sesuai',
    feedback: true,
    minutes: 5800,
    noOutputShare: 0.1,
    attendance: [],
  }), // baik
  p({
    key: 'akeu',
    nama: 'Muhammad Rizky Pratama, S.Ak.',
    sex: 1,
    jabatan: 'Analis Keuangan Pusat dan Daerah Ahli Pertama',
    unit: 'sekretariat',
    atasan: 'kasubkeu',
    hasil: 'rendah',
    perilaku: 'sesuai',
    feedback: true,
    minutes: 4600,
    noOutputShare: 0.2,
    attendance: ['TL1', 'TL1', '47'],
  }), // butuh perbaikan
  p({
    key: 'admkeu',
    nama: 'Fitri Handayani, A.Md.',
    sex: 2,
    jabatan: 'Pengadministrasi Keuangan',
    unit: 'sekretariat',
    atasan: 'kasubkeu',
    hasil: 'sesuai',
    perilaku: 'di_atas',
    override: 'di_atas',
    feedback: true,
    minutes: 6100,
    noOutputShare: 0.05,
    attendance: [],
  }), // sangat baik (override)
  p({
    key: 'prakom',
    nama: 'Agus Setiawan, S.Kom.',
    sex: 1,
    jabatan: 'Pranata Komputer Ahli Pertama',
    unit: 'sekretariat',
    atasan: 'kasubum',
    hasil: 'tinggi',
    perilaku: 'sesuai',
    feedback: true,
    minutes: 6000,
    noOutputShare: 0.05,
    attendance: ['TL1'],
  }), // baik
  p({
    key: 'asdm',
    nama: 'Sri Mulyani, S.H.',
    sex: 2,
    jabatan: 'Analis SDM Aparatur Ahli Pertama',
    unit: 'sekretariat',
    atasan: 'kasubum',
    hasil: 'sesuai',
    perilaku: 'sesuai',
    feedback: true,
    minutes: 5500,
    noOutputShare: 0.1,
    attendance: [],
  }), // baik
  p({
    key: 'bmd',
    nama: 'Joko Susilo',
    sex: 1,
    jabatan: 'Pengelola Barang Milik Daerah',
    unit: 'sekretariat',
    atasan: 'kasubum',
    hasil: 'sesuai',
    perilaku: 'di_bawah',
    feedback: true,
    minutes: 3900,
    noOutputShare: 0.3,
    attendance: ['TK', 'TK', 'TK', 'TK', 'TL3', 'PSW2', '95'],
  }), // kurang
  p({
    key: 'arsip',
    nama: 'Nur Aini, S.I.P.',
    sex: 2,
    jabatan: 'Arsiparis Ahli Pertama',
    unit: 'sekretariat',
    atasan: 'kasubum',
    hasil: 'sesuai',
    perilaku: 'sesuai',
    feedback: true,
    minutes: 5700,
    noOutputShare: 0.1,
    attendance: [],
  }), // baik
  p({
    key: 'perencana',
    nama: 'Hendra Wijaya, S.E.',
    sex: 1,
    jabatan: 'Perencana Ahli Pertama',
    unit: 'sekretariat',
    atasan: 'kasubren',
    hasil: 'sesuai',
    perilaku: 'sesuai',
    feedback: true,
    minutes: 5600,
    noOutputShare: 0.1,
    attendance: ['TL1'],
  }), // baik
  p({
    key: 'statistisi',
    nama: 'Lestari Wulandari, S.Stat.',
    sex: 2,
    jabatan: 'Statistisi Ahli Pertama',
    unit: 'sekretariat',
    atasan: 'kasubren',
    hasil: 'rendah',
    perilaku: 'sesuai',
    feedback: true,
    minutes: 4300,
    noOutputShare: 0.2,
    attendance: ['TL2'],
  }), // butuh perbaikan

  // Bidang Pelayanan Kesehatan: predikat organisasi Istimewa, so the Kepala Bidang's hasil is Di Atas.
  p({
    key: 'kabidyan',
    nama: 'dr. Hendra Gunawan, M.Kes.',
    sex: 1,
    jabatan: 'Kepala Bidang Pelayanan Kesehatan',
    unit: 'yankes',
    head: true,
    hasil: 'tinggi',
    perilaku: 'di_atas',
    feedback: true,
    minutes: 6300,
    noOutputShare: 0.05,
    attendance: [],
  }), // sangat baik
  p({
    key: 'kasiprimer',
    nama: 'dr. Maya Sari Puspita',
    sex: 2,
    jabatan: 'Kepala Seksi Pelayanan Kesehatan Primer',
    unit: 'yankes',
    atasan: 'kabidyan',
    supervisor: true,
    hasil: 'tinggi',
    perilaku: 'di_atas',
    feedback: true,
    minutes: 6250,
    noOutputShare: 0.05,
    attendance: [],
  }), // sangat baik
  p({
    key: 'kasifarmasi',
    nama: 'apt. Dian Permatasari, S.Farm.',
    sex: 2,
    jabatan: 'Kepala Seksi Kefarmasian dan Alat Kesehatan',
    unit: 'yankes',
    atasan: 'kabidyan',
    supervisor: true,
    hasil: 'tinggi',
    perilaku: 'di_atas',
    feedback: true,
    minutes: 6100,
    noOutputShare: 0.05,
    attendance: ['TL1'],
  }), // sangat baik
  p({
    key: 'kasirujukan',
    nama: 'Ns. Budi Santoso, S.Kep.',
    sex: 1,
    jabatan: 'Kepala Seksi Pelayanan Kesehatan Rujukan',
    unit: 'yankes',
    atasan: 'kabidyan',
    supervisor: true,
    hasil: 'sesuai',
    perilaku: 'sesuai',
    feedback: true,
    minutes: 5800,
    noOutputShare: 0.1,
    attendance: ['TL2'],
  }), // baik
  p({
    key: 'nutrisionis',
    nama: 'Rina Marlina, S.Gz.',
    sex: 2,
    jabatan: 'Nutrisionis Ahli Pertama',
    unit: 'yankes',
    atasan: 'kasiprimer',
    hasil: 'tinggi',
    perilaku: 'di_atas',
    feedback: true,
    minutes: 6600,
    noOutputShare: 0.03,
    attendance: [],
  }), // sangat baik, busy and productive
  p({
    key: 'bidan1',
    nama: 'Eka Putri Rahayu, A.Md.Keb.',
    sex: 2,
    jabatan: 'Bidan Terampil',
    unit: 'yankes',
    atasan: 'kasiprimer',
    hasil: 'sesuai',
    perilaku: 'di_atas',
    feedback: true,
    minutes: 5900,
    noOutputShare: 0.1,
    attendance: [],
  }), // baik
  p({
    key: 'adkes1',
    nama: 'Wahyu Hidayat, S.K.M.',
    sex: 1,
    jabatan: 'Administrator Kesehatan Ahli Pertama',
    unit: 'yankes',
    atasan: 'kasiprimer',
    hasil: 'sesuai',
    perilaku: 'sesuai',
    feedback: true,
    minutes: 5600,
    noOutputShare: 0.1,
    attendance: ['TL1', 'PSW1'],
  }), // baik
  p({
    key: 'bidan2',
    nama: 'Indah Purnamasari, S.Tr.Keb.',
    sex: 2,
    jabatan: 'Bidan Ahli Pertama',
    unit: 'yankes',
    atasan: 'kasiprimer',
    hasil: 'tinggi',
    perilaku: 'sesuai',
    feedback: true,
    minutes: 6000,
    noOutputShare: 0.05,
    attendance: [],
  }), // baik
  p({
    key: 'ttk',
    nama: 'Arif Rahman Hakim, S.Farm.',
    sex: 1,
    jabatan: 'Asisten Apoteker Terampil',
    unit: 'yankes',
    atasan: 'kasifarmasi',
    hasil: 'sesuai',
    perilaku: 'sesuai',
    feedback: true,
    minutes: 5700,
    noOutputShare: 0.1,
    attendance: [],
  }), // baik
  p({
    key: 'plk',
    nama: 'Novita Sari, S.Si.',
    sex: 2,
    jabatan: 'Pranata Laboratorium Kesehatan Ahli Pertama',
    unit: 'yankes',
    atasan: 'kasifarmasi',
    hasil: 'tinggi',
    perilaku: 'di_atas',
    feedback: true,
    minutes: 6100,
    noOutputShare: 0.05,
    attendance: [],
  }), // sangat baik
  p({
    key: 'elektromedis',
    nama: 'Yusuf Maulana, S.Tr.Kes.',
    sex: 1,
    jabatan: 'Teknisi Elektromedis Ahli Pertama',
    unit: 'yankes',
    atasan: 'kasifarmasi',
    hasil: 'sesuai',
    perilaku: 'sesuai',
    feedback: true,
    minutes: 5500,
    noOutputShare: 0.1,
    attendance: ['TL1'],
  }), // baik
  p({
    key: 'perawat1',
    nama: 'Sri Wahyuni, S.Kep., Ners',
    sex: 2,
    jabatan: 'Perawat Ahli Muda',
    unit: 'yankes',
    atasan: 'kasirujukan',
    hasil: 'tinggi',
    perilaku: 'di_atas',
    feedback: false,
    minutes: 6200,
    noOutputShare: 0.05,
    attendance: [],
  }), // sangat baik, no praise
  p({
    key: 'adkes2',
    nama: 'Dodi Firmansyah, S.K.M.',
    sex: 1,
    jabatan: 'Administrator Kesehatan Ahli Muda',
    unit: 'yankes',
    atasan: 'kasirujukan',
    hasil: 'rendah',
    perilaku: 'sesuai',
    feedback: false,
    minutes: 4400,
    noOutputShare: 0.2,
    attendance: ['TL2', 'TL1'],
  }), // butuh perbaikan
  p({
    key: 'perawat2',
    nama: 'Ayu Lestari, A.Md.Kep.',
    sex: 2,
    jabatan: 'Perawat Terampil',
    unit: 'yankes',
    atasan: 'kasirujukan',
    hasil: 'sesuai',
    perilaku: 'sesuai',
    feedback: false,
    minutes: 5800,
    noOutputShare: 0.1,
    attendance: [],
  }), // baik

  // Bidang P2P: predikat organisasi Butuh Perbaikan, so the Kepala Bidang's hasil is Di Bawah.
  p({
    key: 'kabidp2p',
    nama: 'dr. Teguh Prasetyo, M.P.H.',
    sex: 1,
    jabatan: 'Kepala Bidang Pencegahan dan Pengendalian Penyakit',
    unit: 'p2p',
    head: true,
    hasil: 'rendah',
    perilaku: 'sesuai',
    feedback: true,
    minutes: 5200,
    noOutputShare: 0.1,
    attendance: ['TL1'],
  }), // butuh perbaikan
  p({
    key: 'kasisurv',
    nama: 'Siti Rahmawati, S.K.M., M.Epid.',
    sex: 2,
    jabatan: 'Kepala Seksi Surveilans dan Imunisasi',
    unit: 'p2p',
    atasan: 'kabidp2p',
    supervisor: true,
    hasil: 'sesuai',
    perilaku: 'di_atas',
    feedback: true,
    minutes: 6000,
    noOutputShare: 0.1,
    attendance: [],
  }), // baik
  p({
    key: 'kasip2pm',
    nama: 'Agus Salim, S.K.M.',
    sex: 1,
    jabatan: 'Kepala Seksi Pencegahan dan Pengendalian Penyakit Menular',
    unit: 'p2p',
    atasan: 'kabidp2p',
    supervisor: true,
    hasil: 'rendah',
    perilaku: 'sesuai',
    feedback: true,
    minutes: 4800,
    noOutputShare: 0.2,
    attendance: ['TL2', 'TL2'],
  }), // butuh perbaikan
  p({
    key: 'kasiptm',
    nama: 'Nurul Hidayah, S.Psi., M.Psi.',
    sex: 2,
    jabatan: 'Kepala Seksi Pencegahan dan Pengendalian Penyakit Tidak Menular dan Kesehatan Jiwa',
    unit: 'p2p',
    atasan: 'kabidp2p',
    supervisor: true,
    hasil: 'tinggi',
    perilaku: 'di_atas',
    feedback: true,
    minutes: 6100,
    noOutputShare: 0.05,
    attendance: [],
  }), // sangat baik
  p({
    key: 'datasurv',
    nama: 'Dedi Kurniawan, A.Md.',
    sex: 1,
    jabatan: 'Pengelola Data Surveilans',
    unit: 'p2p',
    atasan: 'kasisurv',
    hasil: 'rendah',
    perilaku: 'sesuai',
    feedback: true,
    minutes: 6800,
    noOutputShare: 0.62,
    attendance: [],
  }), // butuh perbaikan, kesibukan semu
  p({
    key: 'epid',
    nama: 'Fajar Nugroho, S.K.M.',
    sex: 1,
    jabatan: 'Epidemiolog Kesehatan Ahli Pertama',
    unit: 'p2p',
    atasan: 'kasisurv',
    hasil: 'sesuai',
    perilaku: 'sesuai',
    feedback: true,
    minutes: 5700,
    noOutputShare: 0.1,
    attendance: ['TL1'],
  }), // baik
  p({
    key: 'dataimun',
    nama: 'Putri Ayu Wandira, A.Md.Kes.',
    sex: 2,
    jabatan: 'Pengelola Data Imunisasi',
    unit: 'p2p',
    atasan: 'kasisurv',
    hasil: 'rendah',
    perilaku: 'sesuai',
    feedback: true,
    minutes: 4500,
    noOutputShare: 0.2,
    attendance: ['TL1'],
  }), // butuh perbaikan
  p({
    key: 'entomolog',
    nama: 'Rahmat Hidayat, S.K.M.',
    sex: 1,
    jabatan: 'Entomolog Kesehatan Ahli Pertama',
    unit: 'p2p',
    atasan: 'kasip2pm',
    hasil: 'sesuai',
    perilaku: 'di_bawah',
    feedback: false,
    minutes: 4200,
    noOutputShare: 0.3,
    attendance: ['TL3', 'TL4', 'PSW3'],
  }), // kurang, no reprimand
  p({
    key: 'perawat3',
    nama: 'Dewi Lestari, S.Kep.',
    sex: 2,
    jabatan: 'Perawat Ahli Pertama',
    unit: 'p2p',
    atasan: 'kasip2pm',
    hasil: 'rendah',
    perilaku: 'sesuai',
    feedback: false,
    minutes: 4400,
    noOutputShare: 0.2,
    attendance: [],
  }), // butuh perbaikan
  p({
    key: 'sanitarian1',
    nama: 'Andi Saputra, S.K.M.',
    sex: 1,
    jabatan: 'Sanitarian Ahli Pertama',
    unit: 'p2p',
    atasan: 'kasip2pm',
    hasil: 'sangat_rendah',
    perilaku: 'di_bawah',
    feedback: false,
    minutes: 3100,
    noOutputShare: 0.4,
    attendance: ['TK', 'TK', 'TL4', 'TL4', 'PSW4'],
    evidence: false,
  }), // sangat kurang
  p({
    key: 'sanitarian2',
    nama: 'Yanti Susanti, S.Tr.Kes.',
    sex: 2,
    jabatan: 'Sanitarian Terampil',
    unit: 'p2p',
    atasan: 'kasiptm',
    hasil: 'tinggi',
    perilaku: 'di_atas',
    feedback: true,
    minutes: 6000,
    noOutputShare: 0.05,
    attendance: [],
  }), // sangat baik
  p({
    key: 'psikolog',
    nama: 'Irfan Maulana, S.Psi.',
    sex: 1,
    jabatan: 'Psikolog Klinis Ahli Pertama',
    unit: 'p2p',
    atasan: 'kasiptm',
    hasil: 'rendah',
    perilaku: 'sesuai',
    feedback: true,
    minutes: 4700,
    noOutputShare: 0.2,
    attendance: ['PSW1'],
  }), // butuh perbaikan
  p({
    key: 'nutrisionis2',
    nama: 'Winda Kusumawati, A.Md.Gz.',
    sex: 2,
    jabatan: 'Nutrisionis Terampil',
    unit: 'p2p',
    atasan: 'kasiptm',
    hasil: 'sesuai',
    perilaku: 'sesuai',
    feedback: true,
    minutes: 5600,
    noOutputShare: 0.1,
    attendance: [],
  }), // baik
];

/**
 * Deliberate data-entry mistakes, so the recap shows how problems are reported:
 * an employee whose NIP lost a digit in the Pegawai sheet (his indicators keep the right NIP), and a
 * copy-pasted duplicate row.
 */
export const SAMPLE_TYPO_PERSON: SamplePerson = p({
  key: 'pengadm',
  nama: 'Rudi Hartono',
  sex: 1,
  jabatan: 'Pengadministrasi Umum',
  unit: 'sekretariat',
  atasan: 'kasubum',
  hasil: 'sesuai',
  perilaku: 'sesuai',
  feedback: true,
  minutes: 5400,
  noOutputShare: 0.1,
  attendance: [],
});
export const SAMPLE_DUPLICATE_KEY = 'asdm';
