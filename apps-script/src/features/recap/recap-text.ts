import {
  type CandidateKind,
  formatNumberForLang,
  type MessageCode,
  OPD_KIND_LABEL,
  type OpdPackage,
  type Recap,
  type RecapOpd,
  t,
} from '../../../../shared';
import type { SheetCell } from '../../port/types';

/** The recap's texts and shared rows, as the recap sheets and the meeting paper both write them. */
export const kindLabel = (o: { kind: RecapOpd['kind'] }): string => t(OPD_KIND_LABEL[o.kind]);
export const pct = (f: number): string => `${formatNumberForLang(f * 100, 'id', 1)}%`;
export const points = (f: number): string => formatNumberForLang(f * 100, 'id', 1);
export const two = (n: number): string => (Math.round(n * 100) / 100).toFixed(2).replace('.', ',');
export const sakipSource = (p: OpdPackage): string =>
  !p.sakip
    ? t('RECAP_NO_SAKIP')
    : p.sakip.draft
      ? t('RECAP_SOURCE_LKE_DRAFT', { round: p.sakip.draft.round, unanswered: p.sakip.draft.unanswered })
      : t(p.sakip.source === 'lke' ? 'RECAP_SOURCE_LKE' : 'RECAP_SOURCE_UNIT');

/** The lines naming the best OPDs (I, II, III) and the most improved, as the meeting announces them. */
export function bestLines(recap: Recap): string[] {
  return recap.best.length === 0
    ? [t('RECAP_NONE_BEST')]
    : recap.best.map(
        (b) => `${t('RECAP_PLACE', { place: roman(b.place) })}: ${b.opd} (${two(b.score)}, ${b.grade})`,
      );
}

export function improvedLines(recap: Recap): string[] {
  return recap.mostImproved.length === 0
    ? [t('RECAP_NONE_IMPROVED')]
    : recap.mostImproved.map((m) =>
        m.basis === 'sakip'
          ? t('RECAP_IMPROVED_SAKIP', { opd: m.opd, from: two(m.from), to: two(m.to), change: two(m.change) })
          : t('RECAP_IMPROVED_CAPAIAN', {
              opd: m.opd,
              from: pct(m.from),
              to: pct(m.to),
              change: points(m.change),
              since: m.since ?? '-',
            }),
      );
}

/** An OPD's last package as the silent list says it: damaged in the archive, its period, or never. */
export const lastSent = (s: Recap['silent'][number]): string =>
  s.damaged !== null
    ? t('RECAP_DAMAGED_IN_ARCHIVE', { period: s.damaged })
    : (s.lastPeriod ?? t('RECAP_NEVER_SENT'));

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
export const roman = (n: number): string => ROMAN[n - 1] ?? String(n);

/** The open duties per OPD, as the duties sheet and the meeting paper show them. */
export const DUTY_COLUMNS: readonly MessageCode[] = [
  'RECAP_COL_OPD',
  'RECAP_COL_SUPERVISORS',
  'RECAP_COL_TEGURAN',
  'RECAP_COL_APRESIASI',
  'RECAP_COL_UMPAN_BALIK',
  'RECAP_COL_TOTAL',
];
export const dutyRows = (recap: Recap): SheetCell[][] =>
  recap.duties.map((d) => [
    d.opd,
    d.supervisors,
    d.teguran,
    d.apresiasi,
    d.umpanBalik,
    d.teguran + d.apresiasi + d.umpanBalik,
  ]);

const CANDIDATE_LABEL: Readonly<Record<CandidateKind, MessageCode>> = {
  penghargaan: 'RECAP_KIND_PENGHARGAAN',
  sanksi: 'RECAP_KIND_SANKSI',
  teguran: 'RECAP_KIND_TEGURAN',
  pembinaan: 'RECAP_KIND_PEMBINAAN',
  stagnan: 'RECAP_KIND_STAGNAN',
  meningkat: 'RECAP_KIND_MENINGKAT',
};
export const candidateLabel = (kind: CandidateKind): string => t(CANDIDATE_LABEL[kind]);
