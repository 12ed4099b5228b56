import type { Issue } from '../core/issue';
import type { Lang, MessageCode } from '../messages/catalog';
import { t } from '../messages/format';
import type { PembinaanCategory } from '../policy/sections/pembinaan';
import type { PredikatPegawai } from '../policy/sections/rating';
import type { RewardPolicy } from '../policy/sections/reward';
import { predikatLabel } from '../score/predikat';
import type { SupervisorFlag } from './flags';

/**
 * A supervisor's duties judged from the pembinaan register (Catatan Pembinaan, issue 11): what was
 * recorded, not whether any umpan balik text exists. A poor predikat calls for a teguran or pembinaan, an
 * excellent one for an apresiasi, recorded within the policy's days of the period's end (before or after:
 * a teguran often follows the verdict). Each duty names the subordinate, the window and the last record
 * of that kind, so the supervisor and the Sekda see what is missing and since when.
 */

/** One register record as the duties need it. */
export interface RegisterEntry {
  /** Days since 1970-01-01. */
  day: number;
  tanggal: string;
  category: PembinaanCategory;
  /** The kind as the policy labels it ("Teguran tertulis"). */
  label: string;
}

export interface RegisteredSubordinate {
  nip: string;
  nama: string;
  predikat: PredikatPegawai | null;
  hasFeedback: boolean;
  /** The subordinate's register records, any order. */
  records: readonly RegisterEntry[];
}

export interface DutyWindow {
  /** The period's end (or the latest register date), as a day number and ISO date. */
  asOfDay: number;
  from: string;
  to: string;
  days: number;
  /**
   * The run date (today, from the surface) as a day number, when known: a duty whose window is still open
   * on it is pending (the supervisor still has until `to`), not undone.
   */
  runDay?: number | null;
}

export type DutyKind = 'teguran' | 'apresiasi' | 'umpan_balik';

export interface SupervisorDuty {
  duty: DutyKind;
  nip: string;
  nama: string;
  predikat: PredikatPegawai | null;
  /** The window a record was due in (ISO); null for feedback. */
  from: string | null;
  to: string | null;
  /**
   * The latest record of the due kind outside the window, when there is one; `hukuman` when it is a
   * hukuman disiplin (a package leaves its kind and date out unless the policy says otherwise).
   */
  lastRecord: { tanggal: string; jenis: string; hukuman?: true } | null;
  /** Not recorded yet, but its window is still open on the run date: due by `to`, not undone. */
  pending?: true;
}

export interface RegisterDuties {
  flags: SupervisorFlag[];
  reasons: Issue[];
  duties: SupervisorDuty[];
}

/** Records that answer a poor predikat: the supervisor spoke to the employee, or a hukuman was imposed. */
const CORRECTIVE: ReadonlySet<PembinaanCategory> = new Set(['teguran', 'pembinaan', 'hukuman_disiplin']);
const PRAISE: ReadonlySet<PembinaanCategory> = new Set(['apresiasi']);

function judge(
  s: RegisteredSubordinate,
  duty: 'teguran' | 'apresiasi',
  answers: ReadonlySet<PembinaanCategory>,
  window: DutyWindow,
): SupervisorDuty | null {
  let last: RegisterEntry | undefined;
  for (const r of s.records) {
    if (!answers.has(r.category)) continue;
    if (Math.abs(r.day - window.asOfDay) <= window.days) return null;
    if (!last || r.day > last.day) last = r;
  }
  // A window that has not closed on the run date (a period still running, a teguran due within the
  // follow-up days that have not passed yet) is a duty the supervisor still has time for.
  const open =
    window.runDay !== undefined && window.runDay !== null && window.runDay <= window.asOfDay + window.days;
  return {
    ...(open ? { pending: true as const } : {}),
    duty,
    nip: s.nip,
    nama: s.nama,
    predikat: s.predikat,
    from: window.from,
    to: window.to,
    lastRecord: last
      ? {
          tanggal: last.tanggal,
          jenis: last.label,
          ...(last.category === 'hukuman_disiplin' ? { hukuman: true as const } : {}),
        }
      : null,
  };
}

/** "Rina Marlina (Kurang/Misconduct; Teguran lisan 2024-03-02)": the predikat, then the last record of the kind due. */
export function dutyNames(list: readonly SupervisorDuty[]): string {
  return list
    .map((d) => {
      const parts = [d.predikat ? predikatLabel(d.predikat) : ''];
      if (d.lastRecord) parts.push(`${d.lastRecord.jenis} ${d.lastRecord.tanggal}`);
      const detail = parts.filter((p) => p !== '').join('; ');
      return detail === '' ? d.nama : `${d.nama} (${detail})`;
    })
    .join('; ');
}

/**
 * The duties a register shows undone. Poor predikat: the policy's teguran, sanksi and pembinaan predikat
 * (Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang by default); excellent: its apresiasi predikat.
 * Feedback is judged as without a register, and only where the workbook keeps a feedback column.
 */
export function registerDuties(
  subs: readonly RegisteredSubordinate[],
  window: DutyWindow,
  policy: RewardPolicy,
  feedbackKept: boolean,
): RegisterDuties {
  const flags: SupervisorFlag[] = [];
  const reasons: Issue[] = [];
  const duties: SupervisorDuty[] = [];

  if (feedbackKept) {
    const without = subs.filter((s) => !s.hasFeedback);
    if (subs.length > 0 && (subs.length - without.length) / subs.length < policy.supervisorMinFeedbackShare) {
      flags.push('umpan_balik_kurang');
      reasons.push({
        code: 'REC_SUP_NO_FEEDBACK',
        severity: 'warning',
        params: { count: without.length, total: subs.length, names: without.map((s) => s.nama).join('; ') },
      });
      for (const s of without)
        duties.push({
          duty: 'umpan_balik',
          nip: s.nip,
          nama: s.nama,
          predikat: s.predikat,
          from: null,
          to: null,
          lastRecord: null,
        });
    }
  }

  const poor = new Set<PredikatPegawai>([
    ...policy.teguranPredikat,
    ...policy.sanksiPredikat,
    ...policy.pembinaanPredikat,
  ]);
  const dueReprimands = subs.flatMap((s) =>
    s.predikat !== null && poor.has(s.predikat) ? (judge(s, 'teguran', CORRECTIVE, window) ?? []) : [],
  );
  const unreprimanded = dueReprimands.filter((d) => !d.pending);
  if (unreprimanded.length > 0) {
    flags.push('teguran_belum_diberikan');
    reasons.push({
      code: 'REC_SUP_REGISTER_NO_REPRIMAND',
      severity: 'warning',
      params: {
        count: unreprimanded.length,
        names: dutyNames(unreprimanded),
        from: window.from,
        to: window.to,
      },
    });
    duties.push(...unreprimanded);
  }

  const excellent = new Set<PredikatPegawai>(policy.apresiasiPredikat);
  const duePraise = subs.flatMap((s) =>
    s.predikat !== null && excellent.has(s.predikat) ? (judge(s, 'apresiasi', PRAISE, window) ?? []) : [],
  );
  const unpraised = duePraise.filter((d) => !d.pending);
  if (unpraised.length > 0) {
    flags.push('apresiasi_belum_diberikan');
    reasons.push({
      code: 'REC_SUP_REGISTER_NO_PRAISE',
      params: { count: unpraised.length, names: dutyNames(unpraised), from: window.from, to: window.to },
    });
    duties.push(...unpraised);
  }
  // Duties still within their window on the run date: said with the last day, never flagged as undone.
  pendingDuties(dueReprimands, 'REC_SUP_REGISTER_REPRIMAND_PENDING', window, reasons, duties);
  pendingDuties(duePraise, 'REC_SUP_REGISTER_PRAISE_PENDING', window, reasons, duties);
  return { flags, reasons, duties };
}

/** The pending duties of one kind: one reason naming them and the window's last day, and each duty. */
function pendingDuties(
  due: readonly SupervisorDuty[],
  code: 'REC_SUP_REGISTER_REPRIMAND_PENDING' | 'REC_SUP_REGISTER_PRAISE_PENDING',
  window: DutyWindow,
  reasons: Issue[],
  duties: SupervisorDuty[],
): void {
  const pending = due.filter((d) => d.pending);
  if (pending.length === 0) return;
  reasons.push({ code, params: { count: pending.length, names: dutyNames(pending), to: window.to } });
  duties.push(...pending);
}

const DUTY_LABEL = {
  teguran: 'SUP_DUTY_TEGURAN',
  apresiasi: 'SUP_DUTY_APRESIASI',
  umpan_balik: 'SUP_DUTY_UMPAN_BALIK',
} as const satisfies Record<DutyKind, MessageCode>;

/** What a package leaves out of a duty line. */
export interface DutyLineOptions {
  /** A last record that is a hukuman disiplin is said to be left out, without its kind or date. */
  withholdHukuman?: boolean;
  /** The subordinate is not named (an OPD package naming only candidates): no name, predikat or record. */
  unnamed?: boolean;
}

/**
 * One duty as one line, the same on every surface (the reward sheet, the package, the panel): "Rina
 * Marlina (Kurang/Misconduct): Teguran/pembinaan belum tercatat, dicari 2024-12-01 s.d. 2025-01-30;
 * terakhir: Teguran lisan 2024-06-02". Packages pass what they leave out (DutyLineOptions).
 */
export function dutyLine(d: SupervisorDuty, lang: Lang = 'id', options: DutyLineOptions = {}): string {
  const { withholdHukuman = false, unnamed = false } = options;
  if (unnamed) {
    const parts = [t(DUTY_LABEL[d.duty], undefined, lang)];
    if (d.from !== null && d.to !== null) parts.push(t('SUP_DUTY_WINDOW', { from: d.from, to: d.to }, lang));
    return `${t('SUP_DUTY_UNNAMED', undefined, lang)}: ${parts.join(', ')}`;
  }
  const who = d.predikat ? `${d.nama} (${predikatLabel(d.predikat, lang)})` : d.nama;
  const parts = [t(DUTY_LABEL[d.duty], undefined, lang)];
  if (d.from !== null && d.to !== null) parts.push(t('SUP_DUTY_WINDOW', { from: d.from, to: d.to }, lang));
  if (d.pending && d.to !== null) parts.push(t('SUP_DUTY_PENDING', { to: d.to }, lang));
  const tail =
    d.duty === 'umpan_balik' || d.from === null
      ? ''
      : d.lastRecord
        ? `; ${withholdHukuman && d.lastRecord.hukuman ? t('SUP_DUTY_LAST_WITHHELD', undefined, lang) : t('SUP_DUTY_LAST', { jenis: d.lastRecord.jenis, tanggal: d.lastRecord.tanggal }, lang)}`
        : `; ${t('SUP_DUTY_NONE_BEFORE', undefined, lang)}`;
  return `${who}: ${parts.join(', ')}${tail}`;
}

/** What a supervisor's duties were judged from (the result's dutyBasis). */
export interface DutyBasisFacts {
  source: 'catatan_pembinaan' | 'umpan_balik';
  sheet: string | null;
  asOf: string | null;
  asOfSource: 'periode' | 'data' | null;
  days: number | null;
}

/** What the duties were judged from, as one line (the reward sheet and the panel show the same). */
export function dutyBasisLine(basis: DutyBasisFacts, lang: Lang = 'id'): string {
  if (basis.source === 'umpan_balik' || basis.asOf === null)
    return t('SUP_DUTY_BASIS_FEEDBACK', undefined, lang);
  const source = basis.asOfSource === 'periode' ? 'SUP_DUTY_SOURCE_PERIODE' : 'SUP_DUTY_SOURCE_DATA';
  return t(
    'SUP_DUTY_BASIS_REGISTER',
    { sheet: basis.sheet ?? '', date: basis.asOf, days: basis.days ?? 0, source: t(source, undefined, lang) },
    lang,
  );
}
