/**
 * Recognition benchmark (a section of `npm run bench`): finding and recognising the tables of workbooks
 * as offices keep them, beside a bare read of the same cells (every cell's text touched once), as a
 * ratio. Two shapes: a 20,000-row SIASN roster in one sheet, and a 50-sheet workbook with one daily
 * attendance matrix per sheet (title rows, a two-row header over 31 day columns, a signature block).
 * Prints labelled lines; no assertions.
 */
import { findTables } from '../shared/columns';
import { medianMs } from './timing';

const RUNS = 5;
const ROSTER_ROWS = 20_000;
const MATRIX_SHEETS = 50;
const MATRIX_PEOPLE = 40;

const UNITS = ['Sekretariat', 'Bidang Mutasi dan Promosi', 'Bidang Pengembangan Aparatur', 'UPT Pelatihan'];
const CODES = ['H', 'H', 'H', 'H', 'H', 'H', 'S', 'I', 'C', 'DL', 'TK', ''];

/** An 18-digit NIP from a counter: birth 1970-1999, appointment 1995-2024, sex digit 1/2, sequence 001-999. */
function nip(i: number): string {
  const birth = `${1970 + (i % 30)}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}`;
  const appointment = `${1995 + (i % 30)}${String(1 + ((i >> 2) % 12)).padStart(2, '0')}`;
  return `${birth}${appointment}${1 + (i % 2)}${String(1 + (i % 999)).padStart(3, '0')}`;
}

function rosterGrid(rows: number): string[][] {
  const grid: string[][] = [
    [
      'NIP BARU',
      'NAMA',
      'STATUS ASN',
      'GOL AKHIR NAMA',
      'JENIS JABATAN NAMA',
      'JABATAN NAMA',
      'UNOR 2',
      'UNOR 1',
    ],
  ];
  for (let i = 0; i < rows; i++)
    grid.push([
      nip(i),
      `PEGAWAI NOMOR ${i + 1}`,
      i % 7 === 0 ? 'PPPK' : 'PNS',
      ['III/a', 'III/b', 'III/c', 'IV/a'][i % 4] as string,
      'Jabatan Pelaksana',
      'Analis Kepegawaian',
      UNITS[i % UNITS.length] as string,
      'BADAN KEPEGAWAIAN DAERAH',
    ]);
  return grid;
}

function matrixGrid(sheet: number): string[][] {
  const days = Array.from({ length: 31 }, (_, d) => String(d + 1));
  const grid: string[][] = [
    ['REKAPITULASI KEHADIRAN HARIAN'],
    ['OPD : Dinas Pendidikan'],
    [`Unit : ${UNITS[sheet % UNITS.length]} ${sheet + 1}`],
    ['Bulan : Mei 2024'],
    [],
    ['No', 'Nama', 'NIP', ...days.map(() => 'Tanggal')],
    ['No', 'Nama', 'NIP', ...days],
  ];
  for (let p = 0; p < MATRIX_PEOPLE; p++)
    grid.push([
      String(p + 1),
      `Pegawai ${sheet}-${p}`,
      nip(sheet * MATRIX_PEOPLE + p),
      ...days.map((_, d) => CODES[(p + d + sheet) % CODES.length] as string),
    ]);
  grid.push(
    [],
    ['Mengetahui,'],
    ['Kepala Dinas Pendidikan,'],
    [],
    ['Drs. Budi Santoso, M.Si'],
    [`NIP. ${nip(1)}`],
  );
  return grid;
}

/** Every cell's text touched once: what any reader must pay at least. */
function bareRead(grids: readonly (readonly (readonly string[])[])[]): number {
  let length = 0;
  for (const grid of grids) for (const row of grid) for (const cell of row) length += cell.length;
  return length;
}

function figure(label: string, grids: string[][][]): string[] {
  let tables = 0;
  const recognise = medianMs(RUNS, () => {
    tables = 0;
    for (const grid of grids) tables += findTables(grid).length;
  });
  const bare = medianMs(RUNS, () => bareRead(grids));
  return [
    `recognition: ${label}: ${recognise.toFixed(1)} ms, ${tables} tables (median of ${RUNS})`,
    `recognition: ${label}: bare read of the same cells ${bare.toFixed(2)} ms; ratio ${(bare > 0 ? recognise / bare : 0).toFixed(1)}x`,
  ];
}

export function benchRecognition(): string[] {
  return [
    ...figure(`${ROSTER_ROWS.toLocaleString('en')}-row SIASN roster`, [rosterGrid(ROSTER_ROWS)]),
    ...figure(
      `${MATRIX_SHEETS}-sheet workbook of daily matrices`,
      Array.from({ length: MATRIX_SHEETS }, (_, s) => matrixGrid(s)),
    ),
  ];
}
