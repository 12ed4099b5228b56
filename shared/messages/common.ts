import type { MessageSection } from './types';

/** Messages shared by every part of Nilai Kerja. Keys are stable codes (UPPER_SNAKE). */
export const commonMessages = {
  LOC_SHEET_ROW_COLUMN: {
    id: 'Sheet "{sheet}", baris {row}, kolom {column}',
    en: 'Sheet "{sheet}", row {row}, column {column}',
  },
  LOC_SHEET_ROW: { id: 'Sheet "{sheet}", baris {row}', en: 'Sheet "{sheet}", row {row}' },
  LOC_SHEET: { id: 'Sheet "{sheet}"', en: 'Sheet "{sheet}"' },
  LOC_ROW: { id: 'Baris {row}', en: 'Row {row}' },
  LOC_ELEMENT: { id: 'Di halaman: {element}', en: 'On the page: {element}' },
  LOC_FIELD: { id: 'Isian {field}', en: 'Field {field}' },
  INTERNAL_ERROR: {
    id: 'Terjadi kesalahan tak terduga ({detail}). Data Anda tidak diubah; coba lagi atau laporkan.',
    en: 'An unexpected error occurred ({detail}). Your data was not changed; try again or report it.',
  },
  EMPTY_VALUE: { id: 'Sel kosong: isi nilainya.', en: 'The cell is empty: fill in a value.' },
} satisfies MessageSection;
