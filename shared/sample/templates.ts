import type { SampleUnitKey } from './people';

/** How a target is written in the sheet: "12 Dokumen", "85,5 %", "80-90", "4.215". */
export type TargetFormat = 'count' | 'percent' | 'range' | 'thousands';

export interface IkiTemplate {
  text: string;
  aspek: 'Kuantitas' | 'Kualitas' | 'Waktu';
  target: number | readonly [number, number];
  satuan: string;
  format: TargetFormat;
  negative?: boolean;
}

export interface RhkTemplate {
  rhk: string;
  iki: readonly IkiTemplate[];
}

const count = (text: string, target: number, satuan: string, negative = false): IkiTemplate => ({
  text,
  aspek: 'Kuantitas',
  target,
  satuan,
  format: 'count',
  ...(negative ? { negative } : {}),
});
const percent = (text: string, target: number, aspek: IkiTemplate['aspek'] = 'Kualitas'): IkiTemplate => ({
  text,
  aspek,
  target,
  satuan: '%',
  format: 'percent',
});
const thousands = (text: string, target: number, satuan: string): IkiTemplate => ({
  text,
  aspek: 'Kuantitas',
  target,
  satuan,
  format: 'thousands',
});
const range = (text: string, low: number, high: number, satuan: string): IkiTemplate => ({
  text,
  aspek: 'Kuantitas',
  target: [low, high],
  satuan,
  format: 'range',
});

/** RHK utama per unit, written as Dinas Kesehatan staff write them in e-Kinerja. */
export const RHK_POOL: Record<SampleUnitKey, readonly RhkTemplate[]> = {
  sekretariat: [
    {
      rhk: 'Terlaksananya pengelolaan keuangan dinas yang akuntabel',
      iki: [
        count('Jumlah laporan pertanggungjawaban keuangan yang disusun', 12, 'Laporan'),
        percent('Persentase realisasi anggaran belanja dinas', 82.5),
      ],
    },
    {
      rhk: 'Tersedianya dokumen perencanaan dan pelaporan kinerja dinas',
      iki: [
        count('Jumlah dokumen perencanaan yang disusun tepat waktu', 12, 'Dokumen'),
        count('Jumlah dokumen evaluasi kinerja triwulanan', 8, 'Dokumen'),
      ],
    },
    {
      rhk: 'Terkelolanya administrasi kepegawaian dinas',
      iki: [
        count('Jumlah usulan kenaikan pangkat dan gaji berkala yang diproses', 48, 'Berkas'),
        percent('Persentase data pegawai di SIASN yang mutakhir', 80),
      ],
    },
    {
      rhk: 'Terkelolanya barang milik daerah secara tertib',
      iki: [
        thousands('Jumlah barang milik daerah yang diinventarisasi', 1250, 'Unit'),
        percent('Persentase aset dengan kartu inventaris barang lengkap', 75),
      ],
    },
    {
      rhk: 'Terselenggaranya layanan administrasi umum dan kearsipan',
      iki: [
        thousands('Jumlah surat masuk dan keluar yang diagendakan', 2400, 'Surat'),
        count('Jumlah arsip inaktif yang ditata', 350, 'Berkas'),
      ],
    },
    {
      rhk: 'Tersedianya layanan sistem informasi dinas yang andal',
      iki: [
        count('Jumlah tiket gangguan jaringan yang diselesaikan', 60, 'Tiket'),
        range('Jumlah pengguna aplikasi yang dilatih', 80, 90, 'Orang'),
      ],
    },
  ],
  yankes: [
    {
      rhk: 'Meningkatnya penanganan gizi buruk pada balita',
      iki: [
        percent('Persentase balita gizi buruk yang ditangani', 85.5),
        count('Jumlah puskesmas yang melaksanakan pemantauan pertumbuhan balita', 24, 'Puskesmas'),
      ],
    },
    {
      rhk: 'Meningkatnya mutu pelayanan kesehatan primer',
      iki: [
        count('Jumlah puskesmas terakreditasi paripurna', 12, 'Puskesmas'),
        range('Jumlah kunjungan supervisi ke puskesmas', 80, 90, 'Kunjungan'),
      ],
    },
    {
      rhk: 'Meningkatnya persalinan di fasilitas pelayanan kesehatan',
      iki: [
        percent('Persentase persalinan di fasilitas pelayanan kesehatan', 82),
        thousands('Jumlah ibu hamil yang mendapat pelayanan antenatal K6', 3870, 'Orang'),
      ],
    },
    {
      rhk: 'Terjaminnya ketersediaan obat dan alat kesehatan di puskesmas',
      iki: [
        percent('Persentase ketersediaan obat esensial di puskesmas', 80),
        count('Jumlah LPLPO puskesmas yang diverifikasi', 288, 'Laporan'),
      ],
    },
    {
      rhk: 'Meningkatnya mutu layanan rujukan',
      iki: [
        count('Jumlah kasus rujukan yang diverifikasi', 360, 'Kasus'),
        count('Angka keluhan masyarakat atas layanan rujukan', 20, 'Keluhan', true),
      ],
    },
    {
      rhk: 'Terlaksananya kalibrasi dan pemeliharaan alat kesehatan',
      iki: [
        count('Jumlah alat kesehatan yang dikalibrasi', 150, 'Unit'),
        thousands('Jumlah pemeriksaan laboratorium rujukan yang dilayani', 1800, 'Sampel'),
      ],
    },
  ],
  p2p: [
    {
      rhk: 'Menurunnya kasus penyakit menular yang berpotensi KLB',
      iki: [
        count('Angka kasus DBD', 25, 'Kasus', true),
        percent('Persentase kasus DBD yang dilakukan penyelidikan epidemiologi', 80),
      ],
    },
    {
      rhk: 'Meningkatnya cakupan imunisasi dasar lengkap',
      iki: [
        percent('Persentase bayi yang mendapat imunisasi dasar lengkap', 83),
        thousands('Jumlah sasaran imunisasi yang dilayani', 4215, 'Orang'),
      ],
    },
    {
      rhk: 'Terlaksananya surveilans penyakit yang tepat waktu',
      iki: [
        count('Jumlah laporan mingguan wabah (W2) yang diolah', 48, 'Laporan'),
        range('Persentase kelengkapan laporan surveilans puskesmas', 80, 90, '%'),
      ],
    },
    {
      rhk: 'Menurunnya angka kesakitan tuberkulosis',
      iki: [
        percent('Persentase kasus TBC yang diobati sampai sembuh', 85.5),
        thousands('Jumlah terduga TBC yang diperiksa', 1350, 'Orang'),
      ],
    },
    {
      rhk: 'Meningkatnya deteksi dini penyakit tidak menular',
      iki: [
        thousands('Jumlah penduduk usia 15 tahun ke atas yang diskrining hipertensi', 12500, 'Orang'),
        count('Jumlah posbindu PTM yang aktif', 60, 'Posbindu'),
      ],
    },
    {
      rhk: 'Meningkatnya kualitas kesehatan lingkungan',
      iki: [
        percent('Persentase tempat pengelolaan pangan yang memenuhi syarat', 78),
        count('Jumlah desa Stop Buang Air Besar Sembarangan', 35, 'Desa'),
        count('Jumlah inspeksi kesehatan lingkungan yang dilaksanakan', 120, 'Inspeksi'),
      ],
    },
    {
      rhk: 'Meningkatnya layanan kesehatan jiwa',
      iki: [
        percent('Persentase ODGJ berat yang mendapat layanan sesuai standar', 80),
        count('Angka kasus pasung', 6, 'Kasus', true),
      ],
    },
  ],
};

/** RHK tambahan: tasks from the leadership outside the SKP. */
export const RHK_TAMBAHAN: readonly RhkTemplate[] = [
  {
    rhk: 'Terlaksananya tugas sebagai panitia peringatan Hari Kesehatan Nasional',
    iki: [percent('Persentase tugas kepanitiaan yang diselesaikan tepat waktu', 100, 'Waktu')],
  },
  {
    rhk: 'Tersusunnya laporan tugas tambahan dari pimpinan',
    iki: [count('Jumlah laporan tugas tambahan yang disampaikan', 3, 'Laporan')],
  },
];

export const FEEDBACK_TEXTS = {
  tinggi: ['Capaian melampaui target, pertahankan.', 'Hasil sangat baik; bagikan caranya ke rekan seksi.'],
  sesuai: [
    'Sudah sesuai target; lengkapi notulen sebagai bukti dukung.',
    'Baik, jaga ketepatan waktu laporan.',
  ],
  rendah: [
    'Capaian di bawah target; susun rencana percepatan minggu ini.',
    'Realisasi belum sesuai; koordinasikan dengan puskesmas.',
  ],
  sangat_rendah: ['Capaian jauh di bawah target; menghadap atasan untuk pembinaan.'],
} as const;

export const ACTIVITY_TEXTS = [
  'Menginput data ke aplikasi',
  'Rapat koordinasi dengan puskesmas',
  'Menyusun draf laporan',
  'Verifikasi berkas',
  'Mengikuti apel dan briefing pagi',
  'Membalas surat dan disposisi',
  'Kunjungan lapangan',
  'Konsultasi dengan atasan',
] as const;
