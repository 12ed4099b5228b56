import { CAPAIAN_MAX, CAPAIAN_MIN, type Issue, parseNip, type ResultsPackage } from '../../../shared';

/**
 * Checks of a results package's employees that its zod schema does not make, done once on the options
 * page when the file is imported. The content script then indexes the stored rows by NIP without any
 * of this (it must stay small, and it skips what it cannot read): a NIP it cannot read or a NIP listed
 * twice would there be dropped or resolved to the last row without a word. So such a package is
 * refused here, with the first problem named by field, employee number and name; nothing is guessed.
 */

/** Long hand-edited values are cut in messages: the point is to find them in the file. */
const clip = (text: string, max = 60): string => (text.length > max ? `${text.slice(0, max)}…` : text);

/** Where an employee is in the file: the 1-based number people count and the name (or "-"). */
const who = (index: number, nama: string) => ({
  number: String(index + 1),
  nama: clip(nama.trim()) || '-',
});

/**
 * The first problem of the employees of a package that already fits ResultsPackageSchema, or null:
 * no employee at all (the add-on makes no package for a supervisor without subordinates), a NIP that
 * parseNip does not read, a NIP listed twice (compared as 18 digits, as the overlay indexes them), a
 * capaian outside CAPAIAN_MIN..CAPAIAN_MAX (0 to 1000 %, the recap package's bounds).
 */
export function packageEmployeesIssue(pkg: ResultsPackage): Issue | null {
  if (pkg.employees.length === 0)
    return {
      code: 'EXT_PACKAGE_NO_EMPLOYEES',
      params: { nama: clip(pkg.for.nama), nip: pkg.for.nip },
      severity: 'error',
    };
  // A policy that does not clamp negative indicators at 0 (capaian.clampNegativeAtZero) gives real capaian
  // below 0, never below -10.
  const lowest = pkg.policy.capaian.clampNegativeAtZero === false ? -CAPAIAN_MAX : CAPAIAN_MIN;
  const seen = new Map<string, number>();
  for (const [i, e] of pkg.employees.entries()) {
    const nip = parseNip(e.nip);
    if (!nip.ok)
      return {
        code: 'EXT_PACKAGE_EMPLOYEE_NIP_INVALID',
        params: { field: `employees.${i}.nip`, ...who(i, e.nama), value: clip(e.nip, 40) },
        severity: 'error',
      };
    const first = seen.get(nip.value.nip);
    if (first !== undefined) {
      const earlier = who(first, pkg.employees[first]?.nama ?? '');
      return {
        code: 'EXT_PACKAGE_EMPLOYEE_NIP_DUPLICATE',
        params: {
          nip: nip.value.nip,
          firstField: `employees.${first}.nip`,
          firstNumber: earlier.number,
          firstNama: earlier.nama,
          field: `employees.${i}.nip`,
          ...who(i, e.nama),
        },
        severity: 'error',
      };
    }
    seen.set(nip.value.nip, i);
    // The schema already refused a non-finite number (JSON's 1e999), so the value can be shown.
    if (e.capaian !== null && (e.capaian < lowest || e.capaian > CAPAIAN_MAX))
      return {
        code: 'EXT_PACKAGE_CAPAIAN_RANGE',
        params: {
          field: `employees.${i}.capaian`,
          ...who(i, e.nama),
          value: e.capaian,
          percent: e.capaian * 100,
          min: lowest,
          max: CAPAIAN_MAX,
          maxPercent: CAPAIAN_MAX * 100,
        },
        severity: 'error',
      };
  }
  return null;
}
