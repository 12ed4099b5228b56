import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/messages/format';
import type { RawTable, WorkbookInput } from '../../shared/model/input';
import { capaianPk, predikatFromPk, unitPredikat } from '../../shared/org/pk';
import { scoreOrganisation } from '../../shared/pipeline';
import { defaultPolicy, PolicySchema, PREDIKAT_ORGANISASI } from '../../shared/policy/schema';
import { sampleWorkbook } from '../../shared/sample';

const policy = defaultPolicy();
const org = policy.organisation;

describe('predikat kinerja organisasi from the capaian PK (policy.organisation.pkBands)', () => {
  it('follows DOMAIN.md at every bound: > 110 % Istimewa, >= 90 % Baik, >= 70 % BP, >= 50 % Kurang', () => {
    const cases: [number, string][] = [
      [1.2, 'istimewa'],
      [1.1001, 'istimewa'],
      // Exactly 110 % is not above 110 %: Baik.
      [1.1, 'baik'],
      [0.9, 'baik'],
      [0.8999, 'butuh_perbaikan'],
      [0.7, 'butuh_perbaikan'],
      [0.6999, 'kurang'],
      [0.5, 'kurang'],
      [0.4999, 'sangat_kurang'],
      [0, 'sangat_kurang'],
    ];
    for (const [capaian, predikat] of cases)
      expect(predikatFromPk(capaian, org), String(capaian)).toBe(predikat);
  });

  it('is not moved by float noise: 0.3 x 3 (0.8999999999999999) is 90 %', () => {
    expect(predikatFromPk(0.3 * 3, org)).toBe('baik');
    expect(predikatFromPk((1.0 + 1.2 + 1.1) / 3, org)).toBe('baik');
  });

  it('is monotone: a higher capaian PK never gets a lower predikat (any valid banding)', () => {
    const rank = (p: string) => PREDIKAT_ORGANISASI.length - PREDIKAT_ORGANISASI.indexOf(p as never);
    const bounds = fc
      .uniqueArray(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 4 })
      .map((mins) => mins.sort((a, b) => b - a));
    fc.assert(
      fc.property(
        bounds,
        fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        (mins, inclusive, a, b) => {
          const custom = PolicySchema.parse({
            organisation: {
              pkBands: mins.map((min, i) => ({
                predikat: PREDIKAT_ORGANISASI[i],
                min: min / 100,
                inclusive: inclusive[i],
              })),
            },
          }).organisation;
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(rank(predikatFromPk(high, custom))).toBeGreaterThanOrEqual(
            rank(predikatFromPk(low, custom)),
          );
          expect(rank(predikatFromPk(high, org))).toBeGreaterThanOrEqual(rank(predikatFromPk(low, org)));
        },
      ),
    );
  });

  it('refuses bands out of order or a predikat named twice', () => {
    const unordered = PolicySchema.safeParse({
      organisation: {
        pkBands: [
          { predikat: 'baik', min: 0.9, inclusive: true },
          { predikat: 'istimewa', min: 1.1, inclusive: false },
        ],
      },
    });
    expect(unordered.success).toBe(false);
    const twice = PolicySchema.safeParse({
      organisation: {
        pkBands: [
          { predikat: 'baik', min: 1.1, inclusive: true },
          { predikat: 'baik', min: 0.9, inclusive: true },
        ],
      },
    });
    expect(twice.success).toBe(false);
  });
});

describe('capaian PK: the mean of the unit indicators, each capped as the core caps (policy.capaian)', () => {
  it('caps each capaian at 120 % before the mean and skips the uncounted ones (never as 0)', () => {
    expect(capaianPk([2, 0.8], policy.capaian)).toEqual({ capaian: 1, counted: 2 });
    expect(capaianPk([null, 0.9, Number.NaN], policy.capaian)).toEqual({ capaian: 0.9, counted: 1 });
    expect(capaianPk([], policy.capaian)).toEqual({ capaian: null, counted: 0 });
    const uncapped = PolicySchema.parse({ capaian: { aggregationCap: null } }).capaian;
    expect(capaianPk([2, 0.8], uncapped).capaian).toBeCloseTo(1.4, 10);
  });

  it('a typed predikat always wins; the PK proposal applies only without one', () => {
    expect(unitPredikat('baik', 'istimewa')).toEqual({ predikat: 'baik', source: 'tertulis', differs: true });
    expect(unitPredikat('baik', 'baik')).toEqual({ predikat: 'baik', source: 'tertulis', differs: false });
    expect(unitPredikat(null, 'kurang')).toEqual({ predikat: 'kurang', source: 'pk', differs: false });
    expect(unitPredikat(null, null)).toEqual({ predikat: null, source: null, differs: false });
  });
});

/** A Perjanjian Kinerja of the sample Dinas Kesehatan, as an admin would type it. */
function pkTable(
  rows: [unit: string, indikator: string, target: string, realisasi: string, satuan?: string][],
): RawTable {
  return {
    sheet: 'Perjanjian Kinerja',
    columns: { unit: 'A', sasaran_strategis: 'B', indikator: 'C', target: 'D', realisasi: 'E', satuan: 'F' },
    rows: rows.map(([unit, indikator, target, realisasi, satuan], i) => ({
      row: i + 2,
      values: {
        ...(unit ? { unit } : {}),
        sasaran_strategis: 'Meningkatnya derajat kesehatan masyarakat',
        indikator,
        target,
        ...(realisasi ? { realisasi } : {}),
        ...(satuan ? { satuan } : {}),
      },
    })),
  };
}

function withPk(pk: RawTable, typed: Record<string, string> = {}): WorkbookInput {
  const input = sampleWorkbook();
  const units = input.units as RawTable;
  for (const row of units.rows) {
    const name = String(row.values.unit);
    if (name in typed) {
      if (typed[name] === '') delete row.values.predikat_organisasi;
      else row.values.predikat_organisasi = typed[name] as string;
    }
  }
  return { ...input, pk };
}

describe('scoreOrganisation with a Perjanjian Kinerja', () => {
  const pk = pkTable([
    ['Sekretariat', 'Nilai SAKIP Dinas Kesehatan', '70', '71,5'],
    ['', 'Persentase laporan keuangan tepat waktu', '100 %', '95 %', '%'],
    ['Bidang Pelayanan Kesehatan', 'Persentase puskesmas terakreditasi paripurna', '80 %', '92 %', '%'],
    ['Bidang Pelayanan Kesehatan', 'Cakupan pelayanan kesehatan rujukan', '95', '100'],
    ['Bidang Pencegahan dan Pengendalian Penyakit', 'Cakupan imunisasi dasar lengkap', '95 %', '57 %', '%'],
    ['Bidang Pencegahan dan Pengendalian Penyakit', 'Angka penemuan kasus TBC', '1200', ''],
  ]);

  it('gives each unit its capaian PK and proposed predikat; the typed predikat wins and the difference is said', () => {
    const result = scoreOrganisation(withPk(pk, { Sekretariat: '' }), policy);
    const [sekretariat, yankes, p2p] = result.units;
    // (71,5/70 + 95/100) / 2 = (1.0214 + 0.95) / 2 = 0.9857: Baik, from the PK (no predikat typed).
    expect(sekretariat?.capaianPk).toBeCloseTo((71.5 / 70 + 0.95) / 2, 10);
    expect(sekretariat?.pkIndicators).toBe(2);
    expect(sekretariat?.predikatUsulanPk).toBe('baik');
    expect(sekretariat?.predikat).toBe('baik');
    expect(sekretariat?.predikatSumber).toBe('pk');
    expect(sekretariat?.distribution?.predikatSumber).toBe('pk');
    expect(sekretariat?.distribution?.predikatOrganisasi).toBe('baik');
    // (120 % capped of 115 % -> 1.15; 100/95 = 1.0526) / 2 = 1.1013: Istimewa, as typed.
    expect(yankes?.capaianPk).toBeCloseTo((0.92 / 0.8 + 100 / 95) / 2, 10);
    expect(yankes?.predikatUsulanPk).toBe('istimewa');
    expect(yankes?.predikatSumber).toBe('tertulis');
    // 57/95 = 60 %: Kurang proposed; "Butuh Perbaikan" typed wins, the difference is reported at its cell.
    expect(p2p?.capaianPk).toBeCloseTo(0.6, 10);
    expect(p2p?.pkIndicators).toBe(1);
    expect(p2p?.predikatUsulanPk).toBe('kurang');
    expect(p2p?.predikat).toBe('butuh_perbaikan');
    expect(p2p?.predikatSumber).toBe('tertulis');
    expect(p2p?.distribution?.predikatSumber).toBe('tertulis');
    const differs = result.issues.filter((i) => i.code === 'PK_PREDIKAT_DIFFERS');
    expect(differs).toHaveLength(1);
    expect(formatIssue(differs[0]!)).toContain('Butuh Perbaikan');
    expect(formatIssue(differs[0]!)).toContain('Kurang');
    expect(formatIssue(differs[0]!)).toContain('60 %');
    expect(differs[0]?.at).toMatchObject({ sheet: 'Unit', row: 4, column: 'B' });
    // The empty realisasi is said at its cell, not dropped.
    const empty = result.issues.find((i) => i.code === 'PK_REALISASI_EMPTY');
    expect(empty?.at).toMatchObject({ sheet: 'Perjanjian Kinerja', row: 7, column: 'E' });
  });

  it('reports an unknown unit at its cell and a bad realisasi with sheet, row and column', () => {
    const result = scoreOrganisation(
      withPk(
        pkTable([
          ['Bidang Kesehatan Masyarakat', 'Persentase ibu hamil mendapat layanan', '100 %', '97 %', '%'],
          ['Sekretariat', 'Indeks kepuasan layanan', '80', 'delapan puluh lima koma'],
        ]),
      ),
      policy,
    );
    const unknown = result.issues.find((i) => i.code === 'PK_UNIT_UNKNOWN');
    expect(unknown?.params?.unit).toBe('Bidang Kesehatan Masyarakat');
    expect(unknown?.at).toMatchObject({ sheet: 'Perjanjian Kinerja', row: 2, column: 'A' });
    const bad = result.issues.find((i) => i.at?.sheet === 'Perjanjian Kinerja' && i.at.row === 3);
    expect(bad?.at?.column).toBe('E');
    expect(result.units[0]?.capaianPk).toBeNull();
    expect(result.units[0]?.pkIndicators).toBe(0);
    expect(result.units[0]?.predikatSumber).toBe('tertulis');
  });

  it('without a PK the units are as before: no capaian PK, predikat typed', () => {
    const result = scoreOrganisation(sampleWorkbook(), policy);
    for (const u of result.units) {
      expect(u.capaianPk).toBeNull();
      expect(u.predikatUsulanPk).toBeNull();
      expect(u.predikatSumber).toBe('tertulis');
    }
  });

  it('a PK table without a realisasi column is reported, never scored from half the pair', () => {
    const table = pkTable([['Sekretariat', 'Nilai SAKIP', '70', '']]);
    delete table.columns.realisasi;
    const result = scoreOrganisation(withPk(table), policy);
    expect(result.issues.find((i) => i.code === 'PK_COLUMNS_MISSING')?.params?.missing).toBe('realisasi');
    expect(result.units.every((u) => u.capaianPk === null)).toBe(true);
  });
});
