import { describe, expect, it } from 'vitest';
import { readImportedJson } from '../../extension/src/options/import';
import { formatIssue } from '../../shared/messages/format';
import { OTHER_SUPERVISOR, SAMPLE_SUPERVISOR, sampleResultsPackage } from './harness';

/**
 * A hand-edited results package whose employees the overlay would silently drop (a NIP it cannot read)
 * or guess (the last of a duplicate NIP), or whose capaian no export writes, is refused at import, by
 * field, employee number and name, before anything is stored.
 */

const SITI = { nip: '199003152015032002', nama: 'Siti Rahmawati, S.E.', capaian: 1.02 };
const ANDI = { nip: '198507242010011003', nama: 'Andi Baso Pallawa', capaian: 1.15 };
const USER = SAMPLE_SUPERVISOR.nip;

type Employee = Record<string, unknown>;
const pkgWith = (edit: (employees: Employee[]) => void): string => {
  const pkg = sampleResultsPackage([SITI, ANDI]);
  edit(pkg.employees as Employee[]);
  return JSON.stringify(pkg);
};
/** The package with employee `i`'s fields changed. */
const edited = (i: number, patch: Employee): string =>
  pkgWith((e) => {
    Object.assign(e[i]!, patch);
  });

const refusal = (text: string, userNip: string | null = USER) => {
  const result = readImportedJson(text, userNip);
  if (result.ok) throw new Error('expected a rejection');
  const issues = result.issues ?? [result.issue];
  return {
    code: result.issue.code,
    id: issues.map((i) => formatIssue(i, 'id')).join(' '),
    en: issues.map((i) => formatIssue(i, 'en')).join(' '),
  };
};

const clean = (r: { id: string; en: string }) => {
  for (const text of [r.id, r.en]) expect(text).not.toMatch(/NaN|Infinity|undefined|Invalid|expected/);
};

/** The refusal has `code`, exactly the Indonesian text `id`, English containing `en`, and no NaN, undefined or zod English. */
function expectRefused(text: string, code: string, id: string, en?: string): void {
  const r = refusal(text);
  expect(r.code).toBe(code);
  expect(r.id).toBe(id);
  if (en !== undefined) expect(r.en).toContain(en);
  clean(r);
}

describe('options import: employees of a results package', () => {
  it('still accepts a package as the add-on exports it, NIPs with or without spaces, capaian null', () => {
    const text = pkgWith((e) => {
      e[0]!.nip = '19900315 201503 2 002';
      e[1]!.capaian = null;
    });
    const result = readImportedJson(text, USER);
    expect(result.ok && result.value.kind).toBe('package');
    // The bounds themselves are accepted: 0 % and 1000 %.
    for (const capaian of [0, 10]) expect(readImportedJson(edited(0, { capaian }), USER).ok).toBe(true);
  });

  it('refuses a NIP that does not read as an 18-digit NIP, naming the field, employee and value', () => {
    expectRefused(
      edited(1, { nip: 'abc' }),
      'EXT_PACKAGE_EMPLOYEE_NIP_INVALID',
      'Paket hasil, isian "employees.1.nip" (pegawai ke-2, Andi Baso Pallawa): "abc" bukan NIP 18 angka yang sah, jadi paket tidak diimpor: hasil pegawai ini tidak dapat dicocokkan dengan halaman e-Kinerja, dan ekstensi tidak menebak siapa yang dimaksud. Ekspor ulang paket dari add-on Sheets lalu impor lagi, tanpa menyunting berkasnya.',
      'field "employees.1.nip" (employee no. 2, Andi Baso Pallawa): "abc" is not a valid',
    );
    // 17 digits, a NIK, and 18 digits that are no NIP (month 13 of birth) are refused the same way.
    for (const nip of ['19900315201503200', '3201011505900001', '199013152015032002']) {
      expect(refusal(edited(0, { nip })).id).toContain(
        `isian "employees.0.nip" (pegawai ke-1, Siti Rahmawati, S.E.): "${nip}" bukan NIP 18 angka`,
      );
    }
  });

  it('refuses a NIP listed twice, naming both employees, also when written with spaces once', () => {
    expectRefused(
      pkgWith((e) => {
        e[1]!.nip = '19900315 201503 2 002';
      }),
      'EXT_PACKAGE_EMPLOYEE_NIP_DUPLICATE',
      'Paket hasil: NIP 199003152015032002 tercantum dua kali, pada pegawai ke-1 (Siti Rahmawati, S.E., isian "employees.0.nip") dan pegawai ke-2 (Andi Baso Pallawa, isian "employees.1.nip"), jadi paket tidak diimpor: ekstensi tidak menebak hasil mana yang benar. Ekspor ulang paket dari add-on Sheets lalu impor lagi, tanpa menyunting berkasnya.',
      'NIP 199003152015032002 is listed twice, for employee no. 1',
    );
  });

  it('refuses a capaian outside 0..10, saying what it means in percent', () => {
    expectRefused(
      edited(1, { capaian: 1000 }),
      'EXT_PACKAGE_CAPAIAN_RANGE',
      'Paket hasil, isian "employees.1.capaian" (pegawai ke-2, Andi Baso Pallawa): capaian 1.000 berarti 100.000 %, di luar 0 sampai 10 (0 % sampai 1.000 %). Tidak ada capaian sungguhan yang sejauh itu (batas agregasi bawaan 120 %), jadi berkas ini tersunting atau rusak dan paket tidak diimpor. Ekspor ulang paket dari add-on Sheets lalu impor lagi.',
      'capaian 1,000 means 100,000 %, outside 0 to 10 (0 % to 1,000 %)',
    );
    const negative = refusal(edited(0, { capaian: -5 }));
    expect(negative.id).toContain(
      'isian "employees.0.capaian" (pegawai ke-1, Siti Rahmawati, S.E.): capaian -5 berarti -500 %',
    );
    clean(negative);
    expect(refusal(edited(0, { capaian: 10.5 })).id).toContain('capaian 10,5 berarti 1.050 %');
  });

  it('refuses a package without employees', () => {
    expectRefused(
      pkgWith((e) => {
        e.splice(0);
      }),
      'EXT_PACKAGE_NO_EMPLOYEES',
      'Paket hasil untuk Hj. Rosmiati, S.Sos., M.Si. (NIP 197805142005012004) tidak memuat satu pegawai pun (isian "employees" kosong), jadi tidak diimpor: add-on Sheets hanya membuat paket untuk atasan yang mempunyai bawahan. Ekspor ulang paket dari add-on Sheets lalu impor lagi.',
    );
  });

  it('names a predikat outside the list in the catalog, not in zod English', () => {
    expectRefused(
      edited(0, { predikat: 'Luar biasa' }),
      'EXT_PACKAGE_VALUE_NOT_ALLOWED',
      'Paket hasil, isian "employees.0.predikat" tidak sah: berisi "Luar biasa", bukan salah satu nilai yang dikenal ("sangat_baik", "baik", "butuh_perbaikan", "kurang", "sangat_kurang"), jadi paket tidak diimpor. Ekspor ulang paket dari add-on Sheets lalu impor lagi.',
      'field "employees.0.predikat" is invalid: it holds "Luar biasa", which is not one of the known values',
    );
  });

  it("examines whose package it is first: another supervisor's employees are not named", () => {
    const other = sampleResultsPackage([SITI], 'Perbup Barru 2025', OTHER_SUPERVISOR);
    (other.employees as Employee[])[0]!.nip = 'abc';
    expect(refusal(JSON.stringify(other)).code).toBe('EXT_PACKAGE_OTHER_SUPERVISOR');
    expect(refusal(edited(0, { nip: 'abc' }), null).code).toBe('EXT_PACKAGE_NEEDS_NIP');
  });
});

describe('a capaian below 0 from a policy that does not clamp negative indicators', () => {
  it('is accepted when the package policy says so (capaian.clampNegativeAtZero false), refused otherwise', () => {
    const negative = (clamp: boolean): string => {
      const pkg = sampleResultsPackage([{ ...SITI, capaian: -0.4 }, ANDI]);
      (pkg.policy as { capaian?: { clampNegativeAtZero: boolean } }).capaian = { clampNegativeAtZero: clamp };
      return JSON.stringify(pkg);
    };
    expect(readImportedJson(negative(false), USER).ok).toBe(true);
    expect(refusal(negative(true)).code).toBe('EXT_PACKAGE_CAPAIAN_RANGE');
  });
});
