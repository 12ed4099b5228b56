/**
 * Two floors for the core bench, so the pipeline's time reads as a multiple of what the work itself
 * costs on this machine in this run:
 * - floor A, every cell touched: one loop over all seven sheets that reads every cell value (its
 *   length), and nothing else;
 * - floor B, a minimal scorer: small and honest, over all seven sheets, from the raw strings on every
 *   call (no cache of any kind, nothing prepared outside the call). It reads the province as the sample
 *   writes it (Indonesian "1.234,5" / "85,5 %", "80-90", the usual labels), so it is a floor for the
 *   bench province, not a parser: it checks nothing and reports nothing.
 * Prints nothing; bench/core.ts times them.
 */
import { BERAKHLAK, type OrganisationResult, type Policy, type WorkbookInput } from '../shared';

/** A cell as text: the sample writes strings; a number cell (an object with its text) gives its text. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && 'text' in value) {
    const text = (value as { text: unknown }).text;
    return typeof text === 'string' ? text : '';
  }
  return '';
}

type Sheet = WorkbookInput['employees'];

/** The seven sheets (the optional ones when present). */
export function sheetsOf(workbook: WorkbookInput): Sheet[] {
  const sheets: (Sheet | undefined)[] = [
    workbook.employees,
    workbook.indicators,
    workbook.behaviour,
    workbook.attendance,
    workbook.activities,
    workbook.units,
    workbook.sakip,
  ];
  return sheets.filter((s): s is Sheet => s !== undefined);
}

/** Number of cells floor A reads (every value of every row of the seven sheets). */
export function cellCount(workbook: WorkbookInput): number {
  let cells = 0;
  for (const sheet of sheetsOf(workbook))
    for (const row of sheet.rows) cells += Object.keys(row.values).length;
  return cells;
}

/** Floor A: every cell of the seven sheets read once (the sum of their lengths, so none is skipped). */
export function touchEveryCell(workbook: WorkbookInput): number {
  let total = 0;
  for (const sheet of sheetsOf(workbook)) {
    const rows = sheet.rows;
    for (let r = 0; r < rows.length; r++) {
      const values = (rows[r] as (typeof rows)[number]).values as Record<string, unknown>;
      for (const field in values) {
        const value = values[field];
        total += typeof value === 'string' ? value.length : textOf(value).length;
      }
    }
  }
  return total;
}

/** Index just after the number the last readNumber call read. */
let numberEnd = 0;

/**
 * The first number at or after `from`, as the sample writes numbers: "." groups thousands, "," is the
 * decimal mark ("1.234,5", "85,5 %", "Rp 4.750.000", "1.500 menit"). NaN when there is no digit. The
 * digits are read as one integer and divided once by the power of ten, so the value is the same double
 * Number("1234.5") gives (one correctly rounded division of two exact integers).
 */
function readNumber(text: string, from: number): number {
  const n = text.length;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) break;
    i++;
  }
  if (i === n) {
    numberEnd = n;
    return Number.NaN;
  }
  let digits = 0;
  let scale = 1;
  let fraction = false;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits = digits * 10 + (c - 48);
      if (fraction) scale *= 10;
    } else if (c === 46 && !fraction) {
      // thousands separator
    } else if (c === 44 && !fraction) fraction = true;
    else break;
  }
  numberEnd = i;
  return scale === 1 ? digits : digits / scale;
}

/** The 18 digits of a NIP cell (spaces, dots or dashes between the groups dropped). */
function nipKey(text: string): string {
  if (text.length === 18) {
    let plain = true;
    for (let i = 0; i < 18 && plain; i++) {
      const c = text.charCodeAt(i);
      plain = c >= 48 && c <= 57;
    }
    if (plain) return text;
  }
  let digits = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += text[i];
  }
  return digits;
}

const lower = (text: string, at: number): number => text.charCodeAt(at) | 32;

/** Rating codes: 0 di bawah, 1 sesuai, 2 di atas; -1 none. */
const RATINGS = ['di_bawah', 'sesuai', 'di_atas'] as const;

/** "Di Atas Ekspektasi", "Sesuai Ekspektasi", "Dibawah Ekspektasi", "Melebihi ...". */
function ratingOf(text: string): number {
  const first = lower(text, 0);
  if (first === 115) return 1; // s
  if (first === 109) return 2; // m(elebihi)
  if (first !== 100) return -1; // d
  const after = text.charCodeAt(2) === 32 ? lower(text, 3) : lower(text, 2);
  return after === 97 ? 2 : after === 98 ? 0 : -1;
}

/** Istimewa, Baik, Butuh Perbaikan, Kurang, Sangat Kurang: the policy's id, or null. */
function predikatOrganisasiOf(text: string): keyof Policy['rating']['headOfUnitHasil'] | null {
  const first = lower(text, 0);
  if (first === 105) return 'istimewa';
  if (first === 98) return lower(text, 1) === 97 ? 'baik' : 'butuh_perbaikan';
  if (first === 107) return 'kurang';
  if (first === 115) return 'sangat_kurang';
  return null;
}

export interface MinimalScore {
  /** Predikat per employee row, in the employees sheet's order (null: none). */
  predikat: (string | null)[];
  /** Capaian per employee row (NaN: none). */
  capaian: Float64Array;
  /** Everything else the scorer computed, folded into one number so none of it is dead code. */
  checksum: number;
}

/**
 * Floor B: capaian per indicator (positive and negative polarity, range targets), capped and averaged
 * per RHK and per employee (RHK utama), the hasil band, the head of a unit taking the unit's predikat,
 * perilaku from the seven BerAKHLAK values, the predikat matrix, the category band per indicator and
 * employee, discipline deductions, activity minutes, the TPP estimate and a mean SAKIP answer per unit.
 */
export function minimalScore(workbook: WorkbookInput, policy: Policy): MinimalScore {
  const capaianPolicy = policy.capaian;
  const cap = capaianPolicy.aggregationCap ?? Number.POSITIVE_INFINITY;
  const bands = capaianPolicy.categories.map((c) => c.min).sort((a, b) => b - a);
  const bandCounts = new Float64Array(bands.length + 1);
  const bandOf = (value: number): number => {
    const rounded = Math.round(value * 10000) / 10000;
    for (let k = 0; k < bands.length; k++) if (rounded >= (bands[k] as number)) return k;
    return bands.length;
  };
  const rating = policy.rating;

  // Employees: the roster by NIP, each employee's unit, head flag and TPP base.
  const people = workbook.employees.rows;
  const count = people.length;
  const byNip = new Map<string, number>();
  const units = new Map<string, number>();
  const unitOf = new Int32Array(count);
  const isHead = new Uint8Array(count);
  const tppBase = new Float64Array(count);
  for (let e = 0; e < count; e++) {
    const v = (people[e] as (typeof people)[number]).values;
    byNip.set(nipKey(textOf(v.nip)), e);
    const unit = textOf(v.unit);
    let u = units.get(unit);
    if (u === undefined) {
      u = units.size;
      units.set(unit, u);
    }
    unitOf[e] = u;
    isHead[e] = lower(textOf(v.kepala_unit), 0) === 121 ? 1 : 0; // y(a)
    tppBase[e] = readNumber(textOf(v.tpp_dasar), 0);
  }

  // Units: the hasil rating a head takes from the unit's predikat.
  const unitHasil = new Int8Array(units.size).fill(-1);
  for (const row of workbook.units?.rows ?? []) {
    const u = units.get(textOf(row.values.unit));
    const predikat = predikatOrganisasiOf(textOf(row.values.predikat_organisasi));
    if (u !== undefined && predikat) unitHasil[u] = RATINGS.indexOf(rating.headOfUnitHasil[predikat]);
  }

  // Indicators: capaian per row, the running RHK of each employee, RHK means into the employee's sum.
  const employeeSum = new Float64Array(count);
  const employeeRhk = new Int32Array(count);
  const rhkText: (string | undefined)[] = new Array(count).fill(undefined);
  const rhkUtama = new Uint8Array(count);
  const rhkSum = new Float64Array(count);
  const rhkRows = new Int32Array(count);
  const closeRhk = (e: number): void => {
    if ((rhkRows[e] as number) > 0 && rhkUtama[e] === 1) {
      const mean = (rhkSum[e] as number) / (rhkRows[e] as number);
      employeeSum[e] = (employeeSum[e] as number) + (mean > cap ? cap : mean);
      employeeRhk[e] = (employeeRhk[e] as number) + 1;
    }
    rhkSum[e] = 0;
    rhkRows[e] = 0;
  };
  const clamp = capaianPolicy.clampNegativeAtZero;
  const against = (bound: number, realisasi: number, negative: boolean): number => {
    if (bound === 0) return Number.NaN;
    const raw = negative ? (2 * bound - realisasi) / bound : realisasi / bound;
    return negative && clamp && raw < 0 ? 0 : raw;
  };
  for (const row of workbook.indicators.rows) {
    const v = row.values;
    const e = byNip.get(nipKey(textOf(v.nip)));
    if (e === undefined) continue;
    const rhk = textOf(v.rhk);
    if (rhk !== rhkText[e]) {
      closeRhk(e);
      rhkText[e] = rhk;
      rhkUtama[e] = lower(textOf(v.jenis_rhk), 0) === 117 ? 1 : 0; // u(tama)
    }
    const targetText = textOf(v.target);
    const low = readNumber(targetText, 0);
    let high = low;
    if (targetText.charCodeAt(numberEnd) === 45) high = readNumber(targetText, numberEnd + 1);
    const realisasi = readNumber(textOf(v.realisasi), 0);
    const negative = lower(textOf(v.polaritas), 0) === 110; // n(egatif)
    const capaian =
      realisasi < low
        ? against(low, realisasi, negative)
        : realisasi > high
          ? against(high, realisasi, negative)
          : low === high
            ? against(low, realisasi, negative)
            : capaianPolicy.insideRange;
    if (Number.isNaN(capaian)) continue;
    const band = bandOf(capaian);
    bandCounts[band] = (bandCounts[band] as number) + 1;
    rhkSum[e] = (rhkSum[e] as number) + (capaian > cap ? cap : capaian);
    rhkRows[e] = (rhkRows[e] as number) + 1;
  }
  for (let e = 0; e < count; e++) closeRhk(e);

  // Behaviour: perilaku from the seven values (policy rule).
  const rule = rating.perilakuRule;
  const perilaku = new Int8Array(count).fill(-1);
  const values = BERAKHLAK;
  for (const row of workbook.behaviour?.rows ?? []) {
    const v = row.values;
    const e = byNip.get(nipKey(textOf(v.nip)));
    if (e === undefined) continue;
    let above = 0;
    let below = 0;
    let missing = 0;
    for (const field of values) {
      const r = ratingOf(textOf(v[field]));
      if (r === 2) above++;
      else if (r === 0) below++;
      else if (r < 0) missing++;
    }
    if (missing > 0) continue;
    perilaku[e] = below >= rule.diBawahMinCount ? 0 : below === 0 && above >= rule.diAtasMinCount ? 2 : 1;
  }

  // Attendance: the deduction per occurrence from the policy's table.
  const perOccurrence = policy.discipline.table.perOccurrence as Record<string, number | undefined>;
  const deduction = new Float64Array(count);
  for (const row of workbook.attendance?.rows ?? []) {
    const v = row.values;
    const e = byNip.get(nipKey(textOf(v.nip)));
    if (e === undefined) continue;
    const code = textOf(v.kode_absen);
    const weight = perOccurrence[code] ?? perOccurrence[code.toUpperCase()] ?? 0;
    const times = textOf(v.jumlah);
    deduction[e] = (deduction[e] as number) + weight * (times === '' ? 1 : readNumber(times, 0));
  }

  // Activities: approved minutes per employee ("Ditolak" left out when the policy says so).
  const minutes = new Float64Array(count);
  const skipRejected = policy.busy.ignoreRejectedActivities;
  for (const row of workbook.activities?.rows ?? []) {
    const v = row.values;
    const e = byNip.get(nipKey(textOf(v.nip)));
    if (e === undefined) continue;
    const status = textOf(v.status);
    if (skipRejected && lower(status, 0) === 100 && lower(status, 2) === 116) continue; // di-t(olak)
    minutes[e] = (minutes[e] as number) + readNumber(textOf(v.menit), 0);
  }

  // SAKIP: the mean answer value per unit.
  const answerValues = policy.sakip.answerValues as Record<string, number | undefined>;
  const sakipSum = new Float64Array(units.size);
  const sakipRows = new Int32Array(units.size);
  for (const row of workbook.sakip?.rows ?? []) {
    const u = units.get(textOf(row.values.unit));
    const value = answerValues[textOf(row.values.jawaban)];
    if (u === undefined || value === undefined) continue;
    sakipSum[u] = (sakipSum[u] as number) + value;
    sakipRows[u] = (sakipRows[u] as number) + 1;
  }

  // Per employee: capaian, hasil, predikat, category, TPP.
  const { diAtasMin, sesuaiMin } = rating.hasilBands;
  const tpp = policy.discipline.tpp;
  const factors = tpp.performanceFactorByPredikat as Record<string, number>;
  const predikat: (string | null)[] = new Array(count).fill(null);
  const capaian = new Float64Array(count);
  let checksum = 0;
  for (let e = 0; e < count; e++) {
    const c = employeeRhk[e] ? (employeeSum[e] as number) / (employeeRhk[e] as number) : Number.NaN;
    capaian[e] = c;
    const inherited = isHead[e] ? (unitHasil[unitOf[e] as number] as number) : -1;
    let hasil = inherited;
    if (hasil < 0 && !Number.isNaN(c)) {
      const rounded = Math.round(c * 10000) / 10000;
      hasil = rounded >= diAtasMin ? 2 : rounded >= sesuaiMin ? 1 : 0;
    }
    const p = perilaku[e] as number;
    const result =
      hasil >= 0 && p >= 0
        ? rating.matrix[RATINGS[hasil] as (typeof RATINGS)[number]][RATINGS[p] as (typeof RATINGS)[number]]
        : null;
    predikat[e] = result;
    const deducted = Math.min(policy.discipline.maxDeduction, deduction[e] as number);
    const paid =
      (tppBase[e] as number) *
      (tpp.disciplineShare * (1 - deducted) +
        tpp.performanceShare * (result ? (factors[result] ?? 0) : tpp.noPredikatFactor));
    checksum += paid + (minutes[e] as number) + (Number.isNaN(c) ? 0 : bandOf(c));
  }
  for (let u = 0; u < units.size; u++)
    checksum += sakipRows[u] ? (sakipSum[u] as number) / (sakipRows[u] as number) : 0;
  for (let k = 0; k < bandCounts.length; k++) checksum += (k + 1) * (bandCounts[k] as number);
  return { predikat, capaian, checksum };
}

/** How many employees floor B gives the same predikat (and the same capaian) as the pipeline. */
export function agreement(
  floor: MinimalScore,
  result: OrganisationResult,
): { predikat: number; capaian: number; employees: number } {
  let predikat = 0;
  let capaian = 0;
  const employees = Math.min(floor.predikat.length, result.employees.length);
  for (let e = 0; e < employees; e++) {
    const r = result.employees[e];
    if (!r) continue;
    if ((floor.predikat[e] ?? null) === (r.predikat ?? null)) predikat++;
    const c = floor.capaian[e] as number;
    if (r.capaian === null ? Number.isNaN(c) : r.capaian === c) capaian++;
  }
  return { predikat, capaian, employees };
}
