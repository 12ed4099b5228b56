import type { MessageSection } from './types';

/**
 * The print-ready papers for the Sekda's meeting (add-on "Siapkan kertas rapat" and "Cetak kertas (PDF
 * A4)"): the penghargaan list, the draft letters, the result slips, and the PDF link. A letter is a draft
 * with blanks for the official's decision, never a decision (PP 94/2021: a hukuman disiplin is imposed by
 * the official in charge after an examination).
 */
export const papersMessages = {
  PAPERS_MENU_PREPARE: { id: 'Siapkan kertas rapat', en: 'Prepare meeting papers' },
  PAPERS_MENU_PRINT: { id: 'Cetak kertas (PDF A4)', en: 'Print papers (A4 PDF)' },

  PAPERS_SHEET_AWARDS: { id: 'Daftar Penghargaan', en: 'Daftar Penghargaan' },
  PAPERS_SHEET_LETTERS: { id: 'Draf Surat', en: 'Draf Surat' },
  PAPERS_SHEET_SLIPS: { id: 'Slip Hasil', en: 'Slip Hasil' },

  PAPERS_PERIOD_NONE: { id: 'periode tidak disebut di tabel', en: 'period not named in the tables' },
  PAPERS_SOURCE: {
    id: 'Periode: {period}. Disusun oleh Nilai Kerja dari data lembar kerja ini dengan kebijakan "{policy}".',
    en: 'Period: {period}. Prepared by Nilai Kerja from this workbook’s data with the policy "{policy}".',
  },
  PAPERS_NO_VALUE: { id: '-', en: '-' },

  // Daftar Penghargaan.
  PAPERS_AWARDS_TITLE: { id: 'DAFTAR USULAN PENGHARGAAN PEGAWAI', en: 'LIST OF PROPOSED EMPLOYEE AWARDS' },
  PAPERS_COL_NO: { id: 'No.', en: 'No.' },
  PAPERS_COL_EMPLOYEE: { id: 'Nama / NIP', en: 'Name / NIP' },
  PAPERS_COL_UNIT: { id: 'Unit kerja', en: 'Work unit' },
  PAPERS_COL_WHY: { id: 'Usulan dan alasannya', en: 'Proposal and its reasons' },
  PAPERS_COL_EVIDENCE: { id: 'Bukti', en: 'Evidence' },
  PAPERS_NIP: { id: 'NIP {nip}', en: 'NIP {nip}' },
  PAPERS_EVIDENCE: {
    id: 'Capaian {capaian}; predikat {predikat}; {withEvidence} dari {indicators} indikator berbukti dukung.',
    en: 'Achievement {capaian}; predikat {predikat}; {withEvidence} of {indicators} indicators with evidence.',
  },
  PAPERS_AWARDS_NONE: {
    id: 'Tidak ada pegawai yang diusulkan untuk penghargaan atau apresiasi pada periode ini.',
    en: 'No employee is proposed for an award or appreciation in this period.',
  },
  PAPERS_AWARDS_REASONS_WITHHELD: {
    id: 'Alasan yang bersumber dari catatan disiplin tidak dicantumkan di daftar ini: hukuman disiplin diputuskan oleh pejabat yang berwenang menghukum setelah pemeriksaan (PP 94/2021). Rinciannya ada pada admin OPD.',
    en: 'The reasons that rest on discipline records are not printed on this list: a hukuman disiplin is decided by the official with the authority to impose it, after an examination (PP 94/2021). The OPD admin has the details.',
  },
  PAPERS_AWARDS_NOTE: {
    id: 'Daftar ini usulan dari data; penetapan penghargaan ada pada pejabat yang berwenang.',
    en: 'This list is a proposal from the data; awards are decided by the official in charge.',
  },

  // Signature blanks, shared by the papers.
  PAPERS_SIGN_PLACE_DATE: {
    id: '........................, tanggal ....................',
    en: '........................, date ....................',
  },
  PAPERS_SIGN_OFFICIAL: { id: 'Pejabat yang berwenang,', en: 'Official in charge,' },
  PAPERS_SIGN_NAME: {
    id: '(........................................)',
    en: '(........................................)',
  },
  PAPERS_SIGN_NIP: {
    id: 'NIP ........................................',
    en: 'NIP ........................................',
  },

  // Draf Surat.
  PAPERS_LETTER_DRAFT: {
    id: 'DRAF - BUKAN KEPUTUSAN. Diisi dan ditetapkan oleh pejabat yang berwenang.',
    en: 'DRAFT - NOT A DECISION. To be completed and decided by the official in charge.',
  },
  PAPERS_LETTER_TITLE_PEMBINAAN: {
    id: 'DRAF SURAT PEMBINAAN KINERJA',
    en: 'DRAFT PERFORMANCE COACHING LETTER',
  },
  PAPERS_LETTER_TITLE_TEGURAN: { id: 'DRAF SURAT TEGURAN', en: 'DRAFT LETTER OF REPRIMAND' },
  PAPERS_LETTER_TITLE_SANKSI: {
    id: 'DRAF USULAN PENJATUHAN HUKUMAN DISIPLIN',
    en: 'DRAFT PROPOSAL FOR A DISCIPLINARY PENALTY',
  },
  PAPERS_LETTER_NUMBER: {
    id: 'Nomor: ........................................',
    en: 'Number: ........................................',
  },
  PAPERS_LETTER_ABOUT: { id: 'Yang bersangkutan:', en: 'Concerning:' },
  PAPERS_FIELD_NAMA: { id: 'Nama: {value}', en: 'Name: {value}' },
  PAPERS_FIELD_NIP: { id: 'NIP: {value}', en: 'NIP: {value}' },
  PAPERS_FIELD_JABATAN: { id: 'Jabatan: {value}', en: 'Position: {value}' },
  PAPERS_FIELD_UNIT: { id: 'Unit kerja: {value}', en: 'Work unit: {value}' },
  PAPERS_FIELD_PERIOD: { id: 'Periode: {value}', en: 'Period: {value}' },
  PAPERS_LETTER_FACTS: { id: 'Fakta dari hasil penilaian:', en: 'Facts from the assessment:' },
  PAPERS_FACT_CAPAIAN: {
    id: '• Capaian kinerja {capaian} (kategori {kategori}).',
    en: '• Performance achievement {capaian} (category {kategori}).',
  },
  PAPERS_FACT_PREDIKAT: { id: '• Predikat kinerja: {predikat}.', en: '• Performance predikat: {predikat}.' },
  PAPERS_FACT_TK: {
    id: '• Tidak masuk kerja tanpa keterangan: {days} hari.',
    en: '• Absent without notice: {days} days.',
  },
  PAPERS_FACT_HUKUMAN: {
    id: '• Sedang menjalani hukuman disiplin {jenis} sejak {tanggal} (surat {nomor}).',
    en: '• Serving a disciplinary penalty {jenis} since {tanggal} (letter {nomor}).',
  },
  PAPERS_FACT_HUKUMAN_LISTED: {
    id: '• Tercatat menjalani {jenis} dalam periode {periode} (daftar hukuman disiplin tanpa tanggal dan nomor surat).',
    en: '• Listed as serving {jenis} in the period {periode} (a list of disciplinary penalties without dates or letter numbers).',
  },
  PAPERS_FACT_HUKUMAN_UNTIL: {
    id: '• Menjalani hukuman disiplin {jenis} sejak {tanggal} sampai {sampai} (surat {nomor}).',
    en: '• Serving a disciplinary penalty {jenis} from {tanggal} until {sampai} (letter {nomor}).',
  },
  PAPERS_LETTER_RULES: {
    id: 'Ketentuan yang menjadi dasar usulan:',
    en: 'Rules the proposal rests on:',
  },
  PAPERS_LETTER_DATA_NOTES: {
    id: 'Catatan data (untuk diperiksa atau dilengkapi; bukan ketentuan yang menjadi dasar usulan):',
    en: 'Notes on the data (to check or complete; not rules the proposal rests on):',
  },
  PAPERS_LETTER_PROPOSAL: { id: 'Usulan tindak lanjut: {kind}.', en: 'Proposed follow-up: {kind}.' },
  PAPERS_LETTER_DECISION: {
    id: 'Keputusan pejabat yang berwenang (diisi setelah pemeriksaan/klarifikasi):',
    en: 'Decision of the official in charge (filled in after the examination/clarification):',
  },
  PAPERS_LETTER_CHOICES: {
    id: '[   ] Disetujui     [   ] Diubah menjadi: ..............................     [   ] Tidak dilanjutkan',
    en: '[   ] Approved     [   ] Changed to: ..............................     [   ] Not pursued',
  },
  PAPERS_LETTER_NOTES: {
    id: 'Catatan: ..........................................................................',
    en: 'Notes: ..........................................................................',
  },
  PAPERS_LETTER_FOOTER: {
    id: 'Draf ini disusun oleh Nilai Kerja dari data dan bukan keputusan. Hukuman disiplin hanya dijatuhkan oleh pejabat yang berwenang setelah pemeriksaan (PP 94/2021); teguran dan pembinaan diberikan oleh atasan langsung (PermenPANRB 6/2022).',
    en: 'Nilai Kerja prepared this draft from the data; it is not a decision. A disciplinary penalty is imposed only by the official in charge after an examination (PP 94/2021); reprimands and coaching are given by the direct supervisor (PermenPANRB 6/2022).',
  },
  PAPERS_LETTERS_NONE: {
    id: 'Tidak ada pegawai yang memerlukan surat teguran, pembinaan, atau usulan hukuman disiplin pada periode ini.',
    en: 'No employee needs a reprimand, coaching letter or disciplinary proposal in this period.',
  },

  // Slip Hasil.
  PAPERS_SLIP_TITLE: { id: 'SLIP HASIL PENILAIAN KINERJA PEGAWAI', en: 'EMPLOYEE PERFORMANCE RESULT SLIP' },
  PAPERS_SLIP_INDICATORS: { id: 'Capaian per indikator', en: 'Achievement per indicator' },
  PAPERS_COL_INDICATOR: { id: 'RHK / Indikator', en: 'RHK / Indicator' },
  PAPERS_COL_TARGET: { id: 'Target', en: 'Target' },
  PAPERS_COL_REALISASI: { id: 'Realisasi', en: 'Realisation' },
  PAPERS_COL_CAPAIAN: { id: 'Capaian', en: 'Achievement' },
  PAPERS_COL_KATEGORI: { id: 'Kategori', en: 'Category' },
  PAPERS_SLIP_NO_INDICATORS: {
    id: 'Tidak ada indikator yang dinilai: capaian diambil dari baris hasil pegawai (sheet "{sheet}", baris {row}).',
    en: 'No indicator was scored: the achievement comes from the employee results row (sheet "{sheet}", row {row}).',
  },
  PAPERS_SLIP_NO_DATA: {
    id: 'Tidak ada indikator maupun baris hasil pegawai: capaian belum dapat dihitung.',
    en: 'Neither indicators nor an employee results row: the achievement cannot be computed yet.',
  },
  PAPERS_SLIP_RESULT: { id: 'Hasil', en: 'Result' },
  PAPERS_SLIP_CAPAIAN: { id: 'Capaian keseluruhan', en: 'Overall achievement' },
  PAPERS_SLIP_RATING_HASIL: { id: 'Rating hasil kerja', en: 'Work result rating' },
  PAPERS_SLIP_RATING_PERILAKU: { id: 'Rating perilaku kerja', en: 'Work behaviour rating' },
  PAPERS_SLIP_PREDIKAT: { id: 'Predikat kinerja', en: 'Performance predikat' },
  PAPERS_SLIP_FOLLOW_UP: { id: 'Tindak lanjut', en: 'Follow-up' },
  PAPERS_SLIP_REASONS: { id: 'Alasan', en: 'Reasons' },
  PAPERS_SLIP_NOT_COMPUTED: {
    id: 'Indikator {n}: capaian tidak dihitung. {reason}',
    en: 'Indicator {n}: no capaian computed. {reason}',
  },
  PAPERS_SLIP_NOT_COMPUTED_SEE_PROBLEMS: {
    id: 'Alasannya ada di sheet Masalah Data.',
    en: 'The reason is in the Masalah Data sheet.',
  },
  PAPERS_SLIP_NO_REASONS: {
    id: 'Tidak ada catatan khusus pada periode ini.',
    en: 'No particular remarks for this period.',
  },
  PAPERS_SLIP_OBJECTION: { id: 'Keberatan', en: 'Objection' },
  PAPERS_SLIP_OBJECTION_DAYS: {
    id: 'Bila tidak sependapat dengan hasil ini, ajukan keberatan tertulis kepada atasan pejabat penilai kinerja paling lambat {days} hari kalender sejak slip ini diterima, dengan menyebut indikator yang dipersoalkan dan bukti dukungnya.',
    en: 'If you disagree with this result, submit a written objection to the superior of the appraising official within {days} calendar days of receiving this slip, naming the indicators in question and their evidence.',
  },
  PAPERS_SLIP_OBJECTION_OPEN: {
    id: 'Bila tidak sependapat dengan hasil ini, ajukan keberatan tertulis kepada atasan pejabat penilai kinerja dalam jangka waktu yang ditetapkan instansi, dengan menyebut indikator yang dipersoalkan dan bukti dukungnya.',
    en: 'If you disagree with this result, submit a written objection to the superior of the appraising official within the period your agency sets, naming the indicators in question and their evidence.',
  },
  PAPERS_SLIP_SIGN: {
    id: 'Pegawai yang dinilai: ....................     Pejabat penilai kinerja: ....................',
    en: 'Employee appraised: ....................     Appraising official: ....................',
  },

  // The action and the PDF link.
  PAPERS_DONE: {
    id: 'Kertas rapat siap: {awards} pegawai di "{awardsSheet}" ({awardsPages} halaman), {letters} draf surat di "{lettersSheet}", {slips} slip di "{slipsSheet}". Cetak dengan menu "Cetak kertas (PDF A4)".',
    en: 'Meeting papers ready: {awards} employees in "{awardsSheet}" ({awardsPages} pages), {letters} draft letters in "{lettersSheet}", {slips} slips in "{slipsSheet}". Print with the menu "Print papers (A4 PDF)".',
  },
  PAPERS_NO_RESULTS: {
    id: 'Tidak ada data hasil kerja (target dan realisasi per indikator, atau capaian/nilai SKP per pegawai), jadi kertas rapat tidak disiapkan: slip hasil, daftar penghargaan dan draf surat bertumpu pada capaian dan predikat. Isi sheet "{sheet}" atau rekap capaian SKP per pegawai, atau tunjukkan sheet yang memuatnya lewat menu "Petakan kolom...", lalu jalankan lagi. Kertas rapat yang sudah ada tidak diubah.',
    en: 'There is no result data (target and realisation per indicator, or SKP achievement/score per employee), so the meeting papers were not prepared: the result slips, the award list and the draft letters rest on achievement and predikat. Fill in the "{sheet}" sheet or a recap of SKP achievement per employee, or point to the sheet that holds it with the menu "Map columns...", then run it again. Existing meeting papers are unchanged.',
  },
  PAPERS_OVERFULL: {
    id: '{count} surat atau slip lebih panjang dari satu halaman A4 dan berlanjut ke halaman berikutnya di sheet "{sheet}".',
    en: '{count} letters or slips are longer than one A4 page and continue on the next page in sheet "{sheet}".',
  },
  PAPERS_PRINT_TITLE: { id: 'Cetak kertas rapat (PDF A4)', en: 'Print meeting papers (A4 PDF)' },
  PAPERS_PRINT_HELP: {
    id: 'Setiap tautan membuka ekspor PDF milik Google Sheets untuk satu sheet: kertas A4, pas selebar halaman, margin 15 mm, tanpa garis kisi, baris judul diulang di setiap halaman. Add-on sendiri tidak mengunduh atau mengirim apa pun.',
    en: 'Each link opens Google Sheets’ own PDF export of one sheet: A4 paper, fit to page width, 15 mm margins, no gridlines, title rows repeated on every page. The add-on itself downloads and sends nothing.',
  },
  PAPERS_PRINT_LINK: {
    id: 'Unduh "{sheet}" sebagai PDF A4 ({orientation}, {pages} halaman)',
    en: 'Download "{sheet}" as an A4 PDF ({orientation}, {pages} pages)',
  },
  PAPERS_PORTRAIT: { id: 'tegak', en: 'portrait' },
  PAPERS_LANDSCAPE: { id: 'mendatar', en: 'landscape' },
  PAPERS_PRINT_NONE: {
    id: 'Belum ada kertas rapat di spreadsheet ini. Jalankan menu "Siapkan kertas rapat" dulu (di spreadsheet OPD), atau "Rekap OPD (Sekda)..." untuk Kertas Rapat Koordinasi (di spreadsheet Sekda).',
    en: 'This spreadsheet has no meeting papers yet. Run the menu "Prepare meeting papers" first (in an OPD\'s spreadsheet), or "OPD recap (Sekda)..." for the coordination meeting paper (in the Sekda\'s spreadsheet).',
  },
  PAPERS_PRINT_OTHER_SHEET: {
    id: 'Sheet "{sheet}" yang terbuka bukan kertas rapat; tautan di bawah untuk semua kertas rapat.',
    en: 'The open sheet "{sheet}" is not a meeting paper; the links below cover every meeting paper.',
  },
  PAPERS_PRINT_NO_ID: {
    id: 'ID spreadsheet tidak tersedia di sini (pemicu tanpa layar). Buka spreadsheet dan pilih menu "Cetak kertas (PDF A4)".',
    en: 'The spreadsheet id is not available here (a trigger without a screen). Open the spreadsheet and choose the menu "Print papers (A4 PDF)".',
  },
  PAPERS_PRINT_SHOWN: {
    id: 'Tautan PDF untuk {count} kertas ditampilkan.',
    en: 'PDF links for {count} papers are shown.',
  },
  PAPERS_PRINT_LINE: { id: '{label}: {url}', en: '{label}: {url}' },

  // npm start.
  PAPERS_START_TITLE: {
    id: 'Kertas rapat A4 (add-on hasil build, sampel OPD)',
    en: 'A4 meeting papers (built add-on, sample OPD)',
  },
  PAPERS_START_LAYOUT: {
    id: '  {sheet}: {pages} halaman A4 {orientation}, {rows} baris per halaman, {headerRows} baris judul diulang, lebar kolom {width} px dari {printable} px.',
    en: '  {sheet}: {pages} A4 pages {orientation}, {rows} rows per page, {headerRows} title rows repeated, columns {width} px of {printable} px.',
  },
  PAPERS_START_SAVED: { id: '  Gambar disimpan: {file}', en: '  Picture saved: {file}' },
  PAPERS_START_NO_BROWSER: {
    id: '  Gambar kertas dilewati: Chromium tidak tersedia ({detail}).',
    en: '  Paper pictures skipped: Chromium is not available ({detail}).',
  },
} as const satisfies MessageSection;
