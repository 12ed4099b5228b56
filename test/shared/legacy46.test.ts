import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recognizeColumns, recognizeTable } from '../../shared/columns';
import { formatIssue } from '../../shared/messages/format';
import { scoreOrganisation } from '../../shared/pipeline';
import { defaultPolicy, PolicySchema } from '../../shared/policy/schema';
import { sheetTable } from '../../shared/sample/table';
import { pp46Category, pp46Mismatches, prestasiKerja46 } from '../../shared/score/legacy46';
import { issueText, value } from './result';
import { pp46ScoreFields } from './wild-headers';

/*
 * The PP 46/2011 prestasi kerja recap as a scheme of its own: nilai prestasi kerja = SKP x 60% + the
 * average of the perilaku aspects x 40%, with the regulation's categories; the sheet's own figures are
 * checked cell by cell.
 */

const pp46 = defaultPolicy().legacy.pp46;

describe('nilai prestasi kerja (PP 46/2011)', () => {
  it('computes a structural official with six aspects (hand-checked)', () => {
    const r = value(
      prestasiKerja46(
        {
          skp: 84.5,
          aspects: {
            orientasi_pelayanan: 80,
            integritas: 78,
            komitmen: 79,
            disiplin: 82,
            kerjasama: 80,
            kepemimpinan: 76,
          },
        },
        pp46,
      ),
    );
    // 475 / 6 = 79,1667; 84,5 x 60% = 50,7; 79,1667 x 40% = 31,6667; 50,7 + 31,6667 = 82,3667.
    expect(r.jumlah).toBe(475);
    expect(r.aspectsScored).toBe(6);
    expect(r.perilaku).toBeCloseTo(79.166667, 5);
    expect(r.skpShare).toBe(50.7);
    expect(r.perilakuShare).toBeCloseTo(31.666667, 5);
    expect(r.npk).toBeCloseTo(82.366667, 5);
    expect(r.kategori.label).toBe('Baik');
  });

  it('averages a staff member over the five aspects scored (no Kepemimpinan)', () => {
    const r = value(
      prestasiKerja46(
        {
          skp: 92,
          aspects: { orientasi_pelayanan: 92, integritas: 94, komitmen: 90, disiplin: 91, kerjasama: 93 },
        },
        pp46,
      ),
    );
    expect([r.jumlah, r.aspectsScored, r.perilaku]).toEqual([460, 5, 92]);
    expect(r.npk).toBe(92);
    expect(r.kategori.label).toBe('Sangat Baik');
  });

  it('places the category boundaries as the regulation writes them, values between whole numbers upward', () => {
    const label = (n: number) => pp46Category(n, pp46).label;
    expect([label(100), label(91), label(90.5), label(90)]).toEqual([
      'Sangat Baik',
      'Sangat Baik',
      'Sangat Baik',
      'Baik',
    ]);
    expect([label(76), label(75), label(61), label(60), label(51), label(50.5), label(50), label(0)]).toEqual(
      ['Baik', 'Cukup', 'Cukup', 'Kurang', 'Kurang', 'Kurang', 'Buruk', 'Buruk'],
    );
    expect(label(Number.NaN)).toBe('Buruk');
  });

  it('refuses a negative SKP or aspect and a perilaku with nothing scored, saying what to fill in', () => {
    expect(issueText(prestasiKerja46({ skp: -5, aspects: { integritas: 80 } }, pp46))).toBe(
      'Nilai SKP (-5) tidak dapat dipakai untuk nilai prestasi kerja (PP 46/2011): isi angka 0 atau lebih, misalnya 84,5.',
    );
    expect(issueText(prestasiKerja46({ skp: 80, aspects: { disiplin: Number.NaN } }, pp46), 'en')).toBe(
      'Nilai Disiplin (-) cannot be used for the nilai prestasi kerja (PP 46/2011): enter a number of 0 or more, e.g. 84.5.',
    );
    expect(issueText(prestasiKerja46({ skp: 80, aspects: {} }, pp46))).toMatch(
      /^Nilai perilaku kerja \(PP 46\/2011\) belum dapat dihitung: tidak ada aspek perilaku yang terisi/,
    );
  });

  it('lies between the SKP and the perilaku, weighted 60/40 (property)', () => {
    const score = fc.double({ min: 0, max: 120, noNaN: true });
    fc.assert(
      fc.property(score, fc.array(score, { minLength: 1, maxLength: 6 }), (skp, values) => {
        const aspects = Object.fromEntries(
          ['orientasi_pelayanan', 'integritas', 'komitmen', 'disiplin', 'kerjasama', 'kepemimpinan']
            .slice(0, values.length)
            .map((aspect, i) => [aspect, values[i]]),
        );
        const r = value(prestasiKerja46({ skp, aspects }, pp46));
        const mean = values.reduce((a, b) => a + b, 0) / values.length;
        expect(r.npk).toBeCloseTo(skp * 0.6 + mean * 0.4, 4);
        expect(r.npk).toBeGreaterThanOrEqual(Math.min(skp, r.perilaku) - 1e-6);
        expect(r.npk).toBeLessThanOrEqual(Math.max(skp, r.perilaku) + 1e-6);
      }),
    );
  });

  it('takes other weights and bands from the policy, and refuses weights that do not make 100%', () => {
    const region = PolicySchema.parse({ legacy: { pp46: { skpWeight: 0.7, perilakuWeight: 0.3 } } });
    const r = value(prestasiKerja46({ skp: 80, aspects: { integritas: 90 } }, region.legacy.pp46));
    expect(r.npk).toBe(83);
    expect(PolicySchema.safeParse({ legacy: { pp46: { skpWeight: 0.7 } } }).success).toBe(false);
  });

  it('checks the figures a recap writes against the computed ones, within the tolerance', () => {
    const computed = value(
      prestasiKerja46(
        {
          skp: 84.5,
          aspects: { orientasi_pelayanan: 80, integritas: 78, komitmen: 79, disiplin: 82, kerjasama: 80 },
        },
        pp46,
      ),
    );
    // Rounded as a sheet shows them: no mismatch.
    expect(
      pp46Mismatches(
        { jumlah: 399, perilaku: 79.8, skpShare: 50.7, perilakuShare: 31.92, npk: 82.62 },
        computed,
        pp46,
      ),
    ).toEqual([]);
    // A Jumlah that forgot a column, and the NPK computed from it.
    expect(pp46Mismatches({ jumlah: 319, npk: 76.22 }, computed, pp46)).toEqual([
      { what: 'jumlah', written: 319, computed: 399 },
      { what: 'npk', written: 76.22, computed: 82.62 },
    ]);
  });
});

describe('a PP 46/2011 recap scored through the pipeline', () => {
  const employees = sheetTable(
    'Pegawai',
    ['nip', 'nama', 'jabatan', 'unit'],
    [
      {
        nip: '197603082002121002',
        nama: 'Drs. Made Suarjana',
        jabatan: 'Kepala Seksi Kurikulum',
        unit: 'Bidang SD',
      },
      {
        nip: '198404182010012009',
        nama: 'Ni Luh Putu Ariani, S.Pd.',
        jabatan: 'Pengawas Sekolah',
        unit: 'Bidang SD',
      },
    ],
  );
  const fields = [
    'nip',
    'nama',
    'nilai_skp',
    'skp_tertimbang',
    'orientasi_pelayanan',
    'integritas',
    'komitmen',
    'disiplin',
    'kerjasama',
    'kepemimpinan',
    'jumlah',
    'rata_rata_perilaku',
    'perilaku_tertimbang',
    'nilai_prestasi_kerja',
  ] as const;
  const recap = sheetTable('Rekap PPK 2018', fields, [
    {
      nip: '197603082002121002',
      nama: 'Drs. Made Suarjana',
      nilai_skp: '84,50',
      skp_tertimbang: '50,70',
      orientasi_pelayanan: '80',
      integritas: '78',
      komitmen: '79',
      disiplin: '82',
      kerjasama: '80',
      kepemimpinan: '76',
      jumlah: '475',
      rata_rata_perilaku: '79,17',
      perilaku_tertimbang: '31,67',
      nilai_prestasi_kerja: '82,37',
    },
    {
      // A staff member: no Kepemimpinan; the sheet's Jumlah forgot Kerjasama and its NPK followed it.
      nip: '198404182010012009',
      nama: 'Ni Luh Putu Ariani, S.Pd.',
      nilai_skp: '91,00',
      skp_tertimbang: '54,60',
      orientasi_pelayanan: '90',
      integritas: '92',
      komitmen: '91',
      disiplin: '88',
      kerjasama: '89',
      kepemimpinan: '',
      jumlah: '361',
      rata_rata_perilaku: '72,20',
      perilaku_tertimbang: '28,88',
      nilai_prestasi_kerja: '83,48',
    },
  ]);
  const indicators = sheetTable('Indikator', ['nip', 'indikator', 'target', 'realisasi'], []);
  const r = scoreOrganisation({ employees, indicators, results: recap }, defaultPolicy());

  it('carries the prestasi kerja in each employee result', () => {
    expect(r.employees.map((e) => e.legacy46)).toEqual([
      { skp: 84.5, perilaku: 79.166667, npk: 82.366667, kategori: { id: 'baik', label: 'Baik' } },
      { skp: 91, perilaku: 90, npk: 90.6, kategori: { id: 'sangat_baik', label: 'Sangat Baik' } },
    ]);
    // A PP 46/2011 score is not a PermenPANRB 6/2022 capaian: no predikat is made up from it.
    expect(r.employees.map((e) => [e.level, e.capaian, e.predikat])).toEqual([
      ['pegawai', null, null],
      ['pegawai', null, null],
    ]);
  });

  it("reports each of the sheet's own figures that does not add up, at its cell", () => {
    const mismatches = r.issues.filter((i) => i.code === 'LEGACY46_MISMATCH');
    expect(mismatches.map((i) => [i.at?.row, i.at?.column])).toEqual([
      [3, 'K'],
      [3, 'L'],
      [3, 'M'],
      [3, 'N'],
    ]);
    expect(formatIssue(mismatches[0]!)).toBe(
      'Sheet "Rekap PPK 2018", baris 3, kolom K: Jumlah di sheet tertulis 361, hasil hitung 450 (PP 46/2011: SKP x 60% + rata-rata perilaku x 40%). Periksa rumus atau angka di baris ini; yang dipakai hasil hitung.',
    );
    expect(formatIssue(mismatches[3]!, 'en')).toMatch(
      /^Sheet "Rekap PPK 2018", row 3, column N: Nilai Prestasi Kerja in the sheet reads 83\.48, computed 90\.6 /,
    );
  });
});

describe('recognising a PP 46/2011 recap: header in row 6, a row of field names under it', () => {
  const header = [
    'No',
    'NIP',
    'Nama',
    'Jabatan',
    'SKP',
    'SKP x 60%',
    'Orientasi Pelayanan',
    'Integritas',
    'Komitmen',
    'Disiplin',
    'Kerjasama',
    'Kepemimpinan',
    'Jumlah',
    'Rata-rata',
    'NPK x 40%',
    'Nilai Prestasi Kerja',
  ];
  const fieldRow = ['no', 'nip', 'nama', 'jabatan', ...pp46ScoreFields()];
  const blank = header.map(() => '');
  const expected = {
    nip: 1,
    nama: 2,
    jabatan: 3,
    nilai_skp: 4,
    skp_tertimbang: 5,
    orientasi_pelayanan: 6,
    integritas: 7,
    komitmen: 8,
    disiplin: 9,
    kerjasama: 10,
    kepemimpinan: 11,
    jumlah: 12,
    rata_rata_perilaku: 13,
    perilaku_tertimbang: 14,
    nilai_prestasi_kerja: 15,
  };

  it('maps every column from the labels, from the field names, and from both', () => {
    for (const rows of [[header], [fieldRow], [header, fieldRow]]) {
      const r = recognizeColumns(rows);
      expect(r.mapping).toMatchObject(expected);
      expect(r.tableKind).toBe('recap');
      expect(r.unmapped).toEqual([]);
      expect(r.issues).toEqual([]);
    }
  });

  it('finds the table under its title rows and starts the data at the first employee', () => {
    const grid = [
      ['REKAPITULASI PENILAIAN PRESTASI KERJA PNS', ...blank.slice(1)],
      ['DINAS PENDIDIKAN KABUPATEN CONTOH', ...blank.slice(1)],
      ['TAHUN 2018', ...blank.slice(1)],
      blank,
      blank,
      header,
      fieldRow,
      [
        '1',
        '197603082002121002',
        'Drs. Made Suarjana',
        'Kepala Seksi',
        '84,50',
        '50,70',
        '80',
        '78',
        '79',
        '82',
        '80',
        '76',
        '475',
        '79,17',
        '31,67',
        '82,37',
      ],
    ];
    const t = recognizeTable(grid);
    expect(t.recognition.mapping).toMatchObject(expected);
    expect(t.recognition.tableKind).toBe('recap');
    expect(t.firstDataRow).toBe(7);
  });
});
