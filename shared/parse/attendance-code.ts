/**
 * A written attendance code as it is looked up: upper case, without spaces, dots, dashes or slashes, so
 * "tl 1", "TL-1" and "TL1" are one code, "T K" is TK and "Tanpa Keterangan" is TANPAKETERANGAN.
 */
export const attendanceCodeKey = (written: string): string =>
  // Text (or a number a sheet holds) only: anything else (null, an object without toString) is no code.
  (typeof written === 'string'
    ? written
    : typeof written === 'number' || typeof written === 'bigint'
      ? String(written)
      : ''
  )
    .toUpperCase()
    .replace(/[\s.\-_/]+/g, '');
