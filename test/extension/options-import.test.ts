import { describe, expect, it } from 'vitest';
import { importTooLarge, MAX_IMPORT_BYTES, readImportedJson } from '../../extension/src/options/import';
import { formatIssue } from '../../shared/messages/format';
import { OTHER_SUPERVISOR, SAMPLE_SUPERVISOR, sampleResultsPackage, wholeOpdPackage } from './harness';

const SITI = { nip: '199003152015032002', nama: 'Siti Rahmawati, S.E.', capaian: 1.02 };

/** The user of the extension: the supervisor the sample packages are for. */
const USER = SAMPLE_SUPERVISOR.nip;

const messageOf = (text: string, userNip: string | null = USER): string => {
  const result = readImportedJson(text, userNip);
  if (result.ok) throw new Error('expected a rejection');
  return formatIssue(result.issue);
};

describe('options import: which file is it, and is it valid', () => {
  it("reads a regional policy, migrating the early pilots' unversioned format", () => {
    const result = readImportedJson(
      JSON.stringify({ name: 'Perbup Tulang Bawang 2023', tppDisciplinePercent: 40 }),
      null,
    );
    expect(result.ok && result.value.kind).toBe('policy');
    if (!result.ok || result.value.kind !== 'policy') return;
    expect(result.value.policy.discipline.tpp).toMatchObject({ disciplineShare: 0.4, performanceShare: 0.6 });
  });

  it('reads a results package from the Sheets add-on with its policy', () => {
    const result = readImportedJson(JSON.stringify(sampleResultsPackage([SITI], 'Perbup Barru 2025')), USER);
    expect(result.ok && result.value.kind).toBe('package');
    if (!result.ok || result.value.kind !== 'package') return;
    expect(result.value.resultsPackage.employees[0]?.nama).toBe('Siti Rahmawati, S.E.');
    expect(result.value.resultsPackage.policy.name).toBe('Perbup Barru 2025');
    expect(result.value.resultsPackage.for).toEqual(SAMPLE_SUPERVISOR);
  });

  it("refuses another supervisor's package, naming whose it is and the user's NIP", () => {
    const text = JSON.stringify(sampleResultsPackage([SITI], 'Perbup Barru 2025', OTHER_SUPERVISOR));
    expect(messageOf(text)).toBe(
      `Paket ini untuk atasan lain, Muhammad Arief, S.T. (NIP ${OTHER_SUPERVISOR.nip}), bukan untuk NIP Anda ${USER}, jadi tidak diimpor: data bawahan atasan lain tidak disimpan di sini. Minta admin OPD paket untuk NIP Anda.`,
    );
  });

  it("asks for the user's NIP before accepting any package", () => {
    expect(messageOf(JSON.stringify(sampleResultsPackage([SITI])), null)).toContain(
      'isi dan simpan dulu NIP Anda di bagian "Identitas Anda"',
    );
    // A policy alone needs no NIP: it holds nobody's data.
    expect(readImportedJson(JSON.stringify({ version: 1, name: 'Perbup' }), null).ok).toBe(true);
  });

  it('refuses a whole-OPD package of version 1, whoever the user is, asking for a new export', () => {
    const wholeOpd = wholeOpdPackage([SITI]);
    for (const user of [USER, null])
      expect(messageOf(JSON.stringify(wholeOpd), user)).toContain(
        'Paket ini berisi seluruh pegawai OPD (format lama, versi 1), jadi tidak diimpor',
      );
  });

  it('names the field of the policy inside a package, prefixed so it can be found in the file', () => {
    const pkg = sampleResultsPackage([SITI]);
    pkg.policy = { version: 1, discipline: { maxDeduction: 2 } };
    expect(messageOf(JSON.stringify(pkg))).toContain('isian "policy.discipline.maxDeduction"');
  });

  it('names the employee field that does not fit', () => {
    const pkg = sampleResultsPackage([
      SITI,
      { ...SITI, nip: '198507242010011003', nama: 'Andi Baso Pallawa' },
    ]);
    (pkg.employees as Record<string, unknown>[])[1]!.capaian = 'seratus persen';
    expect(messageOf(JSON.stringify(pkg))).toContain('Paket hasil, isian "employees.1.capaian" tidak sah');
  });

  it('refuses a package of another format and a policy with a field out of range', () => {
    expect(messageOf(JSON.stringify({ format: 'aplikasi-lain/ekspor', employees: [] }))).toContain(
      'bukan kebijakan maupun paket hasil',
    );
    expect(
      messageOf(JSON.stringify({ version: 1, discipline: { tpp: { disciplineShare: 1.5 } } })),
    ).toContain('isian "discipline.tpp.disciplineShare": nilainya terlalu besar');
    expect(messageOf('[1, 2, 3]')).toContain('objek JSON');
  });

  it('asks to update the extension for a package from a newer add-on, instead of a re-export that loops', () => {
    const pkg = sampleResultsPackage([SITI], 'Perbup Barru 2025') as Record<string, unknown>;
    const newer = messageOf(JSON.stringify({ ...pkg, version: 3 }));
    expect(newer).toBe(
      'Paket hasil ini dibuat oleh add-on Sheets yang lebih baru (paket versi 3; ekstensi ini baru mengenal versi 2). Perbarui ekstensi Nilai Kerja, lalu impor lagi berkas yang sama.',
    );
    const result = readImportedJson(JSON.stringify({ ...pkg, version: 3 }), USER);
    expect(!result.ok && formatIssue(result.issue, 'en')).toContain('Update the Nilai Kerja extension');
    // A missing or non-number version gets a plain message: no zod English, no "Infinity".
    const { version: _, ...unversioned } = pkg;
    for (const text of [
      JSON.stringify(unversioned),
      JSON.stringify({ ...pkg, version: '2' }),
      JSON.stringify({ ...pkg, version: 2 }).replace('"version":2', '"version":1e999'),
    ]) {
      const message = messageOf(text);
      expect(message).toContain(
        'tidak memuat nomor versi yang sah (isian "version" harus berupa angka, mis. 2)',
      );
      expect(message).not.toMatch(/Invalid|expected|Infinity|undefined|NaN/);
    }
    expect(messageOf(JSON.stringify({ ...pkg, version: 0 }))).toContain('Paket hasil versi 0 tidak dikenal');
  });

  it('says a file is not JSON without naming it a policy and without quoting its content', () => {
    const csv = messageOf('nip;nama\n199003152015032002;Siti Rahmawati');
    expect(csv).toContain(
      'Berkas ini bukan JSON yang sah, jadi tidak dibaca sebagai kebijakan maupun paket hasil.',
    );
    expect(csv).not.toMatch(/nip;nama|1990031520|Siti|Unexpected|kebijakan bukan/);
    // A hand-edited file: where the parser stopped, never what it read.
    const broken = messageOf('{ "name": "Perbup",\n  }');
    expect(broken).toMatch(/^Berkas ini bukan JSON yang sah \(terhenti di baris 2, kolom \d+\)/);
    expect(broken).not.toContain('Perbup');
    expect(messageOf('')).toContain('bukan JSON yang sah');
  });

  it('reads a file saved with a byte-order mark', () => {
    const result = readImportedJson(`\uFEFF${JSON.stringify(sampleResultsPackage([SITI]))}`, USER);
    expect(result.ok && result.value.kind).toBe('package');
  });

  it('refuses a file too large to be a policy or a package before reading it', () => {
    expect(importTooLarge(MAX_IMPORT_BYTES)).toBeNull();
    const issue = importTooLarge(MAX_IMPORT_BYTES + 1);
    expect(issue && formatIssue(issue)).toBe(
      'Berkas ini terlalu besar (6 MB; batas 5 MB) untuk kebijakan atau paket hasil, jadi tidak dibaca. Pastikan yang dipilih adalah paket .json dari add-on Sheets untuk NIP Anda atau kebijakan yang diekspor.',
    );
  });
});
