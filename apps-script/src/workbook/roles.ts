import type { WorkbookInput } from '../../../shared/model';

/**
 * The input tables an OPD keeps, named like the keys of WorkbookInput, and the sheet names the
 * template creates for them. Sheet names are part of the workbook the admin sees; they stay Indonesian.
 */
export const ROLES = [
  'employees',
  'indicators',
  'results',
  'behaviour',
  'attendance',
  'activities',
  'units',
  'sakip',
  'pk',
  'pembinaan',
] as const satisfies ReadonlyArray<keyof WorkbookInput>;
export type Role = (typeof ROLES)[number];

export const ROLE_SHEET: Record<Role, string> = {
  employees: 'Pegawai',
  indicators: 'Indikator',
  results: 'Rekap Kinerja',
  behaviour: 'Perilaku',
  attendance: 'Absensi',
  activities: 'Aktivitas',
  units: 'Unit',
  sakip: 'SAKIP',
  pk: 'Perjanjian Kinerja',
  pembinaan: 'Catatan Pembinaan',
};

const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Sheet-name words that reveal a role in workbooks made before the template ("Daftar ASN", "Rekap Absen"). */
const NAME_HINTS: Record<Role, string[]> = {
  employees: ['pegawai', 'asn', 'karyawan', 'daftar nama', 'personil'],
  indicators: ['indikator', 'skp', 'iki', 'rhk', 'hasil kerja', 'sasaran kinerja'],
  results: ['rekap kinerja', 'capaian kinerja', 'nilai kinerja', 'prestasi kerja', 'produktivitas'],
  behaviour: ['perilaku', 'berakhlak', 'penilaian perilaku'],
  attendance: ['absensi', 'absen', 'kehadiran', 'presensi', 'disiplin'],
  activities: ['aktivitas', 'aktifitas', 'kegiatan harian', 'log harian', 'laporan harian'],
  units: ['unit', 'opd', 'skpd', 'bidang'],
  sakip: ['sakip', 'lke', 'akuntabilitas'],
  // A unit's Perjanjian Kinerja with its IKU (its own layouts: "PK 2025", "Capaian IKU TW II").
  pk: ['perjanjian kinerja', 'pk', 'iku', 'kinerja organisasi', 'indikator kinerja utama'],
  pembinaan: ['pembinaan', 'teguran', 'hukuman disiplin', 'hukdis', 'apresiasi'],
};

/** The role of a sheet named exactly as the template names it ("Pegawai", "Indikator"), or null. */
export function roleOfTemplateName(name: string): Role | null {
  const n = normalise(name);
  for (const role of ROLES) if (normalise(ROLE_SHEET[role]) === n) return role;
  return null;
}

/** The role a sheet name suggests, or null. Exact template names win over hints. */
export function roleFromSheetName(name: string): Role | null {
  const n = normalise(name);
  const exact = roleOfTemplateName(name);
  if (exact) return exact;
  for (const role of ROLES) {
    if (NAME_HINTS[role].some((hint) => ` ${n} `.includes(` ${hint} `))) return role;
  }
  return null;
}
