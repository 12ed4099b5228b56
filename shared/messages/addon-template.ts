import type { MessageSection } from './types';

/**
 * The add-on's "Siapkan templat": the input sheets it creates and the note on each column header, saying
 * what to write there. Keys are stable codes (UPPER_SNAKE).
 */
export const addonTemplateMessages = {
  SHEETS_TEMPLATE_PROGRESS: { id: 'Membuat sheet "{sheet}"...', en: 'Creating sheet "{sheet}"...' },
  SHEETS_TEMPLATE_CREATED: { id: 'Sheet dibuat: {sheets}.', en: 'Sheets created: {sheets}.' },
  SHEETS_TEMPLATE_SKIPPED: {
    id: 'Sheet sudah ada dan tidak diubah: {sheets}.',
    en: 'Sheets already exist and were left unchanged: {sheets}.',
  },
  SHEETS_TEMPLATE_NEXT: {
    id: 'Isi data pegawai dan indikator, lalu pilih Periksa data.',
    en: 'Fill in employees and indicators, then choose Check data.',
  },
  SHEETS_NOTE_PK_EXAMPLE: {
    id: 'Contoh satu baris (satu baris per IKU, unit ditulis di setiap baris): Sekretariat | Meningkatnya akuntabilitas kinerja | Nilai SAKIP | 70 | 71,5 | Nilai. Persen ditulis "80 %" di Target dan "84 %" di Realisasi dengan Satuan "%".',
    en: 'An example row (one row per IKU, the unit written on every row): Sekretariat | Meningkatnya akuntabilitas kinerja | Nilai SAKIP | 70 | 71,5 | Nilai. Percentages are written "80 %" as Target and "84 %" as Realisasi with "%" as Satuan.',
  },
  SHEETS_VALIDATION_HELP: {
    id: 'Pilih salah satu nilai dari daftar.',
    en: 'Choose one of the values in the list.',
  },
  SHEETS_NOTE_NIP: {
    id: 'NIP 18 digit tanpa spasi, misalnya 199003152015031002. Kolom ini berformat teks agar digit terakhir tidak hilang.',
    en: '18-digit NIP without spaces, e.g. 199003152015031002. The column is formatted as text so no digit is lost.',
  },
  SHEETS_NOTE_NAMA: {
    id: 'Nama lengkap pegawai beserta gelar.',
    en: 'Full name of the employee with titles.',
  },
  SHEETS_NOTE_JABATAN: { id: 'Nama jabatan sesuai SK.', en: 'Position title as in the appointment decree.' },
  SHEETS_NOTE_UNIT: {
    id: 'Unit kerja (bidang/bagian/UPT). Tulis sama persis di semua sheet.',
    en: 'Work unit (division/section). Write it identically in every sheet.',
  },
  SHEETS_NOTE_ATASAN_NIP: {
    id: 'NIP pejabat penilai (atasan langsung). Kosongkan untuk kepala OPD.',
    en: 'NIP of the appraising official (direct supervisor). Leave empty for the head of the OPD.',
  },
  SHEETS_NOTE_KEPALA_UNIT: {
    id: 'Ya bila pegawai ini kepala unit: rating hasil kerjanya mengikuti predikat organisasi unit.',
    en: "Yes when this employee heads the unit: their result rating follows the unit's predikat.",
  },
  SHEETS_NOTE_TPP_DASAR: {
    id: 'Pagu TPP per bulan (rupiah) sesuai Perkada. Boleh kosong.',
    en: 'Monthly TPP ceiling (rupiah) per the regional regulation. May be empty.',
  },
  SHEETS_NOTE_RHK: {
    id: 'Rencana Hasil Kerja (RHK) dari SKP. Ulangi teks RHK pada setiap baris indikatornya.',
    en: 'Rencana Hasil Kerja (RHK) from the SKP. Repeat the RHK text on each of its indicator rows.',
  },
  SHEETS_NOTE_JENIS_RHK: {
    id: 'Utama atau Tambahan (PermenPANRB 6/2022).',
    en: 'Utama or Tambahan (PermenPANRB 6/2022).',
  },
  SHEETS_NOTE_INDIKATOR: {
    id: 'Indikator Kinerja Individu (IKI).',
    en: 'Individual performance indicator (IKI).',
  },
  SHEETS_NOTE_ASPEK: { id: 'Kuantitas, Kualitas, Waktu atau Biaya.', en: 'Quantity, Quality, Time or Cost.' },
  SHEETS_NOTE_TARGET: {
    id: 'Target: angka ("12", "1.234,5"), dengan satuan ("3 Dokumen"), persen ("85,5 %") atau rentang ("80-90").',
    en: 'Target: a number ("12", "1.234,5"), with a unit ("3 Dokumen"), a percentage ("85,5 %") or a range ("80-90").',
  },
  SHEETS_NOTE_REALISASI: {
    id: 'Realisasi berdasarkan bukti dukung, dalam satuan yang sama dengan target.',
    en: 'Achievement backed by evidence, in the same unit as the target.',
  },
  SHEETS_NOTE_SATUAN: {
    id: 'Satuan: Dokumen, Laporan, Kegiatan, %, Orang, Hari...',
    en: 'Unit: Dokumen, Laporan, Kegiatan, %, Orang, Hari...',
  },
  SHEETS_NOTE_POLARITAS: {
    id: 'Positif bila makin tinggi makin baik; Negatif bila makin rendah makin baik (misalnya jumlah aduan).',
    en: 'Positif when higher is better; Negatif when lower is better (e.g. number of complaints).',
  },
  SHEETS_NOTE_BOBOT: {
    id: 'Bobot RHK (angka atau persen). Kosongkan bila semua RHK berbobot sama.',
    en: 'RHK weight (number or percentage). Leave empty when every RHK weighs the same.',
  },
  SHEETS_NOTE_BUKTI_DUKUNG: {
    id: 'Tautan atau nama berkas bukti dukung.',
    en: 'Link or file name of the evidence.',
  },
  SHEETS_NOTE_UMPAN_BALIK: {
    id: 'Umpan balik berkelanjutan dari pejabat penilai.',
    en: 'Continuous feedback from the appraising official.',
  },
  SHEETS_NOTE_BERAKHLAK: {
    id: 'Penilaian atasan untuk nilai dasar BerAKHLAK ini: Di Atas, Sesuai atau Di Bawah Ekspektasi.',
    en: 'Supervisor judgement for this BerAKHLAK core value: above, meets or below expectations.',
  },
  SHEETS_NOTE_RATING_PERILAKU: {
    id: 'Rating perilaku kerja bila sudah ditetapkan; bila kosong diusulkan dari tujuh nilai BerAKHLAK.',
    en: 'Behaviour rating when already decided; when empty it is proposed from the seven BerAKHLAK values.',
  },
  SHEETS_NOTE_RATING_HASIL: {
    id: 'Rating hasil kerja yang ditetapkan atasan. Kosongkan agar diusulkan dari capaian.',
    en: 'Result rating set by the supervisor. Leave empty to have it proposed from achievement.',
  },
  SHEETS_NOTE_TANGGAL: { id: 'Tanggal (hh/bb/tttt).', en: 'Date (dd/mm/yyyy).' },
  SHEETS_NOTE_KODE_ABSEN: {
    id: 'Kode pelanggaran: TL1-TL4 terlambat, PSW1-PSW4 pulang sebelum waktu, TK tanpa keterangan, APEL tidak apel.',
    en: 'Violation code: TL1-TL4 late, PSW1-PSW4 left early, TK absent without notice, APEL missed assembly.',
  },
  SHEETS_NOTE_MENIT_TELAT: {
    id: 'Menit terlambat, bila kode absen tidak diisi.',
    en: 'Minutes late, when no attendance code is given.',
  },
  SHEETS_NOTE_JUMLAH: { id: 'Jumlah kejadian (bawaan 1).', en: 'Number of occurrences (default 1).' },
  SHEETS_NOTE_AKTIVITAS: { id: 'Uraian aktivitas harian.', en: 'Description of the daily activity.' },
  SHEETS_NOTE_MENIT: { id: 'Waktu efektif dalam menit.', en: 'Effective time in minutes.' },
  SHEETS_NOTE_OUTPUT: {
    id: 'Keluaran yang dihasilkan (misalnya "1 Laporan"). Aktivitas tanpa keluaran ditandai.',
    en: 'Output produced (e.g. "1 Laporan"). Activities without output are flagged.',
  },
  SHEETS_NOTE_STATUS: { id: 'Status persetujuan atasan.', en: "Supervisor's approval status." },
  SHEETS_NOTE_PREDIKAT_ORGANISASI: {
    id: 'Predikat kinerja organisasi unit: Istimewa, Baik, Butuh Perbaikan, Kurang, Sangat Kurang.',
    en: "The unit's organisation predikat: Istimewa, Baik, Butuh Perbaikan, Kurang, Sangat Kurang.",
  },
  SHEETS_NOTE_NILAI_SAKIP_LALU: {
    id: 'Nilai SAKIP tahun lalu (0-100), untuk melihat kenaikan.',
    en: "Last year's SAKIP score (0-100), to show progress.",
  },
  SHEETS_NOTE_KOMPONEN: {
    id: 'Komponen SAKIP (PermenPANRB 88/2021): Perencanaan, Pengukuran, Pelaporan, Evaluasi Internal.',
    en: 'SAKIP component (PermenPANRB 88/2021): planning, measurement, reporting, internal evaluation.',
  },
  SHEETS_NOTE_SUBKOMPONEN: { id: 'Keberadaan, Kualitas atau Pemanfaatan.', en: 'Existence, Quality or Use.' },
  SHEETS_NOTE_KRITERIA: { id: 'Kriteria penilaian dari LKE.', en: 'Assessment criterion from the LKE.' },
  SHEETS_NOTE_JAWABAN: {
    id: 'Jawaban: AA, A, BB, B, CC, C, D, E (atau Y/T pada LKE lama).',
    en: 'Answer: AA, A, BB, B, CC, C, D, E (or Y/T in older LKE).',
  },
} satisfies MessageSection;
