import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../shared/messages/format';
import type { FieldId } from '../../shared/model/fields';
import type { RawTable, WorkbookInput } from '../../shared/model/input';
import { scoreOrganisation } from '../../shared/pipeline';
import { defaultPolicy } from '../../shared/policy/schema';

/** A second row for the same NIP in a results table (people.ts NipLinker.linkFirst). */

const table = (sheet: string, cols: FieldId[], rows: string[][]): RawTable => ({
  sheet,
  columns: Object.fromEntries(cols.map((c, i) => [c, String.fromCharCode(65 + i)])),
  rows: rows.map((r, i) => ({ row: i + 2, values: Object.fromEntries(cols.map((c, j) => [c, r[j] ?? ''])) })),
});
const RINA = '198806202012122002';
const YUSUF = '199001102015031004';

const input = (results: string[][]): WorkbookInput => ({
  employees: table(
    'Pegawai',
    ['nip', 'nama', 'unit'],
    [
      [RINA, 'Rina Marlina', 'Bidang A'],
      [YUSUF, 'Yusuf Hidayat', 'Bidang A'],
    ],
  ),
  indicators: table('Indikator', ['nip'], []),
  results: table('Rekap Kinerja', ['nip', 'nama', 'capaian', 'predikat'], results),
});
const duplicates = (results: string[][]) =>
  scoreOrganisation(input(results), defaultPolicy())
    .issues.filter((i) => String(i.code).startsWith('PIPE_DUPLICATE_ROW'))
    .map((i) => [i.severity, formatIssue(i)]);

describe('a repeated row on the same sheet', () => {
  it('is a warning when it repeats the first row (name written otherwise, same values)', () => {
    expect(
      duplicates([
        [RINA, 'Rina Marlina', '84%', 'Baik'],
        [RINA, 'RINA MARLINA, S.E.', '84 %', 'baik'],
      ]),
    ).toEqual([
      [
        'warning',
        `Sheet "Rekap Kinerja", baris 3, kolom A: NIP ${RINA} sudah ada di baris 2 sheet ini dengan isi yang sama. Baris ini diabaikan: hapus baris gandanya.`,
      ],
    ]);
  });

  it('is an error naming the cells that differ, the first row used and this one not counted', () => {
    expect(
      duplicates([
        [RINA, 'Rina Marlina', '84%', 'Baik'],
        [YUSUF, 'Yusuf Hidayat', '100%', 'Baik'],
        [RINA, 'Rina Marlina', '94%', 'Sangat Baik'],
      ]),
    ).toEqual([
      [
        'error',
        `Sheet "Rekap Kinerja", baris 4, kolom A: NIP ${RINA} sudah ada di baris 2 sheet ini dengan isi berbeda: C: "84%" / "94%"; D: "Baik" / "Sangat Baik" (baris 2 / baris ini). Yang dipakai isi baris 2; isi baris ini tidak dihitung. Hapus baris yang tidak berlaku atau samakan isinya.`,
      ],
    ]);
  });
});
