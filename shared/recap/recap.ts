import { comparePeriods } from '../history/period-keys';
import { largestRises } from '../history/rises';
import type { Policy } from '../policy/schema';
import type { RecommendationKind } from '../recommend/flags';
import { opdKey, opdKind } from './kind';
import type { OpdEmployee, OpdKind, OpdPackage } from './schema';

/** An OPD the region expects a package from (the recap workbook's "Daftar OPD"). */
export interface ExpectedOpd {
  name: string;
  kind?: OpdKind;
  /** Named as a pilot (percontohan) of Reformasi Birokrasi in the list. */
  pilotRb?: boolean;
}

export interface RecapInput {
  /** Every package kept, of every period; at most one per OPD and period (the archive replaces). */
  packages: readonly OpdPackage[];
  expected: readonly ExpectedOpd[];
  policy: Policy;
  /** The period to recap; the latest period of the packages when absent. */
  period?: string;
}

/** One OPD at the recap period, with its place among all OPDs and among its kind. */
export interface RecapOpd {
  key: string;
  name: string;
  kind: OpdKind;
  pkg: OpdPackage;
  /** Competition rank by SAKIP (ties share a rank: 1, 1, 3); null without a SAKIP score. */
  rank: number | null;
  /** Rank among kecamatan only (Banjar names the best kecamatan apart); null for other kinds. */
  kecamatanRank: number | null;
  /** Mean capaian of the OPD's previous period (its earlier package, else its own Riwayat), and the change. */
  previousCapaian: number | null;
  capaianChange: number | null;
  pilotRb: boolean;
}

export interface RecapImproved {
  opd: string;
  basis: 'sakip' | 'capaian';
  from: number;
  to: number;
  change: number;
}

export type CandidateKind = 'penghargaan' | 'sanksi' | 'teguran' | 'pembinaan' | 'stagnan' | 'meningkat';

export interface RecapCandidate {
  opd: string;
  kind: CandidateKind;
  employee: OpdEmployee;
}

export interface RecapDuties {
  opd: string;
  supervisors: number;
  teguran: number;
  apresiasi: number;
  umpanBalik: number;
}

export interface Recap {
  period: { key: string; label: string };
  /** Every period the packages cover, oldest first. */
  periods: { key: string; label: string }[];
  opds: RecapOpd[];
  /** Places I, II, III... by SAKIP (policy.recap.bestCount places; tied OPDs share a place). */
  best: { place: number; opd: string; score: number; grade: string }[];
  mostImproved: RecapImproved[];
  kecamatan: RecapOpd[];
  /** OPDs expected (the list, or a package in another period) without a package for the period. */
  silent: { name: string; kind: OpdKind; lastPeriod: string | null }[];
  candidates: RecapCandidate[];
  duties: RecapDuties[];
  /** Names of the policies the OPDs scored with, when they differ (the verdicts are not comparable). */
  policies: string[];
}

const CANDIDATE_ORDER: readonly CandidateKind[] = [
  'penghargaan',
  'sanksi',
  'teguran',
  'pembinaan',
  'stagnan',
  'meningkat',
];
const PROPOSALS: ReadonlySet<RecommendationKind> = new Set(['penghargaan', 'sanksi', 'teguran', 'pembinaan']);

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Competition ranks of scores, highest first, equal at two decimals sharing a rank (as published). */
function competitionRanks<T>(items: readonly T[], scoreOf: (t: T) => number | null): Map<T, number> {
  const scored = items
    .map((item) => ({ item, score: scoreOf(item) }))
    .filter((s): s is { item: T; score: number } => s.score !== null)
    .map((s) => ({ ...s, score: Math.round(s.score * 100) / 100 }))
    .sort((a, b) => b.score - a.score);
  const ranks = new Map<T, number>();
  scored.forEach((s, i) => {
    const before = scored[i - 1];
    ranks.set(s.item, before && before.score === s.score ? (ranks.get(before.item) as number) : i + 1);
  });
  return ranks;
}

/** OPDs in recap order: ranked first (by rank, then name), then those without a SAKIP score by name. */
const recapOrder = (rankOf: (o: RecapOpd) => number | null) => (a: RecapOpd, b: RecapOpd) => {
  const ra = rankOf(a);
  const rb = rankOf(b);
  if (ra !== null && rb !== null && ra !== rb) return ra - rb;
  if (ra === null && rb !== null) return 1;
  if (ra !== null && rb === null) return -1;
  return byText(a.name.toLowerCase(), b.name.toLowerCase());
};

/**
 * The Sekda's recap of one period from the OPD packages kept (issue 12): OPDs ranked by SAKIP with the best
 * named, kecamatan ranked among kecamatan, the most improved by SAKIP and by mean capaian, the reward and
 * punishment candidates across OPDs with their reasons, supervisors' open duties per OPD, and the OPDs
 * that sent nothing. Packages of other periods only feed the changes and the silent list.
 */
export function buildRecap(input: RecapInput): Recap | null {
  const { packages, policy } = input;
  if (packages.length === 0) return null;
  const periodKeys = [...new Set(packages.map((p) => p.period.key))].sort(comparePeriods);
  const key =
    input.period && periodKeys.includes(input.period) ? input.period : periodKeys[periodKeys.length - 1];
  const labelOf = new Map(packages.map((p) => [p.period.key, p.period.label]));
  const current = packages.filter((p) => p.period.key === key);
  const expected = new Map(input.expected.map((e) => [opdKey(e.name), e]));
  const pilots = new Set(
    [
      ...input.expected.filter((e) => e.pilotRb).map((e) => e.name),
      ...current.flatMap((p) => p.rb?.actions?.pilots ?? []),
    ].map(opdKey),
  );

  const previousOf = (pkg: OpdPackage): number | null => {
    const k = opdKey(pkg.opd.name);
    const earlier = packages
      .filter((p) => opdKey(p.opd.name) === k && comparePeriods(p.period.key, pkg.period.key) < 0)
      .sort((a, b) => comparePeriods(a.period.key, b.period.key))
      .pop();
    if (earlier) return earlier.totals.averageCapaian;
    const own = pkg.trend.filter((t) => comparePeriods(t.key, pkg.period.key) < 0).pop();
    return own?.averageCapaian ?? null;
  };

  const opds: RecapOpd[] = current.map((pkg) => {
    const k = opdKey(pkg.opd.name);
    const previousCapaian = previousOf(pkg);
    const now = pkg.totals.averageCapaian;
    return {
      key: k,
      name: pkg.opd.name,
      kind: expected.get(k)?.kind ?? pkg.opd.kind,
      pkg,
      rank: null,
      kecamatanRank: null,
      previousCapaian,
      capaianChange:
        previousCapaian !== null && now !== null ? Number((now - previousCapaian).toPrecision(12)) : null,
      pilotRb: pilots.has(k),
    };
  });
  const sakipOf = (o: RecapOpd) => o.pkg.sakip?.score ?? null;
  const ranks = competitionRanks(opds, sakipOf);
  for (const o of opds) o.rank = ranks.get(o) ?? null;
  const kecamatan = opds.filter((o) => o.kind === 'kecamatan');
  const kecamatanRanks = competitionRanks(kecamatan, sakipOf);
  for (const o of kecamatan) o.kecamatanRank = kecamatanRanks.get(o) ?? null;
  opds.sort(recapOrder((o) => o.rank));
  kecamatan.sort(recapOrder((o) => o.kecamatanRank));

  const best = opds
    .filter((o) => o.rank !== null && o.rank <= policy.recap.bestCount)
    .map((o) => ({
      place: o.rank as number,
      opd: o.name,
      score: o.pkg.sakip?.score ?? 0,
      grade: o.pkg.sakip?.grade ?? '',
    }));

  const count = policy.recap.mostImprovedCount;
  // Last SAKIP score: the one the package states, else the OPD's package of an earlier period.
  const previousSakip = (o: RecapOpd): number | null => {
    if (o.pkg.sakip?.previous != null) return o.pkg.sakip.previous;
    const earlier = packages
      .filter(
        (p) => opdKey(p.opd.name) === o.key && p.sakip && comparePeriods(p.period.key, o.pkg.period.key) < 0,
      )
      .sort((a, b) => comparePeriods(a.period.key, b.period.key))
      .pop();
    return earlier?.sakip?.score ?? null;
  };
  const bySakip = largestRises(
    opds.flatMap((o) => {
      const from = o.pkg.sakip ? previousSakip(o) : null;
      return o.pkg.sakip && from !== null ? [{ opd: o.name, from, to: o.pkg.sakip.score }] : [];
    }),
    (c) => c.opd,
    count,
  ).filter((r) => r.change >= policy.reward.mostImprovedMinDelta);
  const byCapaian = largestRises(
    opds.flatMap((o) =>
      o.previousCapaian !== null && o.pkg.totals.averageCapaian !== null
        ? [{ opd: o.name, from: o.previousCapaian, to: o.pkg.totals.averageCapaian }]
        : [],
    ),
    (c) => c.opd,
    count,
  );
  const mostImproved: RecapImproved[] = [
    ...bySakip.map((r) => ({ ...r, basis: 'sakip' as const })),
    ...byCapaian.map((r) => ({ ...r, basis: 'capaian' as const })),
  ];

  const sent = new Set(opds.map((o) => o.key));
  const lastPeriodOf = new Map<string, { name: string; kind: OpdKind; period: string }>();
  for (const p of packages) {
    const k = opdKey(p.opd.name);
    const seen = lastPeriodOf.get(k);
    if (!seen || comparePeriods(seen.period, p.period.key) < 0)
      lastPeriodOf.set(k, { name: p.opd.name, kind: p.opd.kind, period: p.period.key });
  }
  const silentKeys = new Set([...expected.keys(), ...lastPeriodOf.keys()].filter((k) => !sent.has(k)));
  const silent = [...silentKeys]
    .map((k) => {
      const e = expected.get(k);
      const last = lastPeriodOf.get(k);
      const name = e?.name ?? last?.name ?? k;
      return {
        name,
        kind: e?.kind ?? last?.kind ?? opdKind(name),
        lastPeriod: last ? (labelOf.get(last.period) ?? last.period) : null,
      };
    })
    .sort((a, b) => byText(a.name.toLowerCase(), b.name.toLowerCase()));

  const candidates: RecapCandidate[] = [];
  for (const o of opds)
    for (const e of o.pkg.employees) {
      if (PROPOSALS.has(e.recommendation))
        candidates.push({ opd: o.name, kind: e.recommendation as CandidateKind, employee: e });
      if (e.stagnant) candidates.push({ opd: o.name, kind: 'stagnan', employee: e });
      if (e.mostImproved) candidates.push({ opd: o.name, kind: 'meningkat', employee: e });
    }
  candidates.sort((a, b) => {
    const kind = CANDIDATE_ORDER.indexOf(a.kind) - CANDIDATE_ORDER.indexOf(b.kind);
    if (kind !== 0) return kind;
    const by =
      a.kind === 'meningkat'
        ? (x: RecapCandidate) => x.employee.change
        : (x: RecapCandidate) => x.employee.capaian;
    const ca = by(a) ?? -Infinity;
    const cb = by(b) ?? -Infinity;
    const desc = a.kind === 'penghargaan' || a.kind === 'meningkat';
    if (ca !== cb) return desc ? cb - ca : ca - cb;
    return byText(a.opd, b.opd) || byText(a.employee.nama, b.employee.nama);
  });

  const duties = opds
    .map((o) => {
      const all = o.pkg.supervisors.flatMap((s) => s.duties);
      return {
        opd: o.name,
        supervisors: o.pkg.supervisors.length,
        teguran: all.filter((d) => d.duty === 'teguran').length,
        apresiasi: all.filter((d) => d.duty === 'apresiasi').length,
        umpanBalik: all.filter((d) => d.duty === 'umpan_balik').length,
      };
    })
    .sort(
      (a, b) =>
        b.teguran + b.apresiasi + b.umpanBalik - (a.teguran + a.apresiasi + a.umpanBalik) ||
        byText(a.opd, b.opd),
    );

  const policies = [...new Set(current.map((p) => p.policy.name))];
  return {
    period: { key: key as string, label: labelOf.get(key as string) ?? (key as string) },
    periods: periodKeys.map((k) => ({ key: k, label: labelOf.get(k) ?? k })),
    opds,
    best,
    mostImproved,
    kecamatan,
    silent,
    candidates,
    duties,
    policies: policies.length > 1 ? policies : [],
  };
}
