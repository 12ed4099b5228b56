import { describe, expect, it } from 'vitest';
import {
  ColumnRecognitionSchema,
  findHeaderRows,
  parseColumnMapping,
  recognizeColumns,
  recognizeTable,
  templateHeader,
} from '../../shared/columns';
import { formatIssue } from '../../shared/messages/format';
import { FIELD_IDS, type FieldId } from '../../shared/model/fields';

const repeat = (text: string, n: number): string[] => Array.from({ length: n }, () => text);

/** BKN e-Kinerja SKP print form (PermenPANRB 6/2022), as the extension's logical grid sees it. */
const BKN_SKP_FORM: string[][] = [
  repeat('SASARAN KINERJA PEGAWAI', 8),
  repeat('PERIODE PENILAIAN: 1 JANUARI SD 31 MARET 2026', 8),
  [
    'No',
    'Rencana Hasil Kerja Pimpinan yang Diintervensi',
    'Rencana Hasil Kerja',
    'Aspek',
    'Indikator Kinerja Individu',
    'Target',
    'Realisasi Berdasar Bukti Dukung',
    'Umpan Balik Berkelanjutan Berdasarkan Bukti Dukung',
  ],
  ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)'],
  repeat('Utama', 8),
  [
    '1',
    'Meningkatnya cakupan imunisasi dasar lengkap',
    'Terlaksananya pelayanan imunisasi di 12 puskesmas',
    'Kuantitas',
    'Jumlah puskesmas yang melaksanakan imunisasi',
    '12 Puskesmas',
    '12 Puskesmas berdasarkan laporan bulanan',
    'Pertahankan kinerja',
  ],
];

describe('findHeaderRows', () => {
  it('skips the title and period rows of the BKN SKP form and the (1)..(8) numbering row', () => {
    expect(findHeaderRows(BKN_SKP_FORM)).toEqual({
      headerStart: 2,
      headerRowCount: 1,
      numberingRow: 3,
      firstDataRow: 4,
    });
  });

  it('finds a two-row header whose group row is blank over merged cells (Google Sheets)', () => {
    const grid = [
      ['No', 'Indikator Kinerja Individu', 'Target', '', 'Realisasi', '', 'Satuan'],
      ['', '', 'Kuantitas', 'Waktu', 'Kuantitas', 'Waktu', ''],
      ['1', 'Persentase dokumen perencanaan tepat waktu', '100', '12', '95', '12', '%'],
    ];
    expect(findHeaderRows(grid)).toEqual({ headerStart: 0, headerRowCount: 2, firstDataRow: 2 });
  });

  it('finds a two-row header with a plain numbering row 1, 2, 3 under it (HTML grid, spans repeated)', () => {
    const grid = [
      ['Laporan Kinerja Bidang Pelayanan', '', '', '', '', ''],
      ['No', 'Pegawai', 'Pegawai', 'Target', 'Target', 'Status'],
      ['No', 'Nama', 'NIP', 'Kuantitas', 'Kualitas', 'Status'],
      ['1', '2', '3', '4', '5', '6'],
      ['1', 'Siti Rahmawati, S.Kep', '199003152015031002', '24 Dokumen', '100', 'Disetujui'],
    ];
    expect(findHeaderRows(grid)).toEqual({
      headerStart: 1,
      headerRowCount: 2,
      numberingRow: 3,
      firstDataRow: 4,
    });
  });

  it('falls back to the first non-blank row when nothing looks like a header', () => {
    expect(
      findHeaderRows([
        ['', ''],
        ['Kolom1', 'Kolom2'],
        ['a', 'b'],
      ]),
    ).toEqual({
      headerStart: 1,
      headerRowCount: 1,
      firstDataRow: 2,
    });
  });
});

describe('recognizeColumns', () => {
  it('maps every column of the BKN SKP print form and calls it a realisasi table', () => {
    const { recognition, firstDataRow, dataEnd } = recognizeTable(BKN_SKP_FORM);
    expect(recognition.mapping).toEqual({
      nomor: 0,
      rhk_atasan: 1,
      rhk: 2,
      aspek: 3,
      indikator: 4,
      target: 5,
      realisasi: 6,
      umpan_balik: 7,
    });
    expect(recognition.tableKind).toBe('realisasi');
    expect(recognition.issues).toEqual([]);
    expect([firstDataRow, dataEnd]).toEqual([4, 6]);
  });

  it('reads the upper-case print form with a HASIL KERJA title row and an UTAMA section row', () => {
    const r = recognizeTable([
      repeat('HASIL KERJA', 8),
      [
        'NO',
        'RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI',
        'RENCANA HASIL KERJA',
        'ASPEK',
        'INDIKATOR KINERJA INDIVIDU',
        'TARGET / EKSPEKTASI',
        'REALISASI BERDASARKAN BUKTI DUKUNG',
        'UMPAN BALIK BERKELANJUTAN',
      ],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)'],
      repeat('UTAMA', 8),
    ]);
    expect([r.headerStart, r.numberingRow, r.firstDataRow]).toEqual([1, 2, 3]);
    expect(r.recognition.mapping).toEqual({
      nomor: 0,
      rhk_atasan: 1,
      rhk: 2,
      aspek: 3,
      indikator: 4,
      target: 5,
      realisasi: 6,
      umpan_balik: 7,
    });
  });

  it('asks for a Target column when the target hides inside the indicator cell', () => {
    const r = recognizeColumns([
      [
        'No',
        'Rencana Hasil Kerja Utama',
        'Indikator Kinerja Individu & Target',
        'Realisasi Berdasarkan Bukti Dukung',
      ],
    ]);
    expect(r.tableKind).toBe('realisasi');
    expect(r.mapping).toEqual({ nomor: 0, rhk: 1, indikator: 2, realisasi: 3 });
    expect(formatIssue(r.issues[0]!)).toBe(
      'Tabel realisasi ini tidak punya kolom "Target". Tambahkan kolom itu atau pilih kolomnya secara manual agar capaian dapat dihitung.',
    );
  });

  it('maps the Kuantitas column under Target and Realisasi to the main value and reports each aspect', () => {
    const r = recognizeColumns([
      [
        'No',
        'Rencana Hasil Kerja',
        'Indikator',
        'Target',
        'Target',
        'Target',
        'Target',
        'Realisasi',
        'Realisasi',
      ],
      [
        'No',
        'Rencana Hasil Kerja',
        'Indikator',
        'Kuantitas',
        'Kualitas',
        'Waktu',
        'Biaya',
        'Kuantitas',
        'Waktu',
      ],
    ]);
    expect(r.mapping).toMatchObject({ target: 3, realisasi: 7, rhk: 1, indikator: 2 });
    expect(r.mapping.waktu).toBeUndefined();
    expect(r.aspects).toEqual({
      target: { kuantitas: 3, kualitas: 4, waktu: 5, biaya: 6 },
      realisasi: { kuantitas: 7, waktu: 8 },
    });
    expect(r.columns[5]).toMatchObject({
      label: 'Target / Waktu',
      field: null,
      aspect: 'waktu',
      aspectOf: 'target',
    });
    expect(r.unmapped).toEqual([]);
    expect(r.issues).toEqual([]);
  });

  it('reads aspects written inside one-row labels, keeping the plain Target column as the main one', () => {
    const r = recognizeColumns([
      ['Indikator', 'Target Waktu', 'Target', 'Realisasi Kuantitas', 'Realisasi Waktu'],
    ]);
    expect(r.mapping).toEqual({ indikator: 0, target: 2, realisasi: 3 });
    expect(r.mapping.waktu).toBeUndefined();
    expect(r.aspects).toEqual({ target: { waktu: 1 }, realisasi: { kuantitas: 3, waktu: 4 } });
    expect(r.issues).toEqual([]);
  });

  it('falls back to the first aspect present when a Target group has no Kuantitas column', () => {
    const r = recognizeColumns([
      ['Indikator', 'Target', 'Target'],
      ['Indikator', 'Waktu', 'Kualitas'],
    ]);
    expect(r.mapping.target).toBe(2);
    expect(r.columns[2]?.aspect).toBe('kualitas');
  });

  it('reads a minutes-based activity log', () => {
    const r = recognizeColumns([
      [
        'No',
        'Tanggal',
        'Uraian Aktivitas/Kegiatan',
        'Output',
        'Waktu Efektif',
        'Volume',
        'Total Menit',
        'Status',
      ],
    ]);
    expect(r.tableKind).toBe('activity');
    expect(r.mapping).toMatchObject({ tanggal: 1, aktivitas: 2, output: 3, volume: 5, menit: 6, status: 7 });
    expect(r.issues).toEqual([]);
  });

  it('reads "Kegiatan" as the activity in a daily log but as the RHK in an SKP', () => {
    const log = recognizeColumns([
      [
        'No',
        'Hari/Tanggal',
        'Jam Mulai',
        'Jam Selesai',
        'Kegiatan',
        'Output',
        'Volume',
        'Satuan',
        'Waktu Efektif',
      ],
    ]);
    expect(log.tableKind).toBe('activity');
    expect(log.mapping).toMatchObject({ tanggal: 1, jam_mulai: 2, jam_selesai: 3, aktivitas: 4, menit: 8 });
    expect(log.mapping.rhk).toBeUndefined();
    const skp = recognizeColumns([['No', 'Kegiatan', 'Indikator', 'Target']]);
    expect(skp.mapping).toMatchObject({ rhk: 1, indikator: 2, target: 3 });
    expect(recognizeColumns([['Kegiatan', 'Keterangan']], { expect: 'activity' }).mapping).toEqual({
      aktivitas: 0,
    });
  });

  it('reads a PP 46/2011 e-SKP form with Kuant/Output and Kual/Mutu under TARGET', () => {
    const r = recognizeTable([
      ['NO', 'KEGIATAN TUGAS JABATAN', 'AK', 'TARGET', 'TARGET', 'TARGET', 'TARGET'],
      ['NO', 'KEGIATAN TUGAS JABATAN', 'AK', 'Kuant/Output', 'Kual/Mutu', 'Waktu', 'Biaya'],
      ['1', 'Menyusun rencana kerja tahunan', '0,5', '1 Dokumen', '100', '12 Bulan', '-'],
    ]);
    expect(r.headerRowCount).toBe(2);
    expect(r.recognition.mapping).toEqual({ nomor: 0, rhk: 1, target: 3 });
    expect(r.recognition.aspects.target).toEqual({ kuantitas: 3, kualitas: 4, waktu: 5, biaya: 6 });
    expect(r.recognition.unmapped).toEqual([2]);
  });

  it('calls a per-person table with target and realisasi minutes a recap', () => {
    const r = recognizeColumns([
      ['No', 'Nama Pegawai', 'Jabatan', 'Target Menit', 'Realisasi Menit', 'Capaian', 'TPP Diterima'],
    ]);
    expect(r.tableKind).toBe('recap');
    expect(r.mapping).toMatchObject({ target: 3, realisasi: 4, capaian: 5, tpp: 6 });
  });

  it('does not warn about one unit written under both Target and Realisasi', () => {
    const r = recognizeColumns([
      ['No', 'Uraian Tugas', 'Target', '', 'Realisasi', ''],
      ['', '', 'Kuantitas', 'Satuan', 'Kuantitas', 'Satuan'],
    ]);
    expect(r.mapping).toMatchObject({ rhk: 1, target: 2, satuan: 3, realisasi: 4 });
    expect(r.issues).toEqual([]);
  });

  it('takes Waktu Efektif as the minutes when no total column exists', () => {
    const r = recognizeColumns([['Tanggal', 'Uraian Kegiatan', 'Waktu Efektif', 'Status']]);
    expect(r.mapping.menit).toBe(2);
  });

  it('reads a monthly recap and leaves the attendance percentage unmapped', () => {
    const r = recognizeColumns([['NAMA PEGAWAI', 'NIP', 'JABATAN', 'KINERJA (%)', 'ABSEN (%)', 'TPP']]);
    expect(r.mapping).toEqual({ nama: 0, nip: 1, jabatan: 2, capaian: 3, tpp: 5 });
    expect(r.tableKind).toBe('recap');
    expect(r.unmapped).toEqual([4]);
    expect(r.columns[4]?.label).toBe('ABSEN (%)');
  });

  it('recognises every header of the add-on templates with full confidence', () => {
    for (const field of FIELD_IDS) {
      const r = recognizeColumns([['Keterangan Lain', templateHeader(field)]]);
      expect({ field, column: r.mapping[field], confidence: r.columns[1]?.confidence }).toEqual({
        field,
        column: 1,
        confidence: 1,
      });
    }
  });

  it('recognises each template sheet as a whole, with the kind its role expects', () => {
    const sheets: [FieldId[], string][] = [
      [['nip', 'nama', 'jabatan', 'unit', 'atasan_nip', 'kepala_unit', 'tpp_dasar'], 'employees'],
      [
        [
          'nip',
          'rhk',
          'jenis_rhk',
          'indikator',
          'aspek',
          'target',
          'realisasi',
          'satuan',
          'polaritas',
          'bobot',
        ],
        'realisasi',
      ],
      [
        [
          'nip',
          'nama',
          'berorientasi_pelayanan',
          'akuntabel',
          'kompeten',
          'harmonis',
          'loyal',
          'adaptif',
          'kolaboratif',
          'rating_perilaku',
          'rating_hasil',
          'umpan_balik',
        ],
        'behaviour',
      ],
      [['nip', 'tanggal', 'kode_absen', 'menit_telat', 'jumlah'], 'attendance'],
      [['nip', 'tanggal', 'aktivitas', 'menit', 'output', 'bukti_dukung', 'status'], 'activity'],
      [['unit', 'komponen', 'subkomponen', 'kriteria', 'jawaban'], 'sakip'],
    ];
    for (const [fields, kind] of sheets) {
      const r = recognizeColumns([fields.map(templateHeader)]);
      expect(r.mapping).toEqual(Object.fromEntries(fields.map((field, i) => [field, i])));
      expect(r.tableKind).toBe(kind);
      expect(r.issues).toEqual([]);
    }
  });

  it('reads an indicator template sheet and the BerAKHLAK behaviour sheet', () => {
    const indicators = recognizeColumns([
      [
        'NIP',
        'RHK',
        'Jenis RHK',
        'Indikator',
        'Target',
        'Realisasi',
        'Satuan',
        'Polaritas',
        'Bobot (%)',
        'Bukti Dukung',
      ],
    ]);
    expect(Object.keys(indicators.mapping)).toHaveLength(10);
    expect(indicators.mapping.bobot).toBe(8);
    const behaviour = recognizeColumns([
      [
        'NIP',
        'Nama',
        'Berorientasi Pelayanan',
        'Akuntabel',
        'Kompeten',
        'Harmonis',
        'Loyal',
        'Adaptif',
        'Kolaboratif',
      ],
    ]);
    expect(behaviour.tableKind).toBe('behaviour');
    expect(behaviour.mapping).toMatchObject({ berorientasi_pelayanan: 2, kolaboratif: 8 });
  });

  it('reads SAKIP LKE sheets (PermenPANRB 88/2021)', () => {
    const r = recognizeColumns([['Unit Kerja', 'Komponen', 'Sub Komponen', 'Kriteria', 'Jawaban/Nilai']]);
    expect(r.tableKind).toBe('sakip');
    expect(r.mapping).toEqual({ unit: 0, komponen: 1, subkomponen: 2, kriteria: 3, jawaban: 4 });
    const lke = recognizeColumns([['No', 'Komponen/Sub Komponen/Kriteria', 'Kriteria', 'Nilai']]);
    expect(lke.mapping.jawaban).toBe(3);
    expect(recognizeColumns([['Nama', 'NIP', 'Nilai']]).mapping.capaian).toBe(2);
  });

  it('reads a messy admin sheet: title rows, blank columns and a combined Nama/NIP column', () => {
    const grid = [
      ['REKAPITULASI KINERJA PEGAWAI DINAS KESEHATAN', '', '', '', '', '', ''],
      ['Periode: Januari 2026', '', '', '', '', '', ''],
      ['', '', '', '', '', '', ''],
      ['NO.', 'Nama/NIP', '', 'Jabatan', '', 'Capaian Kinerja', 'Predikat'],
      ['1', 'Budi Santoso\n199003152015031002', '', 'Analis Kebijakan', '', '98,5 %', 'Baik'],
      ['', '', '', '', '', '', ''],
    ];
    const r = recognizeTable(grid);
    expect(r.headerStart).toBe(3);
    expect(r.firstDataRow).toBe(4);
    expect(r.dataEnd).toBe(5);
    expect(r.recognition.mapping).toEqual({ nomor: 0, nama_nip: 1, jabatan: 3, capaian: 5, predikat: 6 });
    expect(r.recognition.unmapped).toEqual([]);
    expect(r.recognition.tableKind).toBe('recap');
  });

  it('reads a name and NIP cell written with a line break or joined by the page text', () => {
    expect(recognizeColumns([['No', 'Nama<br>NIP', 'Jabatan']]).mapping.nama_nip).toBe(1);
    expect(recognizeColumns([['No', 'Nama\nNIP', 'Jabatan']]).mapping.nama_nip).toBe(1);
    expect(recognizeColumns([['No', 'NamaNIP', 'Jabatan']]).mapping.nama_nip).toBe(1);
  });

  it('reads uppercase and misspelled headers', () => {
    const r = recognizeColumns([
      [
        'NO',
        'RENCANA HASIL KERJA',
        'INDKATOR KINERJA INDIVIDU',
        'TARGET',
        'REALISASI',
        'RATING HASIL KINERJA',
      ],
    ]);
    expect(r.mapping).toEqual({ nomor: 0, rhk: 1, indikator: 2, target: 3, realisasi: 4, rating_hasil: 5 });
  });

  it('reports two Target columns and says which one is used', () => {
    const r = recognizeColumns([['Indikator', 'Target', 'Realisasi', 'Target']]);
    expect(r.mapping.target).toBe(1);
    expect(r.unmapped).toEqual([3]);
    const duplicate = r.issues.find((i) => i.code === 'COLUMNS_DUPLICATE');
    expect(duplicate?.severity).toBe('warning');
    expect(formatIssue(duplicate!)).toContain(
      'kolom ke-2 ("Target") dipakai, kolom ke-4 ("Target") diabaikan',
    );
  });

  it('treats a header spanning two columns as one header, not as two rival columns', () => {
    const r = recognizeColumns([['No', 'Nama / NIP', 'Nama / NIP', 'Jabatan', 'TPP', 'TPP']]);
    expect(r.mapping).toEqual({ nomor: 0, nama_nip: 1, jabatan: 3, tpp: 4 });
    expect(r.tableKind).toBe('recap');
    expect(r.unmapped).toEqual([2, 5]);
    expect(r.issues).toEqual([]);
  });

  it('lets a user-confirmed column override detection and frees nothing else onto it', () => {
    const header = [['Indikator', 'Target', 'Target Tahunan', 'Realisasi']];
    const r = recognizeColumns(header, { confirmed: { target: 2 } });
    expect(r.mapping.target).toBe(2);
    expect(r.columns[2]).toMatchObject({ field: 'target', confidence: 1, confirmed: true });
    expect(r.columns[1]?.field).toBeNull();
    expect(r.issues.map((i) => i.code)).not.toContain('COLUMNS_DUPLICATE');
    const onRealisasi = recognizeColumns(header, { confirmed: { capaian: 3 } });
    expect(onRealisasi.mapping).toMatchObject({ capaian: 3 });
    expect(onRealisasi.mapping.realisasi).toBeUndefined();
  });

  it('warns when a saved column choice points past the end of the table', () => {
    const r = recognizeColumns([['NIP', 'Target']], { confirmed: { realisasi: 7 } });
    expect(r.mapping.realisasi).toBeUndefined();
    expect(formatIssue(r.issues[0]!)).toContain('kolom ke-8, padahal tabel hanya punya 2 kolom');
  });

  it('explains clearly when the header is garbage', () => {
    const r = recognizeTable([
      ['Kolom1', 'Kolom2', 'Kolom3'],
      ['abc', '12', 'x'],
    ]).recognition;
    expect(r.mapping).toEqual({});
    expect(r.tableKind).toBe('unknown');
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]?.severity).toBe('error');
    expect(formatIssue(r.issues[0]!)).toBe(
      'Judul kolom tidak dikenali (terbaca: "Kolom1", "Kolom2", "Kolom3"). Beri judul seperti "Nama", "NIP", "Target", "Realisasi" pada baris pertama tabel, atau pilih kolom secara manual.',
    );
  });

  it('says which required column an SKP lacks, in Indonesian and English', () => {
    const r = recognizeColumns([['No', 'Rencana Hasil Kerja', 'Indikator Kinerja Individu', 'Satuan']]);
    expect(r.tableKind).toBe('skp');
    const issue = r.issues.find((i) => i.code === 'COLUMNS_MISSING_SKP')!;
    expect(formatIssue(issue)).toContain('tidak punya kolom "Target"');
    expect(formatIssue(issue, 'en')).toContain('has no "Target" column');
  });

  it('checks the required columns of the kind the caller expects', () => {
    const r = recognizeColumns([['Nama', 'Jabatan', 'Unit Kerja']], { expect: 'employees' });
    expect(r.tableKind).toBe('employees');
    expect(r.issues.map((i) => i.code)).toEqual(['COLUMNS_MISSING_EMPLOYEES']);
    expect(formatIssue(r.issues[0]!)).toContain('"NIP" / "Nama / NIP"');
  });

  it('treats labels that look like JavaScript internals as plain unknown text', () => {
    const r = recognizeColumns([['constructor', 'toString', '__proto__', 'hasOwnProperty']]);
    expect(r.mapping).toEqual({});
    expect(r.issues.map((i) => i.code)).toEqual(['COLUMNS_NO_HEADER']);
  });

  it('reports an empty header as an empty table, never throwing', () => {
    expect(recognizeColumns([]).issues.map((i) => i.code)).toEqual(['COLUMNS_EMPTY_TABLE']);
    expect(recognizeTable([]).recognition.issues.map((i) => i.code)).toEqual(['COLUMNS_EMPTY_TABLE']);
  });

  it('produces a result that its own zod schema accepts', () => {
    const r = recognizeTable(BKN_SKP_FORM).recognition;
    expect(ColumnRecognitionSchema.safeParse(r).success).toBe(true);
  });
});

describe('parseColumnMapping', () => {
  it('reads back a mapping stored as JSON in document properties', () => {
    const r = parseColumnMapping('{"nip":0,"target":4,"realisasi":5}');
    expect(r).toEqual({ ok: true, value: { nip: 0, target: 4, realisasi: 5 } });
  });

  it('rejects a stored mapping that uses one column twice, or is not a mapping', () => {
    const same = parseColumnMapping({ target: 3, realisasi: 3 });
    expect(!same.ok && same.issue.code).toBe('COLUMNS_MAPPING_SAME_COLUMN');
    const broken = parseColumnMapping('{"target": -1}');
    expect(!broken.ok && formatIssue(broken.issue)).toBe(
      'Pilihan kolom tersimpan tidak dapat dibaca (target). Pilih ulang kolomnya.',
    );
    const notJson = parseColumnMapping('{target');
    expect(!notJson.ok && notJson.issue.code).toBe('COLUMNS_MAPPING_INVALID');
    const unknownField = parseColumnMapping({ gaji: 2 });
    expect(unknownField.ok).toBe(false);
  });
});
