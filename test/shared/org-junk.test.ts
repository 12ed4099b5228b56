import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as org from '../../shared/org';
import { RB_AREAS, SAKIP_ANSWERS } from '../../shared/policy/schema';
import { as, expectClean, junk, junkRows, policies, sometimes } from './junk';

/*
 * Every exported function of shared/org called with junk in place of user input: it must not throw,
 * and nothing it returns may hold NaN, Infinity or "undefined".
 */

const number = fc.double({ min: -200, max: 200, noNaN: true });
const text = (...good: string[]) => sometimes(fc.oneof(fc.constantFrom(...good), fc.string()));
const run = (property: fc.IProperty<unknown[]>) => fc.assert(property, { numRuns: 300 });

describe('shared/org never throws on junk and never shows NaN', () => {
  it('evaluateSakip, sakipGrade, normaliseName', () => {
    run(
      fc.property(
        junkRows({
          component: text('Perencanaan Kinerja', '2. Pengukuran', 'evaluasi'),
          subComponent: text('Keberadaan', 'b. Kualitas', 'pemanfaatan'),
          criterion: text('Renstra telah disusun'),
          answer: text(...SAKIP_ANSWERS, 'Ya', 'Tidak'),
          row: sometimes(fc.nat(500)),
        }),
        sometimes(number),
        policies,
        (answers, score, policy) => {
          expectClean(org.evaluateSakip(as(answers), policy.sakip), answers);
          expectClean(org.sakipGrade(as(score), policy.sakip), score);
          expectClean(org.normaliseName(as(answers)), answers);
        },
      ),
    );
  });

  it('evaluateRb', () => {
    const area = junkRows({
      area: text(...RB_AREAS.map((a) => a.label)),
      pemenuhan: sometimes(number),
      hasilAntara: sometimes(number),
      reform: sometimes(number),
      row: sometimes(fc.nat(500)),
    });
    const hasil = junkRows({
      indicator: text('Kinerja Organisasi', 'pelayanan_publik'),
      value: sometimes(number),
      row: junk,
    });
    const input = fc.oneof(
      fc.record(
        { areas: area, hasil, scale: sometimes(fc.constantFrom('fraction', 'percent', 'auto')) },
        { requiredKeys: [] },
      ),
      junk,
    );
    run(fc.property(input, policies, (i, policy) => expectClean(org.evaluateRb(as(i), policy.rb), i)));
  });

  it('rankUnits', () => {
    const units = junkRows({
      unit: text('Dinas Kesehatan', 'Bappeda', 'Kecamatan Menggala'),
      score: sometimes(number),
      previous: sometimes(number),
    });
    run(fc.property(units, policies, (u, policy) => expectClean(org.rankUnits(as(u), policy.reward), u)));
  });

  it('isSakipWorkbookSheet, readSakipWorkbook', () => {
    // What an LKE/KKE cell shows: percents in both locales, answers, placeholders, labels and garbage.
    const cell = fc.oneof(
      fc.constantFrom('6.00%', '6,00%', '10,60%', '0.06', '6', '30', '100%', '0%', '-6%', '1e308%', '1e308'),
      fc.constantFrom('Y', 'T', 'AA', 'B', 'E', 'Ya', 'Tidak', 'Y/T', 'A/B/C/D', 'Belum Diisi', '-', '', ' '),
      fc.constantFrom('Perencanaan Kinerja', 'A. Perencanaan Kinerja', 'Pengukuran Kinerja', 'Pemenuhan'),
      fc.constantFrom('Kualitas', 'Pemanfaatan', '1.1 Keberadaan', 'Capaian Kinerja', 'b) kualitas'),
      fc.constantFrom('Nilai Akuntabilitas Kinerja', 'Total', 'Predikat', 'B (Baik)', 'CC', 'Sangat Baik'),
      fc.constantFrom('NaN', 'undefined', '#REF!', 'Infinity%', '12 Dokumen'),
      fc.string({ maxLength: 8 }),
    );
    const often = (good: fc.Arbitrary<string>) =>
      fc.oneof(
        { arbitrary: good, weight: 14 },
        { arbitrary: cell, weight: 1 },
        { arbitrary: junk, weight: 1 },
      );
    const componentCell = often(
      fc.constantFrom('Perencanaan Kinerja', 'B. Pengukuran Kinerja', 'Pelaporan Kinerja', 'Evaluasi'),
    );
    const subNames = fc.shuffledSubarray(['Pemenuhan', 'Kualitas', 'Pemanfaatan', 'Capaian'], {
      maxLength: 4,
    });
    const weightCell = often(fc.constantFrom('6.00%', '6,00%', '9%', '15,00%', '0.06', '0.3', '6', '30'));
    const scoreCell = often(fc.constantFrom('5.40%', '5,40%', '8,1%', '0.054', '7', '', '0,00%'));
    const answerCell = often(
      fc.constantFrom('Y', 'T', 'AA', 'B', 'E', 'Ya', 'Tidak', 'Y/T', 'Belum Diisi', '-', '', '75%'),
    );
    /** A component row, then its sub-component rows, each row `[component, sub, weight, ...rounds]`. */
    const block = fc
      .tuple(
        fc.tuple(componentCell, weightCell, fc.array(scoreCell, { maxLength: 6 })),
        subNames.chain((names) =>
          fc.tuple(
            ...names.map((name) =>
              fc.tuple(often(fc.constant(name)), weightCell, fc.array(scoreCell, { maxLength: 6 })),
            ),
          ),
        ),
        // Criteria answered under the sub-component (criteria sheet), in the round columns.
        fc.array(fc.array(answerCell, { maxLength: 6 }), { maxLength: 3 }),
      )
      .map(([[c, w, scores], subs, loose]) => [
        [c, '', w, ...scores],
        ...subs.map(([sub, sw, ss]) => ['', sub, sw, ...ss]),
        ...loose.map((answers) => ['', '', '', ...answers]),
      ]);
    const header = (...good: string[]) =>
      fc.oneof({ arbitrary: fc.constantFrom(...good), weight: 12 }, { arbitrary: fc.string(), weight: 1 });
    const round = header(
      'PENILAIAN MANDIRI (OPD)',
      'Nilai Mandiri',
      'VERVAL (BAPPEDA;BAGOR;INSPEKTORAT)',
      'Verifikasi/Validasi',
      'PENJAMINAN KUALITAS',
      'PENILAIAN FINAL',
      'Nilai Akhir',
      'KRITERIA',
      'KETERANGAN',
    );
    const ROUND_HEADERS = ['PENILAIAN MANDIRI (OPD)', 'VERVAL', 'PENJAMINAN KUALITAS', 'PENILAIAN FINAL'];
    /** A sheet laid out like a resume or criteria sheet, each part sometimes damaged. */
    const laidOut = fc.integer({ min: 0, max: 2 }).chain((prefix) => {
      const at = (...parts: fc.Arbitrary<unknown>[]) =>
        fc
          .tuple(fc.array(cell, { minLength: prefix, maxLength: prefix }), ...parts)
          .map(([lead, ...rest]) => [...lead, ...rest.flat()]);
      return fc.record({
        name: text('RESUME', 'LKE', 'KKE 2024', "Rekap 'Mei'", ''),
        grid: fc
          .tuple(
            fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 2 }),
            fc.option(fc.constant(Array.from({ length: 10 }, (_, i) => String(i + 1)))),
            at(
              header('KOMPONEN', 'Komponen'),
              header('SUB-KOMPONEN', 'Sub Komponen', 'SUBKOMPONEN'),
              header('BOBOT', 'BOBOT (%)'),
              fc.oneof(
                fc.shuffledSubarray(ROUND_HEADERS, { minLength: 1 }),
                fc.array(round, { minLength: 1, maxLength: 5 }),
              ),
            ),
            fc.option(
              at(
                fc.array(fc.constantFrom('', 'KRITERIA PENILAIAN', 'NILAI', 'KOEFISIEN', 'JAWABAN'), {
                  maxLength: 8,
                }),
              ),
            ),
            fc.array(fc.constantFrom('A01', 'A', '1', ''), { minLength: prefix, maxLength: prefix }),
            fc.array(
              fc.oneof(
                { arbitrary: block, weight: 4 },
                { arbitrary: fc.array(junk, { maxLength: 1 }), weight: 1 },
              ),
              { maxLength: 4 },
            ),
            // The workbook's own total and predikat rows, labelled left of the component column.
            fc.array(
              fc.tuple(
                text('Nilai Akuntabilitas Kinerja', 'Total', 'Jumlah', 'Predikat', 'Kategori'),
                fc.array(often(fc.constantFrom('65,20%', '24.10%', '0.652', 'B (Baik)', 'CC', 'Baik')), {
                  maxLength: 6,
                }),
              ),
              { maxLength: 2 },
            ),
          )
          .map(([title, numbers, head, second, codes, rows, tail]) => [
            ...title,
            ...(numbers ? [numbers] : []),
            head,
            ...(second ? [second] : []),
            ...rows.flat().map((row) => (Array.isArray(row) ? [...codes, ...row] : row)),
            ...tail.map(([label, figures]) => [label, ...Array<string>(prefix + 2).fill(''), ...figures]),
          ]),
        values: fc.option(
          fc.array(
            fc.array(sometimes(fc.oneof(fc.double({ min: -2, max: 200, noNaN: true }), fc.constant(null))), {
              maxLength: 10,
            }),
            { maxLength: 14 },
          ),
          { nil: undefined },
        ),
        // Spans stay small: the merge loop walks numColumns columns, so a huge one would hang, not fail.
        merges: fc.option(
          fc.array(
            fc.oneof(
              fc.record({
                row: fc.integer({ min: -1, max: 8 }),
                column: fc.integer({ min: -1, max: 10 }),
                numRows: fc.integer({ min: 0, max: 3 }),
                numColumns: fc.integer({ min: 0, max: 4 }),
              }),
              fc.record({ row: junk, column: junk, numRows: fc.nat(3), numColumns: fc.nat(4) }),
            ),
            { maxLength: 3 },
          ),
          { nil: undefined },
        ),
      });
    });
    const damaged = fc.record(
      {
        name: text('RESUME'),
        grid: fc.oneof(fc.array(fc.oneof(fc.array(fc.oneof(cell, junk), { maxLength: 6 }), junk)), junk),
        values: junk,
        merges: fc.oneof(fc.array(junk, { maxLength: 2 }), junk),
      },
      { requiredKeys: [] },
    );
    const sheets = fc.oneof(
      {
        arbitrary: fc.array(fc.oneof({ arbitrary: laidOut, weight: 4 }, damaged, junk), {
          minLength: 1,
          maxLength: 3,
        }),
        weight: 4,
      },
      { arbitrary: fc.array(laidOut, { maxLength: 3 }), weight: 4 },
      { arbitrary: junk, weight: 1 },
    );
    run(
      fc.property(sheets, policies, (s, policy) => {
        if (Array.isArray(s))
          for (const sheet of s) expectClean(org.isSakipWorkbookSheet(as(sheet), policy.sakip), sheet);
        expectClean(org.readSakipWorkbook(as(s), policy.sakip), s);
      }),
    );
  });

  it('isRbActionSheet, readRbActionPlan, monitorActions, rbActionSnapshot, parseRbActionSnapshot', () => {
    // What a Rencana Aksi RB cell shows: header labels, areas, statuses, deadlines, progress and garbage.
    const cell = fc.oneof(
      fc.constantFrom(
        'Rekomendasi',
        'No. Rekomendasi',
        'Rencana Aksi',
        'Area Perubahan',
        'Pengampu',
        'Tenggat',
      ),
      fc.constantFrom('Status', 'Progres (%)', 'Bukti Dukung', 'OPD Percontohan', 'Output', 'Kegiatan', 'No'),
      fc.constantFrom(
        'Manajemen Perubahan',
        '3. Penataan Tatalaksana',
        'Pengawasan; Pelayanan Publik',
        'Area X',
      ),
      fc.constantFrom('Selesai', 'Dalam Proses', 'Belum', 'Hampir', '', '-', 'Bagian Organisasi; BKPSDM'),
      fc.constantFrom(
        '31/12/2025',
        '12/31/2025',
        'Juni 2025',
        'Triwulan II 2025',
        'Desember',
        '2025-02-30',
        '1e308',
      ),
      fc.constantFrom(
        '75%',
        '0,5',
        '3 dari 4',
        '7/0',
        '150%',
        '-5',
        'NaN',
        'Infinity%',
        'undefined',
        '#REF!',
      ),
      fc.string({ maxLength: 8 }),
    );
    const header = fc.shuffledSubarray(
      [
        'No Rekomendasi',
        'Rekomendasi',
        'Rencana Aksi',
        'Area Perubahan',
        'Pengampu',
        'Tenggat',
        'Status',
        'Progres',
        'Bukti Dukung',
      ],
      { minLength: 2 },
    );
    const laidOut = fc.record({
      name: text('Rencana Aksi RB', 'Renaksi', ''),
      grid: fc
        .tuple(
          fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 2 }),
          header,
          fc.array(
            fc.array(fc.oneof({ arbitrary: cell, weight: 8 }, { arbitrary: junk, weight: 1 }), {
              maxLength: 10,
            }),
            {
              maxLength: 8,
            },
          ),
        )
        .map(([title, head, rows]) => [...title, head, ...rows]),
      merges: fc.option(
        fc.array(
          fc.record({
            row: fc.integer({ min: -1, max: 8 }),
            column: fc.integer({ min: -1, max: 10 }),
            numRows: fc.integer({ min: 0, max: 3 }),
            numColumns: fc.integer({ min: 0, max: 4 }),
          }),
          { maxLength: 3 },
        ),
        { nil: undefined },
      ),
    });
    const sheets = fc.oneof(
      {
        arbitrary: fc.array(fc.oneof({ arbitrary: laidOut, weight: 4 }, junk), {
          minLength: 1,
          maxLength: 2,
        }),
        weight: 4,
      },
      { arbitrary: junk, weight: 1 },
    );
    const asOf = text('2025-09-30', '2025-02-30', '30/09/2025');
    run(
      fc.property(sheets, asOf, junk, policies, (s, day, stored, policy) => {
        if (Array.isArray(s))
          for (const sheet of s) expectClean(org.isRbActionSheet(as(sheet), policy.rbActions), sheet);
        const plan = org.readRbActionPlan(as(s), policy.rbActions);
        expectClean(plan, s);
        const actions = plan.ok ? plan.value.actions : as(s);
        const previous = org.parseRbActionSnapshot(stored);
        expectClean(previous, stored);
        const m = org.monitorActions(
          as(actions),
          as(day),
          previous.ok ? previous.value : as(stored),
          policy.rbActions,
        );
        expectClean(m, s, day, stored);
        if (plan.ok) expectClean(org.rbActionSnapshot(plan.value.actions, '2025-09-30'), s);
      }),
    );
  });

  it('isRbWorkbookSheet, readRbWorkbook, rbGrade', () => {
    // What an LKE RB cell shows: headers, headings, answers, weights, percents and garbage.
    const cell = fc.oneof(
      fc.constantFrom('Indikator', 'URAIAN', 'Area Perubahan', 'Bagian', 'Bobot', 'Jenis Jawaban', 'Catatan'),
      fc.constantFrom('Jawaban Penilaian Mandiri', 'PENILAIAN MANDIRI', 'Jawaban Verifikasi', 'TPI', 'Nilai'),
      fc.constantFrom('I. PEMENUHAN', 'Hasil Antara', 'Reform', 'B. HASIL', 'Pemenuhan', 'Proses'),
      fc.constantFrom('1. Manajemen Perubahan', 'Penataan Tatalaksana', 'Kinerja Organisasi', 'Area X'),
      fc.constantFrom('Ya', 'Tidak', 'Y', 'T', 'A', 'B', 'E', 'Z', 'Y/T', '-', '', ' ', 'Ya/Tidak', 'A/B/C'),
      fc.constantFrom('85%', '85', '0,85', '1,5', '120%', '-5', '1e308', '1e308%', 'NaN', 'Infinity%'),
      fc.constantFrom('undefined', '#REF!', '12 Dokumen', 'Persentase', 'https://drive.google.com/x'),
      fc.string({ maxLength: 8 }),
    );
    const header = fc.shuffledSubarray(
      [
        'Area Perubahan',
        'Indikator',
        'Bagian',
        'Bobot',
        'Jenis Jawaban',
        'Jawaban Penilaian Mandiri',
        'Jawaban Verifikasi',
        'Penilaian Final',
        'Link Bukti Dukung',
      ],
      { minLength: 2 },
    );
    const laidOut = fc.record({
      name: text('LKE RB', 'PMPRB 2025', ''),
      grid: fc
        .tuple(
          fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 2 }),
          header,
          fc.array(
            fc.array(fc.oneof({ arbitrary: cell, weight: 8 }, { arbitrary: junk, weight: 1 }), {
              maxLength: 10,
            }),
            {
              maxLength: 10,
            },
          ),
        )
        .map(([title, head, rows]) => [...title, head, ...rows]),
      values: fc.option(
        fc.array(
          fc.array(sometimes(fc.oneof(fc.double({ min: -2, max: 200, noNaN: true }), fc.constant(null))), {
            maxLength: 10,
          }),
          {
            maxLength: 14,
          },
        ),
        { nil: undefined },
      ),
      merges: fc.option(
        fc.array(
          fc.record({
            row: fc.integer({ min: -1, max: 8 }),
            column: fc.integer({ min: -1, max: 10 }),
            numRows: fc.integer({ min: 0, max: 3 }),
            numColumns: fc.integer({ min: 0, max: 4 }),
          }),
          { maxLength: 3 },
        ),
        { nil: undefined },
      ),
    });
    const sheets = fc.oneof(
      {
        arbitrary: fc.array(fc.oneof({ arbitrary: laidOut, weight: 4 }, junk), {
          minLength: 1,
          maxLength: 2,
        }),
        weight: 4,
      },
      { arbitrary: junk, weight: 1 },
    );
    run(
      fc.property(sheets, sometimes(number), policies, (s, score, policy) => {
        if (Array.isArray(s))
          for (const sheet of s) expectClean(org.isRbWorkbookSheet(as(sheet), policy.rb), sheet);
        expectClean(org.readRbWorkbook(as(s), policy.rb), s);
        expectClean(org.rbGrade(as(score), policy.rb), score);
      }),
    );
  });
});

describe('the Perjanjian Kinerja helpers never throw and never answer NaN', () => {
  it('predikatFromPk, capaianPk and unitPredikat', () => {
    const predikat = sometimes(
      fc.constantFrom('istimewa', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'),
    );
    run(
      fc.property(
        sometimes(number),
        fc.array(sometimes(number)),
        predikat,
        predikat,
        policies,
        (c, list, a, b, policy) => {
          expectClean(org.predikatFromPk(as(c), policy.organisation), c);
          expectClean(org.capaianPk(as(list), policy.capaian), list);
          expectClean(org.unitPredikat(as(a), as(b)), [a, b]);
        },
      ),
    );
  });

  it('pkPeriodGroups and choosePkColumns on any header', () => {
    const label = text(
      'Triwulan I',
      'Triwulan II',
      'TW III',
      'Semester 1',
      'Target',
      'Realisasi',
      'Capaian',
      '',
    );
    const header = fc.array(fc.array(label, { maxLength: 8 }), { maxLength: 3 });
    run(
      fc.property(sometimes(header), sometimes(fc.integer({ min: 1990, max: 2100 })), (h, year) => {
        const groups = org.pkPeriodGroups(as(h), as(year));
        expectClean(groups, h);
        expectClean(org.choosePkColumns(groups, null, { sheet: 'PK', row: 3 }), h);
        expectClean(
          org.choosePkColumns(groups, { kind: 'quarter', index: 2, year: 2025 } as never, {
            sheet: 'PK',
            row: 3,
          }),
          h,
        );
      }),
    );
  });
});

it('covers every exported function of shared/org', () => {
  const tested = [
    'evaluateSakip',
    'sakipGrade',
    'normaliseName',
    'evaluateRb',
    'rankUnits',
    'isSakipWorkbookSheet',
    'readSakipWorkbook',
    'isRbActionSheet',
    'readRbActionPlan',
    'monitorActions',
    'rbActionSnapshot',
    'parseRbActionSnapshot',
    'isRbWorkbookSheet',
    'readRbWorkbook',
    'rbGrade',
    'predikatFromPk',
    'capaianPk',
    'unitPredikat',
    'pkPeriodGroups',
    'choosePkColumns',
  ];
  const exported = Object.entries(org)
    .filter(([, v]) => typeof v === 'function')
    .map(([k]) => k);
  expect(exported.sort()).toEqual(tested.sort());
});
