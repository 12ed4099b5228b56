import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/messages/format';
import type { RawTable, WorkbookInput } from '../../shared/model/input';
import {
  buildResultsPackage,
  type EmployeeResult,
  parseResultsPackage,
  ResultsPackageSchema,
  scoreOrganisation,
} from '../../shared/pipeline';
import { defaultPolicy, PolicySchema } from '../../shared/policy/schema';
import { generateProvince, SAMPLE_UNITS, sampleWorkbook } from '../../shared/sample';

const policy = defaultPolicy();
const sample = scoreOrganisation(sampleWorkbook(), policy);
const person = (nama: string): EmployeeResult => {
  const found = sample.employees.find((e) => e.nama.startsWith(nama));
  if (!found) throw new Error(`${nama} not in the sample`);
  return found;
};
const issueTexts = sample.issues.map((i) => formatIssue(i));

describe('scoreOrganisation on the sample OPD', () => {
  it('scores the 40 valid employees and skips only the broken rows', () => {
    expect(sample.counts.employeeRows).toBe(42);
    expect(sample.employees).toHaveLength(40);
    expect(sample.counts.employeesScored).toBe(40);
    expect(sample.units.map((u) => u.unit)).toEqual(Object.values(SAMPLE_UNITS));
  });

  it('gives the hand-checked predikat (3x3 matrix, supervisor override, heads take the unit predikat)', () => {
    // Capaian about 119% with 5 of 7 BerAKHLAK di atas: di atas x di atas.
    expect(person('Ahmad Fauzi').predikat).toBe('sangat_baik');
    // Proposal "sesuai" (about 100%), the supervisor wrote "Di Atas Ekspektasi": the override counts.
    const fitri = person('Fitri Handayani');
    expect(fitri.ratingHasilUsulan).toBe('sesuai');
    expect(fitri.ratingHasil).toBe('di_atas');
    expect(fitri.ratingHasilSumber).toBe('atasan');
    expect(fitri.ratingHasilBerbeda).toBe(true);
    expect(fitri.predikat).toBe('sangat_baik');
    // Results fine, behaviour di bawah: Kurang/Misconduct.
    expect(person('Joko Susilo').predikat).toBe('kurang');
    // Head of the Istimewa unit: hasil di atas from the unit; head of the Butuh Perbaikan unit: di bawah.
    const kabidYankes = person('dr. Hendra Gunawan');
    expect([kabidYankes.ratingHasil, kabidYankes.ratingHasilSumber]).toEqual(['di_atas', 'organisasi']);
    expect(person('dr. Teguh Prasetyo').predikat).toBe('butuh_perbaikan');
    expect(person('Andi Saputra').predikat).toBe('sangat_kurang');
  });

  it('reports bad cells with sheet, row and column, in Indonesian, and says what to do', () => {
    const at = (code: string) => sample.issues.filter((i) => i.code === code);
    const emptyTarget = at('TARGET_EMPTY')[0];
    expect(emptyTarget?.at).toMatchObject({ sheet: 'Indikator', column: 'F' });
    expect(formatIssue(emptyTarget!)).toMatch(
      /^Sheet "Indikator", baris \d+, kolom F: Target kosong: isi target/,
    );
    expect(issueTexts.some((t) => /kolom G: "belum dilaporkan" bukan angka/.test(t))).toBe(true);
    expect(issueTexts.some((t) => /Sheet "Pegawai", baris 42, kolom A: NIP .* 17 angka/.test(t))).toBe(true);
    expect(
      issueTexts.some((t) => /Sheet "Absensi", baris \d+, kolom C: Kode absensi "TL5" tidak dikenal/.test(t)),
    ).toBe(true);
    for (const issue of sample.issues) expect(issue.at?.sheet).toBeTruthy();
  });

  it('detects the duplicated employee row and the indicators of the employee whose NIP lost a digit', () => {
    const duplicate = sample.issues.find((i) => i.code === 'PIPE_DUPLICATE_NIP');
    expect(duplicate?.at).toMatchObject({ sheet: 'Pegawai', row: 43, column: 'A' });
    expect(formatIssue(duplicate!)).toContain('sudah dipakai di baris 10 (Sri Mulyani, S.H.)');
    const orphan = sample.issues.find((i) => i.code === 'PIPE_UNKNOWN_NIP' && i.at?.sheet === 'Indikator');
    expect(formatIssue(orphan!)).toMatch(/\(5 baris: \d+, \d+, \d+, \d+, \d+\) tidak ada di sheet "Pegawai"/);
    expect(sample.employees.filter((e) => e.nama === 'Sri Mulyani, S.H.')).toHaveLength(1);
  });

  it('flags kesibukan semu for the busy but unproductive employee, not for the busy productive one', () => {
    const dedi = person('Dedi Kurniawan');
    expect(dedi.flags).toContain('kesibukan_semu');
    expect(dedi.flags).toContain('aktivitas_tanpa_output');
    expect(formatIssue(dedi.flagReasons[0]!)).toMatch(
      /^Tercatat 6\.800 menit \(108% dari 6\.300 menit yang diharapkan\) tetapi capaian hasil 5\d(,\d)?% \(< 76%\)/,
    );
    expect(dedi.recommendation.kind).toBe('pembinaan');
    const rina = person('Rina Marlina');
    expect(rina.activity.minutes).toBeGreaterThan(0.9 * 6300);
    expect(rina.flags).not.toContain('kesibukan_semu');
    expect(sample.employees.filter((e) => e.flags.includes('kesibukan_semu'))).toHaveLength(1);
  });

  it('recommends a follow-up with reasons for everyone, never showing NaN or undefined', () => {
    expect(person('Ahmad Fauzi').recommendation.kind).toBe('penghargaan');
    expect(person('Fitri Handayani').recommendation.kind).toBe('apresiasi');
    const joko = person('Joko Susilo');
    expect(joko.recommendation.kind).toBe('teguran');
    expect(joko.discipline.tkDays).toBe(4);
    expect(person('Andi Saputra').recommendation.kind).toBe('sanksi');
    for (const e of sample.employees) {
      expect(e.recommendation.reasons.length).toBeGreaterThan(0);
      for (const r of [...e.recommendation.reasons, ...e.flagReasons])
        expect(formatIssue(r)).not.toMatch(/NaN|Infinity|undefined/);
    }
  });

  it('flags the realisasi not yet filled in and indicators without evidence', () => {
    expect(person('Eka Putri Rahayu').flags).toContain('realisasi_kosong');
    expect(person('Andi Saputra').flags).toContain('tanpa_bukti');
  });

  it("makes supervisors' duties visible: silence towards a poor and an excellent subordinate", () => {
    const budi = sample.supervisors.find((s) => s.nama.startsWith('Ns. Budi Santoso'));
    expect(budi?.flags).toEqual(['umpan_balik_kurang', 'apresiasi_belum_diberikan']);
    expect(formatIssue(budi!.reasons[1]!)).toContain('Sri Wahyuni, S.Kep., Ners (Sangat Baik)');
    const agus = sample.supervisors.find((s) => s.nama.startsWith('Agus Salim'));
    expect(agus?.flags).toContain('teguran_belum_diberikan');
    expect(formatIssue(agus!.reasons[1]!)).toContain('Rahmat Hidayat, S.K.M. (Kurang/Misconduct)');
    const siti = sample.supervisors.find((s) => s.nama.startsWith('Siti Rahmawati'));
    expect(siti?.flags).toEqual([]);
  });

  it('checks each unit against SE 3/2023 and says by how many employees a rule fails', () => {
    const [sekretariat, yankes, p2p] = sample.units;
    expect(sekretariat?.distribution?.ok).toBe(true);
    expect(yankes?.distribution?.ok).toBe(true);
    const failed = p2p?.distribution?.rules.filter((r) => !r.satisfied) ?? [];
    expect(failed.map((r) => [r.ruleId, r.offBy])).toEqual([
      ['bp_sb_max10', 1],
      ['bp_bp_min60', 2],
    ]);
  });

  it('evaluates SAKIP per unit and ranks the units for the coordination meeting', () => {
    expect(sample.rankingBasis).toBe('sakip');
    const yankes = sample.units[1]!;
    expect(yankes.rank).toBe(1);
    expect(yankes.recommendation.kind).toBe('unit_terbaik');
    expect(yankes.sakip?.previous).toBe(78.2);
    expect(sample.units[2]!.recommendation.kind).toBe('pembinaan_unit');
    for (const u of sample.units) expect(u.sakip?.score).toBeGreaterThan(0);
  });
});

describe('results packages, one per supervisor', () => {
  const packages = buildResultsPackage(sample, policy, {
    lang: 'en',
    generatedAt: '2025-10-01T08:00:00.000Z',
  });

  it('round-trip through JSON and the schema, with reasons written in the chosen language', () => {
    const back = packages.map((pkg) => ResultsPackageSchema.parse(JSON.parse(JSON.stringify(pkg))));
    expect(back).toEqual(packages);
    const dedi = back.flatMap((p) => p.employees).find((e) => e.nama.startsWith('Dedi Kurniawan'));
    expect(dedi?.reasons.join('\n')).toContain('Logged 6,800 minutes');
    for (const pkg of back) expect(PolicySchema.parse(pkg.policy)).toEqual(policy);
  });

  it('give each supervisor their direct subordinates and nobody else, saying whose package it is', () => {
    expect(packages.map((p) => p.for)).toEqual(sample.supervisors.map((s) => ({ nip: s.nip, nama: s.nama })));
    for (const pkg of packages) {
      const team = sample.employees.filter((e) => e.atasanNip === pkg.for.nip).map((e) => e.nip);
      expect(pkg.employees.map((e) => e.nip)).toEqual(team);
    }
    // Everyone with an atasan in the sheet is in exactly one package; the heads without one in none.
    const packaged = packages.flatMap((p) => p.employees.map((e) => e.nip));
    expect(new Set(packaged).size).toBe(packaged.length);
    expect(packaged).toHaveLength(sample.employees.filter((e) => e.atasanNip !== null).length);
  });

  it("build only the chosen supervisor's package, and none for someone who supervises nobody", () => {
    const budi = person('Ns. Budi Santoso');
    const one = buildResultsPackage(sample, policy, { supervisorNip: budi.nip });
    expect(one.map((p) => p.for.nama)).toEqual(['Ns. Budi Santoso, S.Kep.']);
    const staff = sample.employees.find((e) => !sample.supervisors.some((s) => s.nip === e.nip))!;
    expect(buildResultsPackage(sample, policy, { supervisorNip: staff.nip })).toEqual([]);
  });

  it('leave out the reasons of a teguran or sanksi by default, keeping the kind, and carry them when the policy says so', () => {
    const andi = person('Andi Saputra');
    expect(andi.recommendation.kind).toBe('sanksi');
    const find = (pkgs: ReturnType<typeof buildResultsPackage>, nip: string) =>
      pkgs.flatMap((p) => p.employees).find((e) => e.nip === nip)!;
    const withheld = find(buildResultsPackage(sample, policy), andi.nip);
    expect(withheld.recommendation).toBe('sanksi');
    expect(withheld.reasons[0]).toContain('Alasan "Usulan sanksi" tidak disertakan di paket atasan');
    expect(withheld.reasons.join(' ')).not.toContain('Predikat Sangat Kurang');
    const joko = find(buildResultsPackage(sample, policy), person('Joko Susilo').nip);
    expect(joko.recommendation).toBe('teguran');
    expect(joko.reasons.join(' ')).not.toMatch(/tanpa keterangan|Potongan disiplin/);

    const open = { ...policy, reward: { ...policy.reward, packageSanctionReasons: true } };
    const carried = find(buildResultsPackage(sample, open), andi.nip);
    expect(carried.reasons[0]).toContain('Predikat Sangat Kurang');
    expect(find(buildResultsPackage(sample, open), person('Joko Susilo').nip).reasons.join(' ')).toContain(
      'Tidak masuk tanpa keterangan 4 hari',
    );
  });

  it('are refused when from another tool or version, or without saying whose they are', () => {
    const pkg = packages[0]!;
    expect(parseResultsPackage({ ...pkg, format: 'lain' }).success).toBe(false);
    expect(parseResultsPackage({ ...pkg, version: 1 }).success).toBe(false);
    expect(parseResultsPackage({ ...pkg, version: 3 }).success).toBe(false);
    const { for: _owner, ...wholeOpd } = pkg;
    expect(parseResultsPackage(wholeOpd).success).toBe(false);
    expect(parseResultsPackage({ ...pkg, for: { nip: '1990', nama: 'x' } }).success).toBe(false);
  });
});

const table = (sheet: string, columns: string[], rows: Record<string, string>[]): RawTable => ({
  sheet,
  columns: Object.fromEntries(columns.map((c, i) => [c, String.fromCharCode(65 + i)])),
  rows: rows.map((values, i) => ({ row: i + 2, values })),
});

describe('scoreOrganisation on small and odd workbooks', () => {
  it('carries an empty NIP and RHK down from the row above (merged cells) and matches unit names loosely', () => {
    const input: WorkbookInput = {
      employees: table(
        'Pegawai',
        ['nip', 'nama', 'unit'],
        [{ nip: '199003152015031002', nama: 'Budi Santoso', unit: 'Bidang  Pelayanan kesehatan ' }],
      ),
      indicators: table(
        'SKP',
        ['nip', 'rhk', 'indikator', 'target', 'realisasi'],
        [
          {
            nip: '19900315 201503 1 002',
            rhk: 'Meningkatnya mutu layanan',
            indikator: 'Jumlah SOP',
            target: '12 Dokumen',
            realisasi: '12 Dokumen',
          },
          { nip: '', rhk: '', indikator: 'Persentase keluhan ditangani', target: '80 %', realisasi: '88 %' },
        ],
      ),
      units: table(
        'Unit',
        ['unit', 'predikat_organisasi'],
        [{ unit: 'Bidang Pelayanan Kesehatan', predikat_organisasi: 'Baik' }],
      ),
    };
    const r = scoreOrganisation(input, policy);
    expect(r.employees[0]?.indicators).toHaveLength(2);
    expect(r.employees[0]?.rhk).toHaveLength(1);
    expect(r.employees[0]?.capaian).toBeCloseTo(1.05, 6);
    expect(r.units).toHaveLength(1);
    expect(r.units[0]?.predikat).toBe('baik');
    expect(r.issues.filter((i) => i.code === 'PIPE_UNIT_UNKNOWN')).toEqual([]);
  });

  it('says so when no employee has a valid NIP, instead of failing', () => {
    const r = scoreOrganisation(
      {
        employees: table('Pegawai', ['nip', 'nama'], [{ nip: '1990', nama: 'Siti' }]),
        indicators: table('SKP', [], []),
      },
      policy,
    );
    expect(r.employees).toEqual([]);
    expect(r.issues.map((i) => i.code)).toContain('PIPE_NO_EMPLOYEES');
  });

  it('never throws and never yields NaN, whatever the cells hold', () => {
    const cellValue = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('', '0', '-5', '1e400', '80-90', '4.215', 'Rp 1.000', 'Ya', '199003152015031002'),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cellValue, cellValue, cellValue, cellValue), { maxLength: 6 }),
        (rows) => {
          const input: WorkbookInput = {
            employees: table(
              'Pegawai',
              ['nip', 'nama', 'kepala_unit', 'tpp_dasar'],
              [
                {
                  nip: '199003152015031002',
                  nama: 'Budi',
                  kepala_unit: rows[0]?.[0] ?? '',
                  tpp_dasar: rows[0]?.[1] ?? '',
                },
              ],
            ),
            indicators: table(
              'SKP',
              ['nip', 'target', 'realisasi', 'bobot', 'polaritas'],
              rows.map(([target, realisasi, bobot, polaritas]) => ({
                nip: '199003152015031002',
                target,
                realisasi,
                bobot,
                polaritas,
              })),
            ),
          };
          const r = scoreOrganisation(input, policy);
          for (const e of r.employees) {
            expect(e.capaian === null || Number.isFinite(e.capaian)).toBe(true);
            expect(Number.isFinite(e.discipline.fraction)).toBe(true);
          }
          for (const issue of r.issues) expect(formatIssue(issue)).not.toMatch(/NaN|undefined/);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reports activity minutes that overflow on their cell and never sums them into Infinity', () => {
    const nip = '199003152015031002';
    const r = scoreOrganisation(
      {
        employees: table('Pegawai', ['nip', 'nama'], [{ nip, nama: 'Budi' }]),
        indicators: table('SKP', ['nip', 'target', 'realisasi'], [{ nip, target: '10', realisasi: '9' }]),
        activities: table(
          'Aktivitas',
          ['nip', 'aktivitas', 'menit', 'output'],
          [
            { nip, aktivitas: 'Rapat', menit: '1e308', output: '1 Laporan' },
            { nip, aktivitas: 'Rapat', menit: '1e308', output: '' },
            { nip, aktivitas: 'Rapat', menit: '1e308 jam', output: '' },
            { nip, aktivitas: 'Rapat', menit: '120 menit', output: '1 Laporan' },
          ],
        ),
      },
      policy,
    );
    const budi = r.employees[0];
    expect(budi?.activity.minutes).toBe(120);
    expect(budi?.activity.withoutOutputMinutes).toBe(0);
    const tooLarge = r.issues.filter((i) => i.code === 'PIPE_ACTIVITY_MINUTES_TOO_LARGE');
    expect(tooLarge.map((i) => i.at)).toEqual(
      [2, 3, 4].map((row) => ({ sheet: 'Aktivitas', row, column: 'C' })),
    );
    expect(formatIssue(tooLarge[2]!)).toContain(
      'Menit aktivitas "1e308 jam" terlalu besar: satu aktivitas paling lama 527.040 menit (setahun penuh). ' +
        'Baris ini tidak dihitung: periksa isi selnya (mis. "395 menit").',
    );
    const pkg = JSON.stringify(buildResultsPackage(r, policy));
    expect(pkg).not.toMatch(/Infinity|NaN|null,"withoutOutputMinutes"/);
  });

  it('returns an issue rather than throwing on input that is not a workbook at all', () => {
    const r = scoreOrganisation(
      { employees: { sheet: 'X', columns: {}, rows: null } } as unknown as WorkbookInput,
      policy,
    );
    expect(r.issues[0]?.code).toBe('INTERNAL_ERROR');
    expect(formatIssue(r.issues[0]!)).toContain('Data Anda tidak diubah');
  });

  it('scores a small province with every count matching', () => {
    const wb = generateProvince(200, 5, 11);
    const r = scoreOrganisation(wb, policy);
    expect(r.employees).toHaveLength(200);
    expect(r.counts.employeesScored).toBe(200);
    expect(r.counts.indicatorRows).toBe(1000);
    expect(r.counts.indicatorsScored).toBe(1000);
    expect(r.employees.reduce((n, e) => n + e.indicators.length, 0)).toBe(1000);
    expect(r.units).toHaveLength(2);
    expect(r.units.reduce((n, u) => n + u.employees, 0)).toBe(200);
    expect(r.issues.filter((i) => i.severity !== 'warning')).toEqual([]);
  });
});
