/**
 * A target header naming another year than the period scored ("Target 2024" on a table of Maret 2025) holds
 * that year's targets: comparing 2025's realisasi with them (prorated or as written) gives a wrong capaian,
 * silently. The core refuses the table's rows with the basis (shared/score/prorate.ts decidePeriodBasis,
 * PeriodBasis.refusal), as it refuses a realisasi header naming another period; one rule for Hitung nilai and
 * the overlay's period module. The same year, or no period known, is scored as before.
 */
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/messages/format';
import type { RawTable } from '../../shared/model/input';
import type { Period } from '../../shared/parse/period';
import { scoreOrganisation } from '../../shared/pipeline';
import { defaultPolicy } from '../../shared/policy/schema';
import { decidePeriodBasis, targetForPeriod } from '../../shared/score/prorate';
import { headerYear } from '../../shared/score/target-span';

const policy = defaultPolicy();
const month = (index: number, year = 2025): Period => ({ kind: 'month', year, index });
const quarter = (index: number, year = 2025): Period => ({ kind: 'quarter', year, index });
const semester = (index: number, year = 2025): Period => ({ kind: 'semester', year, index });
const year = (y: number): Period => ({ kind: 'year', year: y, index: 1 });

const decide = (targetHeader: string, period: Period | null, rules = policy.periods) =>
  decidePeriodBasis({ targetHeader, realisasiHeader: 'Realisasi', hasRealisasiColumn: true, period }, rules);

const IZIN = { kind: 'single', value: 1200, scale: 'bare' } as const;

describe('headerYear', () => {
  it('reads the one year a target header names, however written', () => {
    for (const header of [
      'Target 2024',
      'TARGET 2024',
      'TARGET TAHUN 2024',
      'Target (2024)',
      'Target Tahunan 2024',
      'Target Thn. 2024',
      'Target Kinerja TA 2024',
      'Target TW II 2024',
    ])
      expect(headerYear(header), header).toBe(2024);
  });

  it('reads none from a header naming no year, or two', () => {
    for (const header of [
      'Target',
      'Target Tahunan',
      'Target TW II',
      'Target 100',
      'Target 12',
      'Target 20245',
      'Target Renstra 2021-2026',
      'Target 2024/2025',
    ])
      expect(headerYear(header), header).toBeUndefined();
    expect(headerYear(undefined)).toBeUndefined();
  });
});

describe('decidePeriodBasis with a target header naming another year', () => {
  it('refuses every row, naming the header, its year and the period scored (before: prorated silently)', () => {
    for (const header of ['Target 2024', 'TARGET TAHUN 2024', 'Target (2024)']) {
      const { basis, notes } = decide(header, month(3));
      expect(notes, header).toEqual([]);
      const refusal = basis?.refusal;
      expect(refusal?.code, header).toBe('PERIOD_TARGET_HEADER_OTHER_YEAR');
      expect(refusal?.severity).toBe('error');
      const said = formatIssue(refusal!);
      expect(said).toContain(`"${header}"`);
      expect(said).toContain('menyebut tahun 2024');
      expect(said).toContain('periode penilaian tabel ini Maret 2025');
      expect(said).toContain('capaian tabel ini tidak dihitung');
      expect(said).toContain(
        'Ubah judul kolom target bila targetnya untuk tahun 2025, atau nilai periode tahun 2024',
      );
      expect(said).not.toContain('2.024');
      const en = formatIssue(refusal!, 'en');
      expect(en).toContain('names the year 2024');
      expect(en).toContain('Rename the target header');
      // Each row's target is refused with it: no share of 2024's target is taken, nor the target as written.
      const chosen = targetForPeriod(IZIN, basis!, 'Dokumen', 'Jumlah izin yang diterbitkan');
      expect('ok' in chosen && chosen.issue.code, header).toBe('PERIOD_TARGET_HEADER_OTHER_YEAR');
    }
  });

  it('refuses on a quarter, a semester and a year, and whatever the span or the policy', () => {
    expect(decide('Target 2024', quarter(2)).basis?.refusal?.code).toBe('PERIOD_TARGET_HEADER_OTHER_YEAR');
    expect(decide('Target 2024', semester(1)).basis?.refusal?.code).toBe('PERIOD_TARGET_HEADER_OTHER_YEAR');
    expect(decide('Target 2024', year(2025)).basis?.refusal?.code).toBe('PERIOD_TARGET_HEADER_OTHER_YEAR');
    // A period's target of another year ("Target TW II 2024") is another year's too.
    expect(decide('Target TW II 2024', quarter(2)).basis?.refusal?.code).toBe(
      'PERIOD_TARGET_HEADER_OTHER_YEAR',
    );
    // The policy decides the span, never the year.
    for (const targets of ['tahunan', 'periodik'] as const)
      expect(decide('Target 2024', month(3), { ...policy.periods, targets }).basis?.refusal?.code).toBe(
        'PERIOD_TARGET_HEADER_OTHER_YEAR',
      );
    // A later year too ("Target 2026" on a 2025 table).
    expect(decide('Target 2026', month(3)).basis?.refusal?.code).toBe('PERIOD_TARGET_HEADER_OTHER_YEAR');
  });

  it('leaves the year scored as it was: "Target 2025" on 2025 is annual and prorated with its note', () => {
    for (const header of ['Target 2025', 'TARGET TAHUN 2025', 'Target (2025)']) {
      const { basis, notes } = decide(header, month(3));
      expect(notes, header).toEqual([]);
      expect(basis?.refusal, header).toBeUndefined();
      expect(basis?.targetSpan, header).toBe('annual');
      const chosen = targetForPeriod(IZIN, basis!, 'Dokumen', 'Jumlah izin yang diterbitkan');
      expect('target' in chosen && chosen.target, header).toEqual({
        kind: 'single',
        value: 100,
        scale: 'bare',
      });
      expect('note' in chosen && chosen.note?.code).toBe('PERIOD_TARGET_PRORATED_PERIODIC');
    }
    // A year scored as that year: its target as written.
    expect(decide('Target 2024', year(2024)).basis?.refusal).toBeUndefined();
    // A periodic header of the year scored: the period's own targets, as before.
    expect(decide('Target TW II 2025', quarter(2)).basis).toBeNull();
  });

  it('changes nothing when no period is known (the annual target is compared as written, and said)', () => {
    const { basis, notes } = decide('Target 2024', null);
    expect(basis).toBeNull();
    expect(notes.map((n) => n.issue.code)).toEqual(['PERIOD_TARGET_ANNUAL_NO_PERIOD']);
  });
});

describe('Hitung nilai\'s pipeline on a 2025 table with "Target 2024"', () => {
  it('computes no capaian and says it once, on the target column', () => {
    const NIPS = ['198605142010012007', '199002202015031004'];
    const employees: RawTable = {
      sheet: 'Pegawai',
      columns: { nip: 'A', nama: 'B', unit: 'C' },
      rows: [
        { row: 2, values: { nip: NIPS[0], nama: 'Ratna Kusumawati', unit: 'Bidang Pelayanan' } },
        { row: 3, values: { nip: NIPS[1], nama: 'Agus Salim', unit: 'Bidang Pelayanan' } },
      ],
    };
    const indicators: RawTable = {
      sheet: 'SKP',
      columns: { nip: 'A', indikator: 'B', satuan: 'C', target: 'D', realisasi: 'E' },
      headers: { target: 'Target 2024', realisasi: 'Realisasi' },
      rows: [
        {
          row: 6,
          values: {
            nip: NIPS[0],
            indikator: 'Jumlah izin',
            satuan: 'Dokumen',
            target: '1200',
            realisasi: '100',
          },
        },
        {
          row: 7,
          values: {
            nip: NIPS[1],
            indikator: 'Jumlah aduan',
            satuan: 'Laporan',
            target: '240',
            realisasi: '20',
          },
        },
      ],
    };
    const result = scoreOrganisation({ employees, indicators, period: month(3) }, policy);
    // Before: 100 of 1200/12 = 100 %, against 2024's target.
    expect(result.employees.map((e) => e.capaian)).toEqual([null, null]);
    const said = result.issues.filter((i) => i.code === 'PERIOD_TARGET_HEADER_OTHER_YEAR');
    expect(said).toHaveLength(1);
    expect(said[0]?.at).toEqual({ sheet: 'SKP', column: 'D' });
    // The realisasi refusal stays at its own column.
    const other = scoreOrganisation(
      {
        employees,
        indicators: { ...indicators, headers: { target: 'Target 2025', realisasi: 'Realisasi s.d. TW II' } },
        period: quarter(1),
      },
      policy,
    );
    const realisasiSaid = other.issues.filter((i) => i.code === 'PERIOD_REALISASI_HEADER_OTHER_PERIOD');
    expect(realisasiSaid.map((i) => i.at)).toEqual([{ sheet: 'SKP', column: 'E' }]);
  });
});

describe('a year that is not the table year, a revised target, and a realisasi header naming another year', () => {
  const basisOf = (targetHeader: string, realisasiHeader: string, period: Period | null = month(3)) =>
    decidePeriodBasis({ targetHeader, realisasiHeader, hasRealisasiColumn: true, period }, policy.periods);

  it('reads the year after a period number or in a date, and refuses it when it is another', () => {
    for (const header of ['Target TW 1 2024', 'Target Triwulan 1 2024', 'Target Semester 2 2024'])
      expect(headerYear(header), header).toBe(2024);
    expect(headerYear('Realisasi s.d. 31/12/2024')).toBe(2024);
    expect(basisOf('Target TW 1 2024', 'Realisasi').basis?.refusal?.code).toBe(
      'PERIOD_TARGET_HEADER_OTHER_YEAR',
    );
    expect(basisOf('Target', 'Realisasi TW 1 2024').basis?.refusal?.code).toBe(
      'PERIOD_REALISASI_HEADER_OTHER_YEAR',
    );
  });

  it('prorates "Target TA 2025" and "Target 2025 Perubahan PK" as annual, like "Target Tahun Anggaran 2025"', () => {
    for (const header of ['Target TA 2025', 'Target 2025 Perubahan PK', 'Target Tahun Anggaran 2025'])
      expect(basisOf(header, 'Realisasi').basis?.targetSpan, header).toBe('annual');
  });

  it("leaves a regulation's year alone (before: 'Target (Perpres 18/2020)' refused the whole table)", () => {
    for (const header of [
      'Target (Perpres 18/2020)',
      'Target SE 3/2023',
      'Target sesuai Permenpan 6 Tahun 2022',
    ])
      expect(headerYear(header), header).toBeUndefined();
    expect(basisOf('Target (Perpres 18/2020)', 'Realisasi').basis).toBeNull();
  });

  it('prorates a revised or PK target of the year scored as annual (before: compared as March own, silently)', () => {
    for (const header of ['Target 2025 (Perubahan)', 'Target Perubahan 2025', 'Target PK 2025']) {
      const { basis } = basisOf(header, 'Realisasi');
      expect(basis?.targetSpan, header).toBe('annual');
      expect(basis?.refusal, header).toBeUndefined();
    }
    expect(basisOf('Target 2024 (Perubahan)', 'Realisasi').basis?.refusal?.code).toBe(
      'PERIOD_TARGET_HEADER_OTHER_YEAR',
    );
  });

  it('refuses a realisasi header naming another year, whatever the target (before: compared silently)', () => {
    for (const [target, realisasi] of [
      ['Target 2025', 'Realisasi 2024'],
      ['Target 2025', 'Realisasi Tahun 2024'],
      ['Target', 'Realisasi Maret 2024'],
      ['Target', 'Realisasi 2024'],
    ] as const) {
      const refusal = basisOf(target, realisasi).basis?.refusal;
      expect(refusal?.code, `${target} / ${realisasi}`).toBe('PERIOD_REALISASI_HEADER_OTHER_YEAR');
      const said = formatIssue(refusal!);
      expect(said).toContain(`"${realisasi}"`);
      expect(said).toContain('menyebut tahun 2024');
      expect(said).toContain('periode penilaian tabel ini Maret 2025');
      expect(formatIssue(refusal!, 'en')).toContain('names the year 2024');
    }
    // The year scored, or no period known: as before.
    expect(basisOf('Target', 'Realisasi Maret 2025').basis).toBeNull();
    expect(basisOf('Target', 'Realisasi 2024', null).basis).toBeNull();
  });

  it('refuses such a table in Hitung nilai once, on the realisasi column', () => {
    const result = scoreOrganisation(
      {
        employees: {
          sheet: 'Pegawai',
          columns: { nip: 'A', nama: 'B' },
          rows: [{ row: 2, values: { nip: '198804122010012004', nama: 'Rina Wulandari' } }],
        },
        indicators: {
          sheet: 'SKP Maret',
          columns: { nip: 'A', indikator: 'B', target: 'C', realisasi: 'D', satuan: 'E' },
          headers: { target: 'Target', realisasi: 'Realisasi Maret 2024' },
          rows: [
            {
              row: 2,
              values: {
                nip: '198804122010012004',
                indikator: 'Izin terbit',
                target: '100',
                realisasi: '90',
                satuan: 'Dokumen',
              },
            },
            {
              row: 3,
              values: {
                nip: '198804122010012004',
                indikator: 'Aduan selesai',
                target: '20',
                realisasi: '18',
                satuan: 'Aduan',
              },
            },
          ],
        } satisfies RawTable,
        period: month(3),
      },
      policy,
    );
    expect(result.employees[0]?.indicators.map((i) => i.capaian)).toEqual([null, null]);
    const said = result.issues.filter((i) => i.code === 'PERIOD_REALISASI_HEADER_OTHER_YEAR');
    expect(said).toHaveLength(1);
    expect(said[0]?.at).toMatchObject({ sheet: 'SKP Maret', column: 'D' });
  });
});
