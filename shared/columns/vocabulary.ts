import type { FieldId } from '../model/fields';

/**
 * Header labels per logical field, from those seen on e-kinerja pages (docs/labels.md#headers) and
 * in OPD sheets (docs/sheets.md), the BKN SKP print form (PermenPANRB 6/2022 Lampiran), the
 * BerAKHLAK core values (SE MenPANRB 20/2021) and the SAKIP LKE sheets (PermenPANRB 88/2021).
 *
 * A plain string is a strong synonym (weight 1); `[label, weight]` is a weaker one, used when the
 * label also means something else ("Kegiatan" is an RHK in old forms and an activity in daily logs).
 * Labels are written as people write them; they are normalised once when the matcher is built.
 * The FIRST label of each field is the header Nilai Kerja's own templates create (`templateHeader`).
 */
export type VocabularyEntry = string | readonly [label: string, weight: number];

export const VOCABULARY: Readonly<Record<FieldId, readonly VocabularyEntry[]>> = {
  nama: [
    'Nama',
    'Nama Pegawai',
    'Nama Lengkap',
    'Nama ASN',
    'Nama Bawahan',
    ['Pegawai', 0.85],
    ['ASN', 0.85],
    ['Pegawai yang Dinilai', 0.9],
  ],
  nip: ['NIP', 'NIP Pegawai', 'NIP Baru', 'Nomor Induk Pegawai', 'NIP Bawahan', ['NIK', 0.8]],
  // SIASN (BKN) roster exports: the 9-digit NIP LAMA is not the NIP; degrees sit beside NAMA.
  nip_lama: ['NIP Lama'],
  gelar_depan: ['Gelar Depan'],
  gelar_belakang: ['Gelar Belakang'],
  // PNS, CPNS, PPPK, PPPK Paruh Waktu (UU 20/2023 tentang ASN).
  status_asn: ['Status ASN', 'Status Pegawai', 'Status Kepegawaian', 'Jenis ASN'],
  jenis_jabatan: ['Jenis Jabatan', 'Jenis Jabatan Nama'],
  // SIASN unit levels: UNOR 1 is the top (the OPD), higher numbers are more specific.
  unor_1: [
    'UNOR 1',
    'Unor Induk',
    'Unor Induk Nama',
    ['OPD', 0.85],
    ['SKPD', 0.85],
    ['Perangkat Daerah', 0.85],
    ['Nama OPD', 0.85],
  ],
  unor_2: ['UNOR 2'],
  unor_3: ['UNOR 3'],
  unor_4: ['UNOR 4'],
  nama_nip: ['Nama / NIP', 'NIP / Nama', 'Nama Pegawai / NIP', 'Nama dan NIP', 'Nama NIP Pegawai'],
  jabatan: ['Jabatan', 'Nama Jabatan', ['Kelas Jabatan', 0.7], 'Jabatan Nama'],
  unit: [
    'Unit Kerja',
    'Unit',
    // An OPD column is the unit only when no unit column sits beside it; then it names the OPD (unor_1).
    ['OPD', 0.9],
    ['SKPD', 0.9],
    ['Perangkat Daerah', 0.9],
    'Unor',
    'Satuan Kerja',
    'Unit Organisasi',
    // SIASN's profile export: the employee's own (most specific) unit.
    'Unor Nama',
    ['Instansi', 0.85],
    ['Bidang', 0.7],
  ],
  atasan_nip: [
    'NIP Atasan',
    'NIP Atasan Langsung',
    'NIP Pejabat Penilai',
    'NIP Penilai',
    ['Atasan Langsung', 0.7],
    ['Pejabat Penilai', 0.7],
    ['Atasan', 0.7],
  ],
  kepala_unit: [
    'Kepala Unit',
    'Kepala Unit Kerja',
    'Kepala OPD',
    'Kepala Perangkat Daerah',
    ['Pimpinan Unit', 0.85],
  ],
  pangkat: [
    'Pangkat / Gol. Ruang',
    'Pangkat',
    'Golongan',
    'Pangkat Golongan',
    'Gol. Ruang',
    ['Gol', 0.85],
    // SIASN: the current golongan (GOL AWAL is the one at appointment).
    'Gol Akhir Nama',
    'Gol Akhir',
    'Golongan Akhir',
  ],
  nomor: ['No', 'No.', 'Nomor', 'No Urut', 'Nomor Urut'],
  rhk: [
    'Rencana Hasil Kerja',
    'RHK',
    'Rencana Hasil Kerja (RHK)',
    'Kegiatan Tahunan',
    'Kegiatan Bulanan',
    'Kegiatan Tugas Jabatan',
    'SKP Bulanan',
    'Butir Kinerja',
    ['Uraian Tugas', 0.85],
    ['Hasil Kerja', 0.85],
    ['Sasaran Kinerja Pegawai', 0.75],
    ['Sasaran Kerja Pegawai', 0.75],
    // English-language pages: BKN's "Work Result Plan".
    'Work Result Plan',
    ['Kegiatan', 0.7],
    ['Kinerja', 0.6],
  ],
  rhk_atasan: [
    'RHK Atasan',
    'Rencana Hasil Kerja Pimpinan yang Diintervensi',
    'Rencana Hasil Kerja Atasan yang Diintervensi',
    'Rencana Hasil Kerja Pimpinan',
    'Rencana Hasil Kerja Atasan',
    'RHK Pimpinan',
    'RHK Atasan yang Diintervensi',
    'RHK Pimpinan yang Diintervensi',
    ['Diintervensi', 0.85],
    ['Intervensi', 0.8],
  ],
  jenis_rhk: ['Jenis RHK', 'Jenis Rencana Hasil Kerja', 'Utama / Tambahan', 'Kategori RHK', ['Jenis', 0.6]],
  indikator: [
    'Indikator',
    'Indikator Kinerja Individu',
    'IKI',
    'Indikator Kinerja Individu (IKI)',
    'Indikator Kinerja',
    'Ukuran Keberhasilan',
    'Ukuran Keberhasilan / Indikator Kinerja Individu',
    // A unit's Perjanjian Kinerja (PermenPANRB 53/2014): its key indicators (IKU) and goal indicators.
    'Indikator Kinerja Utama',
    'IKU',
    'Indikator Kinerja Utama (IKU)',
    'Indikator Sasaran',
    'Indikator Sasaran Strategis',
    // English-language e-kinerja pages (the BKN app's English view; regional apps' translations).
    'Indicator',
    'Individual Performance Indicator',
    'Performance Indicator',
  ],
  aspek: ['Aspek', ['Perspektif', 0.8]],
  rencana_aksi: ['Rencana Aksi', 'Rencana Aksi (target output)'],
  target: [
    'Target',
    'Target Tahunan',
    'Target Bulan',
    'Target Bulanan',
    'Target SKP Bulanan',
    'Target Kinerja',
    'Target Triwulan',
  ],
  realisasi: [
    'Realisasi',
    'Realisasi Berdasar Bukti Dukung',
    'Realisasi Berdasarkan Bukti Dukung',
    'Realisasi SKP Bulanan',
    'Realisasi Kinerja',
    // English-language pages ("Target" is the same word in both languages).
    'Realization',
    'Realisation',
    'Actual',
    ['Total Input Aktivitas', 0.75],
    ['Input Aktivitas', 0.75],
    ['Progres', 0.7],
    ['Kuantitas', 0.6],
  ],
  satuan: ['Satuan', 'Satuan Kuantitas', 'Satuan Output', 'Satuan Target', ['Sat', 0.85]],
  capaian: [
    'Capaian',
    'Capaian (%)',
    '% Capaian',
    'Persentase Capaian',
    'Capaian Kinerja',
    'Total Capaian',
    'Kinerja (%)',
    'Nilai Capaian SKP',
    // The month's % capaian SKP in regional TPP files (docs/sheets.md#computed-results).
    '% Capaian SKP',
    'Capaian SKP',
    'Persentase Capaian SKP',
    'Capaian SKP Bulanan',
    ['Pencapaian', 0.9],
    ['Nilai SKP', 0.85],
    ['Nilai Kinerja', 0.8],
    ['Persentase', 0.7],
    ['Hasil Akhir', 0.7],
    ['Progress', 0.6],
    ['Nilai', 0.6],
  ],
  bobot: ['Bobot (%)', 'Bobot', 'Bobot RHK', 'Bobot Indikator'],
  polaritas: ['Polaritas', 'Polaritas Indikator', 'Arah Indikator', ['Polarity', 0.9]],
  bukti_dukung: [
    'Bukti Dukung',
    'Link Bukti Dukung',
    'URL Bukti Dukung',
    'Link Bukti',
    'Eviden',
    'Evidence',
    'Dokumen Pendukung',
    ['Bukti', 0.85],
    ['Upload Dokumen', 0.75],
    ['Lampiran', 0.7],
  ],
  umpan_balik: [
    'Umpan Balik',
    'Umpan Balik Berkelanjutan Berdasarkan Bukti Dukung',
    'Umpan Balik Berkelanjutan Berdasar Bukti Dukung',
    'Umpan Balik Berkelanjutan',
    'Umpan Balik Pimpinan',
    'Feedback',
    ['Catatan', 0.7],
    ['Catatan Revisi', 0.7],
    ['Keterangan Penilaian', 0.7],
  ],
  rating_hasil: ['Rating Hasil Kerja', 'Rating Hasil Kinerja', 'Rating Hasil', 'Penilaian Hasil Kerja'],
  rating_perilaku: [
    'Rating Perilaku Kerja',
    'Rating Perilaku',
    'Predikat Perilaku Kerja',
    ['Perilaku Kerja', 0.9],
    ['Perilaku', 0.8],
  ],
  predikat: ['Predikat', 'Predikat Kinerja', 'Predikat Kinerja Pegawai', 'Predikat Kinerja Periodik'],
  // Perjanjian Kinerja: the strategic goal an IKU measures ("Sasaran Strategis", "Sasaran Program").
  sasaran_strategis: [
    'Sasaran Strategis',
    'Sasaran Strategis Perangkat Daerah',
    'Sasaran Program',
    'Sasaran Kegiatan',
    ['Sasaran', 0.85],
    ['Tujuan / Sasaran', 0.85],
  ],
  predikat_organisasi: [
    'Predikat Organisasi',
    'Predikat Kinerja Organisasi',
    'Predikat Unit',
    'Predikat OPD',
  ],
  // The seven BerAKHLAK core values (SE MenPANRB 20/2021; PermenPANRB 6/2022 perilaku kerja).
  berorientasi_pelayanan: ['Berorientasi Pelayanan', ['Pelayanan', 0.8]],
  akuntabel: ['Akuntabel'],
  kompeten: ['Kompeten'],
  harmonis: ['Harmonis'],
  loyal: ['Loyal'],
  adaptif: ['Adaptif'],
  kolaboratif: ['Kolaboratif'],
  // Scores already computed per employee by a regional TPP app: each on its own scale (0-100 or
  // 0-120), never a % capaian. "SKP" alone heads the score column of a PP 46/2011 recap; "skp_nilai"
  // is the field-name row some exports write under the header.
  nilai_skp: ['Nilai SKP', 'Nilai Sasaran Kinerja Pegawai', 'SKP Nilai', ['SKP', 0.9]],
  nilai_akhir: ['Nilai Akhir', 'Nilai Akhir SKP', 'Nilai Akhir Kinerja', 'Nilai Kinerja Akhir'],
  nilai_tertimbang: ['Nilai Tertimbang', 'Nilai Kinerja Tertimbang', 'Nilai SKP Tertimbang'],
  // PP 46/2011 prestasi kerja recap: nilai SKP x 60% + nilai perilaku kerja x 40%; the
  // six perilaku aspects (Kepemimpinan only for structural officials); snake_case forms are field rows.
  skp_tertimbang: ['SKP x 60%', 'Nilai SKP x 60%', 'SKP 60%', '60% SKP', 'SKP x 60', 'SKP 60'],
  orientasi_pelayanan: ['Orientasi Pelayanan'],
  integritas: ['Integritas'],
  komitmen: ['Komitmen'],
  disiplin: ['Disiplin'],
  kerjasama: ['Kerjasama', 'Kerja Sama'],
  kepemimpinan: ['Kepemimpinan'],
  rata_rata_perilaku: [
    'Rata-rata',
    'Rata-rata Perilaku',
    'Nilai Rata-rata',
    'Rata-rata Perilaku Kerja',
    'Rerata',
    'Rata2',
  ],
  perilaku_tertimbang: [
    'NPK x 40%',
    'Perilaku x 40%',
    'Nilai Perilaku x 40%',
    'Perilaku Kerja x 40%',
    '40% Perilaku',
    'NPK x 40',
    'NPK 40',
  ],
  nilai_prestasi_kerja: ['Nilai Prestasi Kerja', 'Nilai Prestasi Kerja PNS', 'Nilai Prestasi'],
  tanggal: ['Tanggal', 'Hari / Tanggal', 'Tanggal Kegiatan', 'Tanggal Aktivitas', 'Tanggal Absen'],
  aktivitas: [
    'Aktivitas',
    'Uraian Aktivitas',
    'Uraian Kegiatan',
    'Uraian Aktivitas / Kegiatan',
    'Kegiatan Harian',
    'Nama Aktivitas',
    'Deskripsi Kegiatan',
    ['Nama Kegiatan', 0.85],
    ['Uraian', 0.75],
    ['Kegiatan', 0.7],
  ],
  menit: [
    'Menit',
    'Jumlah Menit',
    'Total Menit',
    'Waktu (Menit)',
    'Lama (Menit)',
    'Durasi',
    // An activity log's effective minutes: a duration, never a time of day (so never `waktu`).
    'Waktu Efektif (Menit)',
    'Jumlah Waktu Efektif',
    ['Waktu Efektif', 0.9],
    ['Total Jam', 0.7],
  ],
  waktu: ['Waktu', 'Jam', 'Waktu Pelaksanaan', 'Jam Kegiatan'],
  jam_mulai: ['Jam Mulai', 'Waktu Mulai', 'Jam Mulai Kegiatan', ['Mulai', 0.85], ['Dari', 0.6]],
  jam_selesai: [
    'Jam Selesai',
    'Waktu Selesai',
    'Jam Selesai Kegiatan',
    'Jam Akhir',
    ['Selesai', 0.85],
    ['Sampai', 0.6],
  ],
  volume: ['Volume', 'Vol', 'Jumlah Output'],
  output: ['Output', 'Keluaran', 'Hasil Output'],
  status: [
    'Status',
    'Status Approve',
    'Status Penilaian',
    'Status Verifikasi',
    'Status Kegiatan',
    ['Verifikasi', 0.8],
    ['Putusan', 0.8],
    ['Persetujuan', 0.75],
  ],
  kode_absen: [
    'Kode Absen',
    'Kode Kehadiran',
    'Jenis Pelanggaran',
    'Keterangan Absen',
    ['Absen', 0.8],
    ['Kehadiran', 0.7],
    ['Kode', 0.6],
  ],
  jumlah: ['Jumlah', 'Jumlah Kejadian', 'Frekuensi', ['Kali', 0.7]],
  menit_telat: ['Menit Telat', 'Menit Terlambat', 'Telat (Menit)', 'Telat', 'Terlambat', 'Keterlambatan'],
  // Attendance recaps (JHK = jumlah hari kerja, % H = kehadiran) and check-in/out exports.
  hari_kerja: ['Jumlah Hari Kerja', 'JHK', 'Hari Kerja', 'Jml Hari Kerja', ['HK', 0.8]],
  persen_hadir: [
    '% Kehadiran',
    '% H',
    '% Hadir',
    'Persentase Kehadiran',
    'Presentase Kehadiran',
    'Kehadiran (%)',
    'Persen Kehadiran',
  ],
  jam_masuk: ['Jam Masuk', 'Absen Masuk', 'Check In', 'Scan Masuk', 'Waktu Masuk', 'Jam Datang'],
  jam_pulang: ['Jam Pulang', 'Absen Pulang', 'Check Out', 'Scan Pulang', 'Waktu Pulang', 'Jam Keluar'],
  pola_kerja: ['Pola Kerja', 'Jadwal Kerja', 'Jam Kerja', 'Shift', 'Pola Jam Kerja'],
  tpp: ['TPP', 'TKD', 'Total TPP', 'TPP Diterima', 'Tunjangan Kinerja', ['Tunjangan', 0.8], ['THP', 0.7]],
  tpp_dasar: ['TPP Dasar', 'Pagu TPP', 'Besaran TPP', 'TPP Pokok', 'TKD Pokok'],
  periode: ['Periode', 'Periode Penilaian', 'Periode SKP', ['Bulan', 0.8], ['Triwulan', 0.8]],
  // SAKIP LKE sheets (PermenPANRB 88/2021): component, sub-component, criterion, answer.
  komponen: ['Komponen', 'Komponen Penilaian'],
  subkomponen: ['Sub Komponen', 'Sub Komponen Penilaian'],
  kriteria: ['Kriteria', 'Kriteria Penilaian', ['Pertanyaan', 0.75]],
  jawaban: [
    'Jawaban',
    'Jawaban / Nilai',
    ['Nilai Jawaban', 0.9],
    ['Penilaian Mandiri', 0.75],
    ['Nilai', 0.6],
  ],
  nilai_sakip_lalu: [
    'Nilai SAKIP Lalu',
    'Nilai SAKIP Tahun Lalu',
    ['Nilai SAKIP', 0.85],
    ['Nilai Tahun Lalu', 0.8],
  ],
  tahun: ['Tahun', 'Tahun Anggaran', 'Tahun Penilaian'],
  // The pembinaan register (Catatan Pembinaan): a bare "Catatan" stays umpan balik (the reader takes
  // either as the note), so these labels name the register's own columns.
  jenis_pembinaan: [
    'Jenis Pembinaan',
    'Jenis Tindakan',
    'Bentuk Pembinaan',
    'Jenis Hukuman Disiplin',
    // A TPP file's list of the period's hukuman (No | Nama | ... | Jenis Pelanggaran Disiplin | Keterangan):
    // "Jenis Pelanggaran" alone stays an attendance code column.
    'Jenis Pelanggaran Disiplin',
    'Jenis Hukuman',
    'Tindakan Atasan',
    ['Hukuman Disiplin', 0.85],
    ['Tindakan', 0.75],
  ],
  nomor_surat: ['Nomor Surat', 'No. Surat', 'No Surat', 'Nomor Surat Keputusan', 'Nomor Referensi'],
  catatan: ['Catatan Pembinaan', 'Uraian Pembinaan', 'Uraian Tindakan', 'Isi Teguran'],
};

/**
 * Words that rule a field out when a label merely contains one of its synonyms: "Nama Atasan" is not
 * the employee's name, "ABSEN (%)" is a recap percentage and not an attendance code, "Satuan Kerja"
 * is a unit and not a unit of measure.
 */
export const EXCLUDED_WORDS: Readonly<Partial<Record<FieldId, readonly string[]>>> = {
  // SIASN's profile export (69 columns) names other things with NAMA ("AGAMA NAMA", "NAMA SEKOLAH").
  nama: [
    'atasan',
    'penilai',
    'jabatan',
    'kegiatan',
    'aktivitas',
    'unit',
    'agama',
    'kawin',
    'lahir',
    'sekolah',
    'pendidikan',
    'kpkn',
    'lokasi',
    'instansi',
    'hukum',
    'satuan',
    'unor',
    'gol',
    'golongan',
    'jenis',
    'gelar',
  ],
  nip: ['atasan', 'penilai', 'lama', 'valid'],
  // SIASN profile columns are no performance fields: "... ID" columns hold reference codes, TMT is a
  // start date, "TANGGAL LAHIR", "JENIS KELAMIN", "NOMOR HP", "STATUS CPNS PNS", "MK TAHUN" (masa kerja).
  jabatan: ['id', 'tmt', 'jenis'],
  jenis_jabatan: ['id'],
  unit: ['id', 'induk', 'lokasi'],
  unor_1: ['id'],
  unor_2: ['id'],
  unor_3: ['id'],
  unor_4: ['id'],
  status_asn: ['id'],
  pangkat: ['id', 'awal', 'tmt'],
  status: ['asn', 'cpns', 'pns', 'pegawai', 'kepegawaian', 'kawin', 'kedudukan'],
  tanggal: ['lahir', 'sk', 'cpns', 'pns', 'tmt'],
  tahun: ['lulus', 'mk'],
  periode: ['mk'],
  nomor: ['hp', 'sk', 'telepon', 'telp', 'rekening', 'npwp', 'ktp', 'kk'],
  // A roster's "NOMOR SK PNS" is an appointment decree, not a pembinaan record's reference.
  nomor_surat: ['cpns', 'pns', 'pangkat', 'hp', 'telepon', 'telp', 'rekening', 'npwp', 'ktp'],
  jenis_rhk: ['kelamin', 'kawin', 'pegawai', 'jabatan', 'asn', 'id'],
  kode_absen: ['%', 'persen'],
  satuan: ['kerja'],
  jumlah: ['menit', 'output'],
  // A regional TPP file's productivity table (docs/sheets.md#computed-results): "Target Bobot
  // Produktivitas Kerja" is a TPP weight, not an SKP target; "Capaian Bobot ...", "Capaian Penilaian
  // Disiplin Kerja" and "Capaian TPP ..." are TPP shares, not a % capaian SKP; "Penilaian Komponen Kinerja" is the behaviour part, not a SAKIP component;
  // its "Nilai Capaian" (the BerAKHLAK total) is not a SAKIP answer.
  target: ['produktivitas', 'bobot', 'disiplin'],
  capaian: ['produktivitas', 'bobot', 'disiplin', 'kehadiran', 'tpp'],
  komponen: ['kinerja'],
  jawaban: ['capaian'],
  // The PP 46/2011 fields are not the same words in a TPP file's attendance or pay tables ("CAPAIAN
  // PENILAIAN DISIPLIN KERJA", "Rata-rata Presentase Kehadiran", "Capaian TPP Prestasi Kerja").
  disiplin: ['%', 'capaian', 'target', 'potongan', 'tpp', 'hukuman', 'persen', 'bobot'],
  rata_rata_perilaku: ['kehadiran', 'presentase', 'persentase', 'capaian', 'skp', 'kinerja', '%', 'tpp'],
  nilai_prestasi_kerja: ['tpp', 'rp'],
};

/** The four SKP aspects (PermenPANRB 6/2022): sub-columns under a "Target" or "Realisasi" group. */
export const ASPECTS = ['kuantitas', 'kualitas', 'waktu', 'biaya'] as const;
export type Aspect = (typeof ASPECTS)[number];

/** Fields that may head a group of aspect sub-columns. */
export const ASPECT_PARENTS = ['target', 'realisasi'] as const;
export type AspectParent = (typeof ASPECT_PARENTS)[number];

/** The header Nilai Kerja's own templates write for a field ("Bobot (%)", "Kode Absen"). */
export function templateHeader(field: FieldId): string {
  const first = VOCABULARY[field][0];
  return typeof first === 'string' ? first : (first?.[0] ?? field);
}
