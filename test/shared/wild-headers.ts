/**
 * Header rows of sheets as offices keep them (SHEETS-IN-THE-WILD), shared by the tests that read them as
 * tables here and by the add-on's workbook fixtures (../apps-script/fixtures/families.ts).
 * Each call gives a fresh array, so a test that edits its copy leaves the others' alone.
 */

/** SIASN (BKN) "Data ASN" export: NIP BARU and NIP LAMA, degrees apart from the name, UNOR 1 is the OPD. */
export const siasnRosterHeader = (): string[] => [
  'NIP BARU',
  'NIP LAMA',
  'NAMA',
  'GELAR DEPAN',
  'GELAR BELAKANG',
  'STATUS ASN',
  'GOL AKHIR NAMA',
  'JENIS JABATAN NAMA',
  'JABATAN NAMA',
  'UNOR 2',
  'UNOR 1',
];

/** The field-name row under a PP 46/2011 recap's header: its score columns, from the SKP to the NPK. */
export const pp46ScoreFields = (): string[] => [
  'skp_nilai',
  'skp_60',
  'orientasi_pelayanan',
  'integritas',
  'komitmen',
  'disiplin',
  'kerjasama',
  'kepemimpinan',
  'jumlah',
  'rata_rata',
  'npk_40',
  'nilai_prestasi_kerja',
];
