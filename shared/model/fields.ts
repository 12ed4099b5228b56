/**
 * Logical fields: what a column (in a sheet) or a cell (on an e-kinerja page) means, whatever its label.
 * Column recognition maps header labels to these ids; the pipeline reads raw tables keyed by them.
 */
export const FIELD_IDS = [
  // people
  'nama',
  'nip',
  'nama_nip',
  'jabatan',
  'unit',
  'atasan_nip',
  'kepala_unit',
  'pangkat',
  // SKP
  'nomor',
  'rhk',
  'rhk_atasan',
  'jenis_rhk',
  'indikator',
  'aspek',
  'rencana_aksi',
  'target',
  'realisasi',
  'satuan',
  'capaian',
  'bobot',
  'polaritas',
  'bukti_dukung',
  'umpan_balik',
  // ratings
  'rating_hasil',
  'rating_perilaku',
  'predikat',
  'predikat_organisasi',
  'berorientasi_pelayanan',
  'akuntabel',
  'kompeten',
  'harmonis',
  'loyal',
  'adaptif',
  'kolaboratif',
  // activity logs
  'tanggal',
  'aktivitas',
  'menit',
  'waktu',
  'jam_mulai',
  'jam_selesai',
  'volume',
  'output',
  'status',
  // attendance, pay, period
  'kode_absen',
  'jumlah',
  'menit_telat',
  'tpp',
  'tpp_dasar',
  'periode',
  // SAKIP
  'komponen',
  'subkomponen',
  'kriteria',
  'jawaban',
  'nilai_sakip_lalu',
  'tahun',
] as const;
export type FieldId = (typeof FIELD_IDS)[number];
