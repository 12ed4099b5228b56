import type { MessageSection } from './types';

/** Messages owned by the discipline part of Nilai Kerja. Keys are stable codes (UPPER_SNAKE). */
export const disciplineMessages = {
  DISC_CODE_UNKNOWN: {
    id: 'Kode absensi "{code}" tidak dikenal. Tulis salah satu: {accepted}.',
    en: 'Attendance code "{code}" is not recognised. Write one of: {accepted}.',
  },
  DISC_COUNT_INVALID: {
    id: 'Jumlah kejadian {code} bernilai "{count}". Tulis bilangan bulat 0 atau lebih (misalnya 3).',
    en: 'The number of {code} events is "{count}". Write a whole number of 0 or more (e.g. 3).',
  },
  DISC_REASON_LINE: {
    id: '{count}x {code} ({rate}%) = {total}%',
    en: '{count}x {code} ({rate}%) = {total}%',
  },
  DISC_REASON_CAPPED: {
    id: 'Jumlah potongan {total}% melebihi batas, jadi dipotong {max}% dari bagian disiplin.',
    en: 'Deductions add up to {total}%, above the limit, so {max}% of the discipline part is deducted.',
  },
  DISC_REASON_NONE: {
    id: 'Tidak ada keterlambatan, pulang cepat, atau ketidakhadiran: bagian disiplin dibayar penuh.',
    en: 'No late arrivals, early departures or absences: the discipline part is paid in full.',
  },
  DISC_CODE_UNKNOWN_CELLS: {
    id: 'Kode absensi "{value}" tidak dikenal ({count} sel, mis. {places}), jadi tidak dihitung. Perbaiki tulisannya atau tambahkan kode itu ke daftar kode absensi kebijakan (discipline.codes). Kode yang dikenal: {accepted}.',
    en: 'Attendance code "{value}" is not recognised ({count} cells, e.g. {places}), so it is not counted. Fix its spelling or add the code to the policy\'s attendance code list (discipline.codes). Known codes: {accepted}.',
  },
  DISC_HARI_KERJA_INVALID: {
    id: 'Jumlah hari kerja (JHK) "{value}" tidak sah, jadi hari kerja bawaan yang dipakai. Tulis bilangan bulat 1 sampai 366.',
    en: 'Working days (JHK) "{value}" is not valid, so the default working days are used. Write a whole number from 1 to 366.',
  },
  DISC_PRESENCE_INVALID: {
    id: 'Persentase kehadiran "{value}" tidak terbaca, jadi tidak diperiksa. Tulis persen seperti 94,44%.',
    en: 'Attendance percentage "{value}" cannot be read, so it is not checked. Write a percentage such as 94.44%.',
  },
  DISC_PRESENCE_MISMATCH: {
    id: 'Kehadiran di lembar {given}% berbeda dari hitungan kode: {computed}% ({present} dari {days} hari kerja; {away} hari tidak hadir). Nilai lembar tidak diganti: periksa jumlah kode dan JHK pada baris ini.',
    en: 'The sheet shows {given}% attendance but the codes give {computed}% ({present} of {days} working days; {away} days absent). The sheet value is not replaced: check the code counts and JHK on this row.',
  },
  DISC_DAYS_EXCEED: {
    id: 'Kode ketidakhadiran berjumlah {away} hari, lebih dari {days} hari kerja (JHK). Periksa jumlah kode dan JHK pada baris ini.',
    en: 'Absence codes add up to {away} days, more than the {days} working days (JHK). Check the code counts and JHK on this row.',
  },
  DISC_CLOCK_INVALID: {
    id: 'Jam "{value}" tidak terbaca, jadi hari itu tidak dihitung. Tulis jam seperti 07.30 atau 07:30 (kosongkan atau tulis "-" bila tidak absen).',
    en: 'Time "{value}" cannot be read, so that day is not counted. Write a time such as 07.30 or 07:30 (leave it empty or write "-" when there was no scan).',
  },
  DISC_PATTERN_UNKNOWN: {
    id: 'Pola kerja "{value}" tidak dikenal ({count} baris, mis. {places}), jadi keterlambatan hari-hari itu tidak dihitung. Tulis jam masuk-pulang seperti "07.30-16.00" atau tambahkan pola bernama itu ke kebijakan (discipline.workPatterns).',
    en: 'Work pattern "{value}" is not recognised ({count} rows, e.g. {places}), so lateness on those days is not computed. Write the hours such as "07.30-16.00" or add that named pattern to the policy (discipline.workPatterns).',
  },
  DISC_DEDUCTION_INCOMPLETE: {
    id: 'Potongan disiplin {nama} (NIP {nip}) tidak lengkap: kolom {columns} pada baris ini tidak terbaca, jadi isinya tidak ikut dihitung dan potongan yang tampil bisa lebih kecil dari seharusnya. Jangan pakai potongan pegawai ini untuk pembayaran sebelum sel itu diperbaiki dan nilai dihitung ulang.',
    en: 'The discipline deduction of {nama} (NIP {nip}) is incomplete: column {columns} on this row cannot be read, so what it holds is not counted and the deduction shown may be lower than it should be. Do not use this employee’s deduction for payment until the cell is corrected and the scores are computed again.',
  },
  DISC_DATE_INVALID: {
    id: 'Tanggal "{value}" tidak terbaca atau tidak ada di kalender, jadi baris ini tidak dihitung. Tulis tanggal seperti 15/05/2024 (hari dulu) atau 15 Mei 2024.',
    en: 'Date "{value}" cannot be read or does not exist, so this row is not counted. Write a date such as 15/05/2024 (day first) or 15 Mei 2024.',
  },
  DISC_ROWS_OTHER_PERIOD: {
    id: '{count} baris absensi di sheet "{sheet}" bertanggal di luar periode yang dinilai ({period}): baris {rows}. Periode tidak pernah digabung: baris itu tidak dihitung. Bila tanggalnya salah, perbaiki; bila periode lain yang ingin dinilai, pilih periodenya di Petakan kolom.',
    en: '{count} attendance rows in sheet "{sheet}" are dated outside the period scored ({period}): rows {rows}. Periods are never combined: those rows are not counted. If their dates are wrong, correct them; to score another period, choose it in Map columns.',
  },
  DISC_EVENT_DUPLICATE: {
    id: 'Kejadian {code} tanggal {date} untuk NIP {nip} sudah ada di baris {firstRow} sheet ini dengan isi yang sama. Baris ini tidak dihitung dua kali: hapus baris gandanya.',
    en: 'Event {code} on {date} for NIP {nip} already appears on row {firstRow} of this sheet with the same values. This row is not counted twice: delete the duplicate.',
  },
  DISC_EVENT_DUPLICATE_SHEET: {
    id: 'Kejadian {code} tanggal {date} untuk NIP {nip} sudah ada di baris {firstRow} sheet "{firstSheet}" dengan isi yang sama. Baris ini tidak dihitung dua kali: hapus baris gandanya.',
    en: 'Event {code} on {date} for NIP {nip} already appears on row {firstRow} of sheet "{firstSheet}" with the same values. This row is not counted twice: delete the duplicate.',
  },
  DISC_EVENT_DUPLICATE_CONFLICT: {
    id: 'Kejadian {code} tanggal {date} untuk NIP {nip} sudah ada di baris {firstRow} sheet ini dengan isi berbeda: {fields} (baris {firstRow} / baris ini). Yang dihitung baris {firstRow}; baris ini tidak dihitung. Hapus baris yang tidak berlaku atau samakan isinya.',
    en: 'Event {code} on {date} for NIP {nip} already appears on row {firstRow} of this sheet with different values: {fields} (row {firstRow} / this row). Row {firstRow} is counted; this row is not. Delete the row that does not apply or make them match.',
  },
  DISC_EVENT_DUPLICATE_CONFLICT_SHEET: {
    id: 'Kejadian {code} tanggal {date} untuk NIP {nip} sudah ada di baris {firstRow} sheet "{firstSheet}" dengan isi berbeda: {fields} (sheet "{firstSheet}" / baris ini). Yang dihitung baris {firstRow} sheet "{firstSheet}"; baris ini tidak dihitung. Hapus baris yang tidak berlaku atau samakan isinya.',
    en: 'Event {code} on {date} for NIP {nip} already appears on row {firstRow} of sheet "{firstSheet}" with different values: {fields} (sheet "{firstSheet}" / this row). Row {firstRow} of sheet "{firstSheet}" is counted; this row is not. Delete the row that does not apply or make them match.',
  },
  DISC_SCAN_DUPLICATE: {
    id: 'Absen tanggal {date} untuk NIP {nip} sudah ada di baris {firstRow} sheet "{firstSheet}" dengan jam masuk, jam pulang dan pola kerja yang sama. Baris ini tidak dihitung dua kali: hapus baris gandanya.',
    en: 'The scans of {date} for NIP {nip} already appear on row {firstRow} of sheet "{firstSheet}" with the same check-in, check-out and work pattern. This row is not counted twice: delete the duplicate.',
  },
  DISC_SCAN_DUPLICATE_CONFLICT: {
    id: 'Absen tanggal {date} untuk NIP {nip} sudah ada di baris {firstRow} sheet "{firstSheet}" dengan isi berbeda: {fields} (baris {firstRow} / baris ini). Yang dihitung baris {firstRow}; baris ini tidak dihitung. Hapus baris yang tidak berlaku atau samakan isinya.',
    en: 'The scans of {date} for NIP {nip} already appear on row {firstRow} of sheet "{firstSheet}" with different values: {fields} (row {firstRow} / this row). Row {firstRow} is counted; this row is not. Delete the row that does not apply or make them match.',
  },
  DISC_HARI_KERJA_CONFLICT: {
    id: 'JHK NIP {nip} berbeda antarbaris: {first} di baris {firstRow} sheet "{firstSheet}", {value} di baris ini ({count} baris pegawai ini menulis JHK selain {first}). JHK dibaca sekali per pegawai, tidak dijumlahkan, dirata-rata atau dipilih salah satu: hari kerja pegawai ini diambil dari periode, bukan dari sheet. Tulis JHK yang sama di semua baris pegawai ini, lalu hitung ulang.',
    en: 'The JHK of NIP {nip} differs between rows: {first} on row {firstRow} of sheet "{firstSheet}", {value} on this row ({count} rows of this employee state a JHK other than {first}). The JHK is read once per employee, never added up, averaged or picked: this employee’s working days are taken from the period, not from the sheet. Write the same JHK on every row of this employee, then compute again.',
  },
  DISC_DAY_WITHOUT_RECORD: {
    id: 'Tidak ada absen masuk, absen pulang, maupun kode pada {count} baris (mis. {places}), jadi hari-hari itu tidak dihitung hadir ataupun tidak hadir. Tulis kodenya (mis. TK, S, C, atau L untuk hari libur).',
    en: 'No check-in, no check-out and no code on {count} rows (e.g. {places}), so those days count neither as present nor as absent. Write their code (e.g. TK, S, C, or L for a day off).',
  },
  DISC_ACTIVITY_ROWS_OTHER_PERIOD: {
    id: '{count} baris aktivitas di sheet "{sheet}" bertanggal di luar periode yang dinilai ({period}): baris {rows}. Tanggal tiap baris yang menentukan periodenya, bukan judul sheet, dan periode tidak pernah digabung: menit baris itu tidak dihitung untuk kesibukan semu. Bila tanggalnya salah, perbaiki; bila periode lain yang ingin dinilai, pilih periodenya di Petakan kolom.',
    en: '{count} activity rows in sheet "{sheet}" are dated outside the period scored ({period}): rows {rows}. Each row’s date decides its period, not the sheet’s title, and periods are never combined: those rows’ minutes are not counted for kesibukan semu. If their dates are wrong, correct them; to score another period, choose it in Map columns.',
  },
  DISC_ACTIVITY_DUPLICATE: {
    id: 'Aktivitas "{activity}" tanggal {date} untuk NIP {nip} ({minutes} menit) sudah ada di baris {firstRow} sheet "{firstSheet}" dengan isi yang sama di setiap kolom (tanggal, uraian, menit, output, bukti dukung, status). Baris ini tidak dihitung dua kali: hapus baris gandanya (bila memang dua kegiatan, bedakan uraian atau jamnya).',
    en: 'Activity "{activity}" on {date} for NIP {nip} ({minutes} minutes) already appears on row {firstRow} of sheet "{firstSheet}" with the same content in every column (date, description, minutes, output, evidence, status). This row is not counted twice: delete the duplicate (if these really are two activities, tell them apart in the description or the time).',
  },
  DISC_ACTIVITY_DAY_TOO_LONG: {
    id: 'Aktivitas NIP {nip} tanggal {date} berjumlah {total} menit ({hours} jam), lebih dari 24 jam ({max} menit) dalam sehari: baris {rows}. Menit hari itu tidak dihitung sama sekali (tidak dipotong atau ditebak). Periksa menit di baris itu (mis. 3000 yang seharusnya 300), lalu hitung ulang.',
    en: 'The activities of NIP {nip} on {date} add up to {total} minutes ({hours} hours), more than 24 hours ({max} minutes) in one day: rows {rows}. None of that day’s minutes are counted (never cut down or guessed). Check the minutes on those rows (e.g. 3000 that should be 300), then compute again.',
  },
  DISC_ACTIVITY_TIME_NOT_DURATION: {
    id: 'Waktu "{value}" adalah jam kegiatan dimulai, bukan lamanya: aktivitas ini tidak diberi menit. Tulis rentangnya ("07.30 - 08.00") atau lamanya dengan satuan ("2 jam", "90 menit"), atau tambahkan kolom Menit.',
    en: 'Time "{value}" is when the activity started, not how long it took: this activity gets no minutes. Write its range ("07.30 - 08.00") or its length with a unit ("2 jam", "90 menit"), or add a Menit column.',
  },
  DISC_ACTIVITY_NO_MINUTES_COLUMN: {
    id: 'Sheet aktivitas "{sheet}" tidak punya kolom menit (Menit, Jumlah Menit, Waktu Efektif (menit)) atau kolom Waktu: tidak ada menit aktivitas yang dihitung, jadi kesibukan semu tidak dinilai. Tambahkan kolom menit, atau pilih kolomnya di Petakan kolom.',
    en: 'Activity sheet "{sheet}" has no minutes column (Menit, Jumlah Menit, Waktu Efektif (menit)) nor a Waktu column: no activity minutes are counted, so kesibukan semu is not assessed. Add a minutes column, or choose it in Map columns.',
  },
  TPP_BASE_INVALID: {
    id: 'TPP dasar "{base}" tidak sah. Tulis jumlah rupiah 0 atau lebih, misalnya 5.000.000.',
    en: 'Base TPP "{base}" is not valid. Write an amount in rupiah of 0 or more, e.g. 5,000,000.',
  },
  TPP_DEDUCTION_INVALID: {
    id: 'Potongan disiplin "{value}" tidak sah. Harus 0 sampai 1 (0% sampai 100%).',
    en: 'Discipline deduction "{value}" is not valid. It must be 0 to 1 (0% to 100%).',
  },
  TPP_PREDIKAT_INVALID: {
    id: 'Predikat "{predikat}" tidak dikenal, jadi TPP tidak diperkirakan. Isi Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, atau Sangat Kurang (kosongkan bila belum dinilai).',
    en: 'Predikat "{predikat}" is not recognised, so TPP was not estimated. Enter Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct or Sangat Kurang (leave it empty if not assessed yet).',
  },
  TPP_NO_PREDIKAT: {
    id: 'Predikat kinerja belum ada, jadi bagian kinerja dibayar {factor}% sesuai kebijakan. Selesaikan penilaian SKP lebih dulu.',
    en: 'There is no performance predikat yet, so the performance part is paid at {factor}% per the policy. Complete the SKP assessment first.',
  },
  TPP_EXPLAIN_BASE: {
    id: 'TPP dasar Rp {base} dibagi: bagian disiplin {disciplineShare}% (Rp {disciplinePart}) dan bagian kinerja {performanceShare}% (Rp {performancePart}).',
    en: 'Base TPP Rp {base} is split: discipline part {disciplineShare}% (Rp {disciplinePart}) and performance part {performanceShare}% (Rp {performancePart}).',
  },
  TPP_EXPLAIN_DISCIPLINE: {
    id: 'Potongan disiplin {deduction}% dari bagian disiplin = Rp {cut}; bagian disiplin dibayar Rp {paid}.',
    en: 'Discipline deduction {deduction}% of the discipline part = Rp {cut}; discipline part paid Rp {paid}.',
  },
  TPP_EXPLAIN_PERFORMANCE: {
    id: 'Predikat {predikat}: bagian kinerja dibayar {factor}% = Rp {paid}.',
    en: 'Predikat {predikat}: performance part paid at {factor}% = Rp {paid}.',
  },
  TPP_EXPLAIN_PERFORMANCE_NONE: {
    id: 'Predikat belum ada: bagian kinerja dibayar {factor}% = Rp {paid}.',
    en: 'No predikat yet: performance part paid at {factor}% = Rp {paid}.',
  },
  TPP_EXPLAIN_TOTAL: {
    id: 'Perkiraan TPP diterima: Rp {total} (dibulatkan ke rupiah terdekat, sebelum pajak).',
    en: 'Estimated TPP received: Rp {total} (rounded to the nearest rupiah, before tax).',
  },
  TPP_PREDIKAT_SANGAT_BAIK: { id: 'Sangat Baik', en: 'Very Good (Sangat Baik)' },
  TPP_PREDIKAT_BAIK: { id: 'Baik', en: 'Good (Baik)' },
  TPP_PREDIKAT_BUTUH_PERBAIKAN: { id: 'Butuh Perbaikan', en: 'Needs Improvement (Butuh Perbaikan)' },
  TPP_PREDIKAT_KURANG: { id: 'Kurang/Misconduct', en: 'Poor/Misconduct (Kurang)' },
  TPP_PREDIKAT_SANGAT_KURANG: { id: 'Sangat Kurang', en: 'Very Poor (Sangat Kurang)' },
  // PP 94/2021: TK days per calendar year and the hukuman disiplin they call for (shared/discipline/pp94.ts).
  HUKDIS_LEVEL_RINGAN: { id: 'ringan', en: 'light (ringan)' },
  HUKDIS_LEVEL_SEDANG: { id: 'sedang', en: 'moderate (sedang)' },
  HUKDIS_LEVEL_BERAT: { id: 'berat', en: 'severe (berat)' },
  HUKDIS_FORM_TEGURAN_LISAN: { id: 'teguran lisan', en: 'an oral reprimand (teguran lisan)' },
  HUKDIS_FORM_TEGURAN_TERTULIS: { id: 'teguran tertulis', en: 'a written reprimand (teguran tertulis)' },
  HUKDIS_FORM_PERNYATAAN_TIDAK_PUAS: {
    id: 'pernyataan tidak puas secara tertulis',
    en: 'a written statement of dissatisfaction (pernyataan tidak puas secara tertulis)',
  },
  HUKDIS_FORM_PEMOTONGAN_TUKIN: {
    id: 'pemotongan tunjangan kinerja {cut}% selama {months} bulan',
    en: 'a {cut}% cut of the tunjangan kinerja for {months} months',
  },
  HUKDIS_FORM_PENURUNAN_JABATAN: {
    id: 'penurunan jabatan setingkat lebih rendah selama {months} bulan',
    en: 'demotion by one level (penurunan jabatan) for {months} months',
  },
  HUKDIS_FORM_PEMBEBASAN_JABATAN: {
    id: 'pembebasan dari jabatan menjadi jabatan pelaksana selama {months} bulan',
    en: 'release from the position to a pelaksana post (pembebasan dari jabatan) for {months} months',
  },
  HUKDIS_FORM_PEMBERHENTIAN: {
    id: 'pemberhentian dengan hormat tidak atas permintaan sendiri sebagai PNS',
    en: 'honourable dismissal not at own request (pemberhentian dengan hormat tidak atas permintaan sendiri)',
  },
  DISC_TK_PERIOD_PART: { id: '{period} {days} hari', en: '{period} {days} days' },
  DISC_TK_PERIOD_PART_DATED: {
    id: '{period} {days} hari (tanggal {dates})',
    en: '{period} {days} days (on {dates})',
  },
  DISC_TK_YEAR_LADDER: {
    id: 'Tidak masuk kerja tanpa keterangan (TK) {days} hari dalam tahun {year}: {periods}. Untuk {days} hari TK setahun, {source} menetapkan hukuman disiplin {level}: {form}. Ini usulan untuk pejabat yang berwenang menghukum, bukan keputusan: periksa pegawai lebih dulu.',
    en: 'Absent without valid reason (TK) for {days} days in {year}: {periods}. For {days} TK days in a year, {source} sets a {level} disciplinary penalty: {form}. This is a proposal for the official authorised to impose penalties, not a decision: examine the employee first.',
  },
  DISC_TK_IN_A_ROW: {
    id: 'Tidak masuk kerja tanpa keterangan {days} hari kerja berturut-turut ({from} s.d. {to}; batas {threshold} hari kerja): {source} menetapkan hukuman disiplin berat: {form}. Ini usulan untuk pejabat yang berwenang menghukum, bukan keputusan: periksa pegawai lebih dulu.',
    en: 'Absent without valid reason for {days} working days in a row ({from} to {to}; limit {threshold} working days): {source} sets a severe disciplinary penalty: {form}. This is a proposal for the official authorised to impose penalties, not a decision: examine the employee first.',
  },
  DISC_TK_PERIOD_OVERLAP: {
    id: 'TK periode {period} ({days} hari) tidak dijumlahkan lagi karena periodenya tumpang tindih dengan {counted} yang sudah dihitung. Periksa lembar Riwayat bila hari-hari itu berbeda.',
    en: 'TK of {period} ({days} days) is not added again because the period overlaps {counted}, already counted. Check the Riwayat sheet if those days differ.',
  },
} satisfies MessageSection;
