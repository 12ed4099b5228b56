import type { MessageSection } from './types';

/**
 * Messages owned by the parse part of Nilai Kerja. Keys are stable codes (UPPER_SNAKE).
 * Each says what was seen ({value}, cut to 40 characters) and what to write instead.
 */
export const parseMessages = {
  PARSE_NUMBER_EMPTY: {
    id: 'Sel kosong: isi sebuah angka, mis. 12 atau 87,5.',
    en: 'The cell is empty: enter a number, e.g. 12 or 87.5.',
  },
  PARSE_NUMBER_INVALID: {
    id: '"{value}" bukan angka. Tulis angka seperti 12, 87,5 atau 1.234,5 (boleh diikuti satuan, mis. "12 Dokumen").',
    en: '"{value}" is not a number. Write a number such as 12, 87.5 or 1,234.5 (a unit may follow, e.g. "12 Dokumen").',
  },
  PARSE_NUMBER_TEXT_BEFORE: {
    id: '"{value}" diawali kata sebelum angkanya. Tulis angkanya lebih dulu, mis. "12 Dokumen" atau "Rp 1.500.000".',
    en: '"{value}" has words before the number. Put the number first, e.g. "12 Dokumen" or "Rp 1.500.000".',
  },
  PARSE_NUMBER_SEPARATORS: {
    id: 'Tanda titik/koma pada "{value}" tidak konsisten. Tulis format Indonesia 1.234,5 atau tanpa pemisah ribuan: 1234,5.',
    en: 'The dots/commas in "{value}" are inconsistent. Write 1,234.5 (or 1.234,5 in Indonesian format) or drop the thousands separator: 1234.5.',
  },
  PARSE_NUMBER_AMBIGUOUS: {
    id: 'Angka "{value}" ambigu: bisa {thousandsPlain} (tanda sebagai pemisah ribuan) atau {decimalId} (tanda desimal). Bila ribuan, tulis "{thousandsPlain}" atau "{thousandsId}"; bila desimal, tulis "{decimalIdPadded}".',
    en: 'The number "{value}" is ambiguous: it can be {thousandsPlain} (thousands separator) or {decimalEn} (decimal mark). For thousands write "{thousandsPlain}" or "{thousandsEn}"; for a decimal write "{decimalEnPadded}".',
  },
  PARSE_NUMBER_RANGE: {
    id: '"{value}" berisi rentang, padahal di sini hanya boleh satu angka. Tulis satu angka saja (rentang hanya untuk kolom Target).',
    en: '"{value}" holds a range, but only one number is allowed here. Write a single number (ranges belong in the Target column).',
  },
  PARSE_NUMBER_MULTIPLE: {
    id: '"{value}" berisi lebih dari satu angka. Tulis satu angka saja, tanpa spasi di dalam angka (mis. 1234 atau 1.234).',
    en: '"{value}" holds more than one number. Write a single number without spaces inside it (e.g. 1234 or 1,234).',
  },
  PARSE_NUMBER_ARITHMETIC: {
    id: '"{value}" berisi hitungan ("{found}"), bukan satu angka; Nilai Kerja tidak menghitung teks dan tidak mengambil angka pertamanya. Tulis hasilnya sebagai satu angka (mis. "12" atau "12 Dokumen").',
    en: '"{value}" holds arithmetic ("{found}"), not one number; Nilai Kerja does not compute text nor take its first number. Write the result as one number (e.g. "12" or "12 Dokumen").',
  },
  PARSE_NUMBER_FRACTION: {
    id: '"{value}" ditulis sebagai pembagian atau pecahan, yang bisa berarti rasio maupun bagian tanggal. Tulis hasilnya: persen ("80%") atau angka desimal ("0,8").',
    en: '"{value}" is written as a division or fraction, which may mean a ratio or part of a date. Write the result: a percentage ("80%") or a decimal ("0.8").',
  },
  PARSE_NUMBER_FORMULA_TEXT: {
    id: '"{value}" adalah rumus yang tersimpan sebagai teks, jadi Sheets tidak menghitungnya. Ubah format sel ke Otomatis/Angka dan ketik ulang rumusnya, atau tulis hasilnya sebagai satu angka.',
    en: '"{value}" is a formula stored as text, so Sheets did not compute it. Set the cell format to Automatic/Number and retype the formula, or write the result as one number.',
  },
  PARSE_UNIT_MONEY_AMBIGUOUS: {
    id: '"{value}": satuan "{unit}" tanpa "Rp" bisa berarti miliar/triliun (uang) atau meter/ton. Untuk uang tulis "Rp {value}" atau satuannya lengkap ("miliar", "triliun"); untuk yang lain tulis satuannya lengkap (mis. "meter", "ton").',
    en: '"{value}": the unit "{unit}" without "Rp" may mean miliar/triliun (money: 10^9/10^12) or meters/tons. For money write "Rp {value}" or the full word ("miliar", "triliun"); otherwise write the unit in full (e.g. "meter", "ton").',
  },
  DURATION_NOT_MINUTES: {
    id: '"{value}" ditulis dalam {unit}, padahal kolom ini berisi menit; berapa menit sehari/sebulan bergantung pada jam kerja kantor. Tulis dalam menit atau jam, mis. "450 menit" atau "7 jam 30 menit".',
    en: '"{value}" is written in {unit}, but this column holds minutes; how many minutes a day or month holds depends on office hours. Write minutes or hours, e.g. "450 menit" or "7 jam 30 menit".',
  },
  PARSE_NUMBER_NOT_FINITE: {
    id: 'Angka "{value}" terlalu besar atau tidak sah. Periksa isi sel.',
    en: 'The number "{value}" is too large or invalid. Check the cell.',
  },
  PARSE_NUMBER_BOOLEAN: {
    id: 'Sel berisi kotak centang ({value}), bukan angka. Isi dengan angka.',
    en: 'The cell holds a checkbox ({value}), not a number. Enter a number.',
  },
  PARSE_FORMULA_ERROR: {
    id: 'Sel berisi galat rumus {value}, bukan nilai. Perbaiki rumusnya (atau ketik nilainya) lalu jalankan lagi.',
    en: 'The cell holds the formula error {value}, not a value. Fix the formula (or type the value) and run again.',
  },
  PARSE_NUMBER_DATE: {
    id: 'Sel terbaca sebagai tanggal ({value}), bukan angka. Ubah format sel (Format > Angka > Angka) lalu ketik ulang angkanya.',
    en: 'The cell was read as a date ({value}), not a number. Change its format (Format > Number > Number) and retype the number.',
  },

  TARGET_EMPTY: {
    id: 'Target kosong: isi target, mis. 12, "3 Dokumen", "87,5 %" atau rentang "80-90".',
    en: 'The target is empty: fill in a target, e.g. 12, "3 Dokumen", "87.5 %" or a range "80-90".',
  },
  TARGET_RANGE_REVERSED: {
    id: 'Rentang target "{value}" terbalik: batas bawah {low} lebih besar dari batas atas {high}. Tulis yang kecil dulu, mis. "{high}-{low}".',
    en: 'The target range "{value}" is reversed: the lower bound {low} is above the upper bound {high}. Write the smaller first, e.g. "{high}-{low}".',
  },
  TARGET_RANGE_UNITS: {
    id: 'Kedua batas rentang target "{value}" memakai satuan berbeda ({lowUnit} dan {highUnit}). Pakai satu satuan, mis. "80-90 %".',
    en: 'The two bounds of the target range "{value}" use different units ({lowUnit} and {highUnit}). Use one unit, e.g. "80-90 %".',
  },
  TARGET_TRAILING: {
    id: 'Target "{value}" berisi lebih dari satu angka atau rentang. Tulis satu angka ("12") atau satu rentang ("80-90").',
    en: 'The target "{value}" holds more than one number or range. Write one number ("12") or one range ("80-90").',
  },

  DURATION_EMPTY: {
    id: 'Waktu kosong: isi jumlah menit (mis. 395 menit), jam (7 jam 30 menit) atau rentang jam (07.30 - 08.00).',
    en: 'The time is empty: enter minutes (e.g. 395 menit), hours (7 jam 30 menit) or a time range (07.30 - 08.00).',
  },
  DURATION_INVALID: {
    id: 'Waktu "{value}" tidak dikenali. Tulis mis. "395 menit", "7 jam 30 menit", "7j 30m", "01:30" atau "07.30 - 08.00".',
    en: 'The time "{value}" is not recognised. Write e.g. "395 menit", "7 jam 30 menit", "7j 30m", "01:30" or "07.30 - 08.00".',
  },
  DURATION_NEGATIVE: {
    id: 'Waktu "{value}" negatif. Jumlah menit tidak boleh kurang dari 0.',
    en: 'The time "{value}" is negative. Minutes cannot be below 0.',
  },
  DURATION_CLOCK_INVALID: {
    id: 'Jam "{value}" tidak sah: jam 00-23 dan menit 00-59. Periksa penulisannya, mis. "07.30".',
    en: 'The clock time "{value}" is invalid: hours 00-23 and minutes 00-59. Check it, e.g. "07.30".',
  },
  DURATION_ACROSS_MIDNIGHT: {
    id: 'Rentang jam "{value}" berakhir sebelum mulai (melewati tengah malam). Pecah menjadi dua baris per tanggal, atau tulis jumlah menitnya.',
    en: 'The time range "{value}" ends before it starts (it crosses midnight). Split it into two rows, one per date, or write the minutes.',
  },
  DURATION_AMBIGUOUS: {
    id: '"{value}" ambigu: bisa {hours} jam {minutes} menit atau {minutesId} menit. Tulis "{hours}:{minutes}" bila maksudnya jam, atau "{minutesId} menit".',
    en: '"{value}" is ambiguous: it can be {hours} hours {minutes} minutes or {minutesEn} minutes. Write "{hours}:{minutes}" for hours, or "{minutesEn} menit".',
  },
  DURATION_REPEATED_UNIT: {
    id: 'Waktu "{value}" menyebut jam atau menit lebih dari sekali, atau urutannya terbalik. Tulis mis. "7 jam 30 menit".',
    en: 'The time "{value}" repeats hours or minutes, or lists them out of order. Write e.g. "7 jam 30 menit".',
  },
  DURATION_DATE: {
    id: 'Sel waktu berisi tanggal ({value}), bukan durasi. Ubah format sel menjadi Durasi (Format > Angka > Durasi) atau tulis "395 menit".',
    en: 'The time cell holds a date ({value}), not a duration. Format it as Duration (Format > Number > Duration) or write "395 menit".',
  },

  NIP_EMPTY: {
    id: 'NIP kosong: isi 18 angka NIP, mis. 19900315 201503 1 002.',
    en: 'The NIP is empty: enter the 18-digit NIP, e.g. 19900315 201503 1 002.',
  },
  NIP_STORED_AS_NUMBER: {
    id: 'NIP "{value}" tersimpan sebagai angka sehingga digit terakhirnya hilang. Ubah format kolom NIP menjadi teks (Format > Angka > Teks biasa), lalu ketik ulang NIP-nya.',
    en: 'The NIP "{value}" was stored as a number, so its last digits were lost. Format the NIP column as text (Format > Number > Plain text), then retype the NIP.',
  },
  NIP_INVALID_CHARS: {
    id: 'NIP "{value}" berisi huruf atau tanda lain. NIP hanya 18 angka (spasi boleh), mis. 19900315 201503 1 002.',
    en: 'The NIP "{value}" contains letters or other signs. A NIP is 18 digits (spaces allowed), e.g. 19900315 201503 1 002.',
  },
  NIP_LENGTH: {
    id: 'NIP "{value}" berisi {count} angka, padahal NIP harus 18 angka. Periksa angka yang kurang atau lebih.',
    en: 'The NIP "{value}" has {count} digits, but a NIP has 18. Check for missing or extra digits.',
  },
  NIP_LOOKS_LIKE_NIK: {
    id: '"{value}" berisi 16 angka: tampaknya NIK KTP, bukan NIP. Isi NIP 18 angka dari SK CPNS atau MyASN.',
    en: '"{value}" has 16 digits: it looks like a KTP NIK, not a NIP. Enter the 18-digit NIP from the CPNS decree or MyASN.',
  },
  NIP_OLD_FORMAT: {
    id: '"{value}" berisi 9 angka: tampaknya NIP lama. Isi NIP baru 18 angka (tercantum di MyASN).',
    en: '"{value}" has 9 digits: it looks like an old NIP. Enter the new 18-digit NIP (shown in MyASN).',
  },
  NIP_BIRTH_DATE: {
    id: 'NIP "{value}": 8 angka pertama ({part}) bukan tanggal lahir yang sah (tahun-bulan-tanggal). Periksa NIP-nya.',
    en: 'NIP "{value}": the first 8 digits ({part}) are not a valid birth date (year-month-day). Check the NIP.',
  },
  NIP_APPOINTMENT: {
    id: 'NIP "{value}": angka ke-9 sampai ke-14 ({part}) bukan tahun-bulan pengangkatan yang sah (bulan 01-12). Periksa NIP-nya.',
    en: 'NIP "{value}": digits 9 to 14 ({part}) are not a valid appointment year-month (month 01-12). Check the NIP.',
  },
  NIP_SEX_DIGIT: {
    id: 'NIP "{value}": angka ke-15 ({part}) harus 1 (laki-laki) atau 2 (perempuan). Periksa NIP-nya.',
    en: 'NIP "{value}": digit 15 ({part}) must be 1 (male) or 2 (female). Check the NIP.',
  },
  NIP_AGE_AT_APPOINTMENT: {
    id: 'NIP "{value}": menurut NIP, usia saat pengangkatan {age} tahun (seharusnya 17 sampai 60). Periksa tanggal lahir dan tahun pengangkatan di NIP.',
    en: 'NIP "{value}": by the NIP, the age at appointment is {age} years (should be 17 to 60). Check the birth date and appointment year in the NIP.',
  },
  NIP_NOT_IN_CELL: {
    id: 'Sel "{value}" tidak memuat NIP. Tulis nama dan NIP 18 angka, mis. "Budi Santoso, S.E." dan di baris berikutnya "NIP. 19900315 201503 1 002", atau isi kolom NIP tersendiri.',
    en: 'The cell "{value}" holds no NIP. Write the name and the 18-digit NIP, e.g. "Budi Santoso, S.E." with "NIP. 19900315 201503 1 002" on the next line, or fill a separate NIP column.',
  },
  NIP_TWO_IN_CELL: {
    id: 'Sel "{value}" memuat dua NIP berbeda ({first} dan {second}). Sisakan satu NIP, milik pegawai di sel ini.',
    en: 'The cell "{value}" holds two different NIPs ({first} and {second}). Keep one NIP, that of the employee in this cell.',
  },
  NIP_GLUED_TO_NAME: {
    id: 'Di sel "{value}" angka {digits} menempel pada nama dan bukan NIP yang sah, sehingga batas nama dan NIP tidak jelas. Pisahkan dengan baris baru atau "NIP.", lalu periksa NIP-nya.',
    en: 'In the cell "{value}" the digits {digits} run into the name and are not a valid NIP, so where the name ends is unclear. Separate them with a line break or "NIP.", then check the NIP.',
  },

  LABEL_EMPTY: {
    id: 'Isian kosong: pilih salah satu dari {choices}.',
    en: 'The value is empty: choose one of {choices}.',
  },
  LABEL_RATING_UNKNOWN: {
    id: 'Rating "{value}" tidak dikenali. Pilih Di Atas Ekspektasi, Sesuai Ekspektasi atau Di Bawah Ekspektasi.',
    en: 'The rating "{value}" is not recognised. Choose Di Atas Ekspektasi, Sesuai Ekspektasi or Di Bawah Ekspektasi (above, meets or below expectations).',
  },
  LABEL_PREDIKAT_PEGAWAI_UNKNOWN: {
    id: 'Predikat "{value}" tidak dikenali. Pilih Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct atau Sangat Kurang.',
    en: 'The predikat "{value}" is not recognised. Choose Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct or Sangat Kurang.',
  },
  LABEL_PREDIKAT_PEGAWAI_IS_ORGANISASI: {
    id: '"{value}" adalah predikat unit kerja, bukan predikat pegawai. Untuk pegawai pilih Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct atau Sangat Kurang.',
    en: '"{value}" is a unit predikat, not an employee predikat. For an employee choose Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct or Sangat Kurang.',
  },
  LABEL_PREDIKAT_OLD_SCALE: {
    id: 'Predikat "{value}" berasal dari skala lama; dibaca sebagai "{mapped}" (PermenPANRB 6/2022). Ganti dengan predikat baru bila perlu.',
    en: 'The predikat "{value}" is from the old scale; read as "{mapped}" (PermenPANRB 6/2022). Replace it with the new predikat if needed.',
  },
  LABEL_PREDIKAT_ORGANISASI_UNKNOWN: {
    id: 'Predikat unit kerja "{value}" tidak dikenali. Pilih Istimewa, Baik, Butuh Perbaikan, Kurang atau Sangat Kurang.',
    en: 'The unit predikat "{value}" is not recognised. Choose Istimewa, Baik, Butuh Perbaikan, Kurang or Sangat Kurang.',
  },
  LABEL_POLARITY_UNKNOWN: {
    id: 'Polaritas "{value}" tidak dikenali. Tulis "positif" (semakin tinggi semakin baik) atau "negatif" (semakin rendah semakin baik).',
    en: 'The polarity "{value}" is not recognised. Write "positif" (higher is better) or "negatif" (lower is better).',
  },
  LABEL_POLARITY_AMBIGUOUS: {
    id: 'Polaritas "{value}" ambigu: "minimal 80%" berarti semakin tinggi semakin baik, sedangkan "maksimal 5 aduan" berarti semakin rendah semakin baik. Tulis "positif" atau "negatif".',
    en: 'The polarity "{value}" is ambiguous: "minimal 80%" (at least) means higher is better, "maksimal 5 aduan" (at most) means lower is better. Write "positif" or "negatif".',
  },
  LABEL_RHK_KIND_UNKNOWN: {
    id: 'Jenis RHK "{value}" tidak dikenali. Tulis "Utama" atau "Tambahan".',
    en: 'The RHK kind "{value}" is not recognised. Write "Utama" (main) or "Tambahan" (additional).',
  },
  LABEL_SAKIP_ANSWER_UNKNOWN: {
    id: 'Jawaban "{value}" tidak dikenali. Pilih AA, A, BB, B, CC, C, D atau E (atau Y/T untuk LKE lama).',
    en: 'The answer "{value}" is not recognised. Choose AA, A, BB, B, CC, C, D or E (or Y/T for the older LKE).',
  },
  LABEL_YESNO_UNKNOWN: {
    id: '"{value}" bukan Ya/Tidak. Tulis "Ya" atau "Tidak".',
    en: '"{value}" is not yes/no. Write "Ya" (yes) or "Tidak" (no).',
  },
  LABEL_STATUS_UNKNOWN: {
    id: 'Status "{value}" tidak dikenali. Tulis Disetujui, Ditolak, Menunggu atau Revisi.',
    en: 'The status "{value}" is not recognised. Write Disetujui (approved), Ditolak (rejected), Menunggu (pending) or Revisi (revision).',
  },
  // Period labels (shared/parse/period.ts): {year} is passed as text so that 2024 is never "2.024".
  PERIOD_LABEL_MONTH: { id: '{month} {year}', en: '{month} {year}' },
  PERIOD_LABEL_QUARTER: { id: 'Triwulan {roman} {year}', en: 'Quarter {roman} {year}' },
  PERIOD_LABEL_SEMESTER: { id: 'Semester {roman} {year}', en: 'Semester {roman} {year}' },
  PERIOD_LABEL_YEAR: { id: 'Tahun {year}', en: 'Year {year}' },
  PERIOD_AMBIGUOUS: {
    id: 'Periode "{value}" tidak tunggal (rentang atau beberapa periode). Tulis satu periode, mis. "Mei 2024", "Triwulan II 2024" atau "Tahun 2024".',
    en: 'The period "{value}" is not a single period (a range or several periods). Write one period, e.g. "Mei 2024" (May 2024), "Triwulan II 2024" (Q2 2024) or "Tahun 2024".',
  },
} satisfies MessageSection;
