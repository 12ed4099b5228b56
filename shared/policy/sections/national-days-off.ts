/**
 * National holidays (libur nasional) and cuti bersama for ASN, as the Surat Keputusan Bersama of the
 * Menteri Agama, Menteri Ketenagakerjaan and Menteri PANRB set them each year. A year whose SKB could not be
 * checked is left out rather than guessed (its working days then come from the data's JHK or the default,
 * with a warning). Later amendments to an SKB are not included: a region adds them in its policy.
 *
 * 2025: SKB Nomor 1017 Tahun 2024, Nomor 2 Tahun 2024, Nomor 2 Tahun 2024 (17 libur nasional, 10 cuti bersama).
 * 2026: SKB Nomor 1497 Tahun 2025, Nomor 2 Tahun 2025, Nomor 5 Tahun 2025 (17 libur nasional, 8 cuti bersama).
 */
export const NATIONAL_DAYS_OFF: readonly {
  date: string;
  name: string;
  kind: 'libur_nasional' | 'cuti_bersama';
}[] = [
  // 2025 (SKB 1017/2024, 2/2024, 2/2024)
  { date: '2025-01-01', name: 'Tahun Baru 2025 Masehi', kind: 'libur_nasional' },
  { date: '2025-01-27', name: 'Isra Mikraj Nabi Muhammad SAW', kind: 'libur_nasional' },
  { date: '2025-01-28', name: 'Cuti bersama Tahun Baru Imlek 2576 Kongzili', kind: 'cuti_bersama' },
  { date: '2025-01-29', name: 'Tahun Baru Imlek 2576 Kongzili', kind: 'libur_nasional' },
  { date: '2025-03-28', name: 'Cuti bersama Hari Suci Nyepi (Tahun Baru Saka 1947)', kind: 'cuti_bersama' },
  { date: '2025-03-29', name: 'Hari Suci Nyepi (Tahun Baru Saka 1947)', kind: 'libur_nasional' },
  { date: '2025-03-31', name: 'Idulfitri 1446 Hijriah', kind: 'libur_nasional' },
  { date: '2025-04-01', name: 'Idulfitri 1446 Hijriah', kind: 'libur_nasional' },
  { date: '2025-04-02', name: 'Cuti bersama Idulfitri 1446 Hijriah', kind: 'cuti_bersama' },
  { date: '2025-04-03', name: 'Cuti bersama Idulfitri 1446 Hijriah', kind: 'cuti_bersama' },
  { date: '2025-04-04', name: 'Cuti bersama Idulfitri 1446 Hijriah', kind: 'cuti_bersama' },
  { date: '2025-04-07', name: 'Cuti bersama Idulfitri 1446 Hijriah', kind: 'cuti_bersama' },
  { date: '2025-04-18', name: 'Wafat Yesus Kristus', kind: 'libur_nasional' },
  { date: '2025-04-20', name: 'Kebangkitan Yesus Kristus (Paskah)', kind: 'libur_nasional' },
  { date: '2025-05-01', name: 'Hari Buruh Internasional', kind: 'libur_nasional' },
  { date: '2025-05-12', name: 'Hari Raya Waisak 2569 BE', kind: 'libur_nasional' },
  { date: '2025-05-13', name: 'Cuti bersama Hari Raya Waisak 2569 BE', kind: 'cuti_bersama' },
  { date: '2025-05-29', name: 'Kenaikan Yesus Kristus', kind: 'libur_nasional' },
  { date: '2025-05-30', name: 'Cuti bersama Kenaikan Yesus Kristus', kind: 'cuti_bersama' },
  { date: '2025-06-01', name: 'Hari Lahir Pancasila', kind: 'libur_nasional' },
  { date: '2025-06-06', name: 'Iduladha 1446 Hijriah', kind: 'libur_nasional' },
  { date: '2025-06-09', name: 'Cuti bersama Iduladha 1446 Hijriah', kind: 'cuti_bersama' },
  { date: '2025-06-27', name: '1 Muharam Tahun Baru Islam 1447 Hijriah', kind: 'libur_nasional' },
  { date: '2025-08-17', name: 'Proklamasi Kemerdekaan', kind: 'libur_nasional' },
  { date: '2025-09-05', name: 'Maulid Nabi Muhammad SAW', kind: 'libur_nasional' },
  { date: '2025-12-25', name: 'Kelahiran Yesus Kristus', kind: 'libur_nasional' },
  { date: '2025-12-26', name: 'Cuti bersama Kelahiran Yesus Kristus', kind: 'cuti_bersama' },
  // 2026 (SKB 1497/2025, 2/2025, 5/2025)
  { date: '2026-01-01', name: 'Tahun Baru 2026 Masehi', kind: 'libur_nasional' },
  { date: '2026-01-16', name: 'Isra Mikraj Nabi Muhammad SAW', kind: 'libur_nasional' },
  { date: '2026-02-16', name: 'Cuti bersama Tahun Baru Imlek 2577 Kongzili', kind: 'cuti_bersama' },
  { date: '2026-02-17', name: 'Tahun Baru Imlek 2577 Kongzili', kind: 'libur_nasional' },
  { date: '2026-03-18', name: 'Cuti bersama Hari Suci Nyepi (Tahun Baru Saka 1948)', kind: 'cuti_bersama' },
  { date: '2026-03-19', name: 'Hari Suci Nyepi (Tahun Baru Saka 1948)', kind: 'libur_nasional' },
  { date: '2026-03-20', name: 'Cuti bersama Idulfitri 1447 Hijriah', kind: 'cuti_bersama' },
  { date: '2026-03-21', name: 'Idulfitri 1447 Hijriah', kind: 'libur_nasional' },
  { date: '2026-03-22', name: 'Idulfitri 1447 Hijriah', kind: 'libur_nasional' },
  { date: '2026-03-23', name: 'Cuti bersama Idulfitri 1447 Hijriah', kind: 'cuti_bersama' },
  { date: '2026-03-24', name: 'Cuti bersama Idulfitri 1447 Hijriah', kind: 'cuti_bersama' },
  { date: '2026-04-03', name: 'Wafat Yesus Kristus', kind: 'libur_nasional' },
  { date: '2026-04-05', name: 'Kebangkitan Yesus Kristus (Paskah)', kind: 'libur_nasional' },
  { date: '2026-05-01', name: 'Hari Buruh Internasional', kind: 'libur_nasional' },
  { date: '2026-05-14', name: 'Kenaikan Yesus Kristus', kind: 'libur_nasional' },
  { date: '2026-05-15', name: 'Cuti bersama Kenaikan Yesus Kristus', kind: 'cuti_bersama' },
  { date: '2026-05-27', name: 'Iduladha 1447 Hijriah', kind: 'libur_nasional' },
  { date: '2026-05-28', name: 'Cuti bersama Iduladha 1447 Hijriah', kind: 'cuti_bersama' },
  { date: '2026-05-31', name: 'Hari Raya Waisak 2570 BE', kind: 'libur_nasional' },
  { date: '2026-06-01', name: 'Hari Lahir Pancasila', kind: 'libur_nasional' },
  { date: '2026-06-16', name: '1 Muharam Tahun Baru Islam 1448 Hijriah', kind: 'libur_nasional' },
  { date: '2026-08-17', name: 'Proklamasi Kemerdekaan', kind: 'libur_nasional' },
  { date: '2026-08-25', name: 'Maulid Nabi Muhammad SAW', kind: 'libur_nasional' },
  { date: '2026-12-24', name: 'Cuti bersama Kelahiran Yesus Kristus', kind: 'cuti_bersama' },
  { date: '2026-12-25', name: 'Kelahiran Yesus Kristus', kind: 'libur_nasional' },
];
