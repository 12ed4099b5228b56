import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ColumnRecognitionSchema,
  findHeaderRows,
  normalizeLabel,
  recognizeColumns,
  recognizeTable,
} from '../../shared/columns';

/** Header labels seen on SKP forms, activity logs, recaps and template sheets. */
const LABELS = [
  'No',
  'Nama Pegawai',
  'NIP',
  'Jabatan',
  'Unit Kerja',
  'Pangkat / Gol. Ruang',
  'Rencana Hasil Kerja Pimpinan yang Diintervensi',
  'Rencana Hasil Kerja',
  'Aspek',
  'INDKATOR KINERJA INDIVIDU',
  'Target',
  'Realisasi Berdasar Bukti Dukung',
  'Satuan',
  'Capaian (%)',
  'Bobot (%)',
  'Polaritas',
  'Bukti Dukung',
  'Umpan Balik Berkelanjutan Berdasarkan Bukti Dukung',
  'Predikat Kinerja',
  'Tanggal',
  'Uraian Aktivitas/Kegiatan',
  'Output',
  'Waktu Efektif',
  'Volume',
  'Total Menit',
  'Status',
  'Kode Absen',
  'TPP',
  'ABSEN (%)',
  'Keterangan',
  'Kolom1',
];

const fieldToLabel = (header: readonly string[]): Record<string, string> => {
  const { mapping } = recognizeColumns([header]);
  const out: Record<string, string> = {};
  for (const [field, column] of Object.entries(mapping)) out[field] = header[column as number] ?? '?';
  return out;
};

describe('column recognition properties', () => {
  it('maps the same fields to the same labels whatever the column order', () => {
    fc.assert(
      fc.property(
        fc
          .subarray(LABELS, { minLength: 1 })
          .chain((header) =>
            fc.tuple(fc.constant(header), fc.shuffledSubarray(header, { minLength: header.length })),
          ),
        ([header, shuffled]) => {
          expect(fieldToLabel(shuffled)).toEqual(fieldToLabel(header));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws, keeps one field per column and confidences within 0..1 on any header', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.oneof(fc.string(), fc.constantFrom(...LABELS), fc.constant('')), { maxLength: 12 }),
          {
            maxLength: 4,
          },
        ),
        (rows) => {
          const r = recognizeColumns(rows);
          expect(ColumnRecognitionSchema.safeParse(r).success).toBe(true);
          const columns = Object.values(r.mapping);
          expect(new Set(columns).size).toBe(columns.length);
          for (const column of r.columns) expect(column.confidence).toBeGreaterThanOrEqual(0);
          const table = recognizeTable(rows);
          expect(table.firstDataRow).toBeGreaterThanOrEqual(table.headerStart + table.headerRowCount);
          expect(table.dataEnd).toBeGreaterThanOrEqual(table.firstDataRow);
          expect(findHeaderRows(rows).headerStart).toBeLessThanOrEqual(Math.max(0, rows.length - 1));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('normalises a label to a fixed point', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...LABELS)), (label) => {
        const once = normalizeLabel(label);
        expect(normalizeLabel(once)).toBe(once);
      }),
    );
  });
});
