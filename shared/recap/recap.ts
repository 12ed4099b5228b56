import { comparePeriods } from '../history/period-keys';
import { largestRises } from '../history/rises';
import { editDistance } from '../parse/text';
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
  /**
   * The period to recap. When absent: the period most OPDs have as their latest package (ties: the later
   * one), so one OPD exporting the wrong period does not take the whole recap over.
   */
  period?: string;
  /** Archive rows that no longer read (OPD name as the row gives it, period key and label). */
  damaged?: readonly { name: string; period: string; label: string }[];
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
  /**
   * Mean capaian of the OPD's latest period before this one, from its earlier packages or its own Riwayat
   * (the package when both have that period), the period it is of, and the change.
   */
  previousCapaian: number | null;
  previousPeriod: { key: string; label: string } | null;
  capaianChange: number | null;
  pilotRb: boolean;
}

export interface RecapImproved {
  opd: string;
  basis: 'sakip' | 'capaian';
  /** The period the rise is counted from (capaian basis); null for SAKIP (the package's stated last score). */
  since: string | null;
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
  silent: { name: string; kind: OpdKind; lastPeriod: string | null; damaged: string | null }[];
  /** OPDs sending and expected by the list (the list alone when there is one, else every OPD seen). */
  coverage: { sent: number; expected: number };
  /** Packages of the period whose OPD "Daftar OPD" does not list, with the list's closest name. */
  unlisted: { name: string; closest: string | null }[];
  /** Packages of periods after the recap's own (left out of it), OPD name and period label. */
  later: { name: string; period: string }[];
  /** OPDs whose SAKIP score is a draft (an earlier round decided it): shown, not ranked. */
  drafts: { opd: string; score: number; round: string; unanswered: number }[];
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
 * The period most OPDs have as their latest package, ties to the later: the recap's period when none is
 * asked. A package of a later period from one OPD (exported for the wrong month) does not move the recap.
 */
function commonPeriod(packages: readonly OpdPackage[]): string {
  const latest = new Map<string, string>();
  for (const p of packages) {
    const k = opdKey(p.opd.name);
    const seen = latest.get(k);
    if (seen === undefined || comparePeriods(seen, p.period.key) < 0) latest.set(k, p.period.key);
  }
  const votes = new Map<string, number>();
  for (const period of latest.values()) votes.set(period, (votes.get(period) ?? 0) + 1);
  return [...votes.entries()].sort(([a, na], [b, nb]) => nb - na || comparePeriods(b, a))[0]?.[0] ?? '';
}

/** The list's name closest to an OPD key (edit distance on the keys), for a name the list does not hold. */
function closestName(key: string, list: readonly ExpectedOpd[]): string | null {
  let best: { name: string; distance: number } | null = null;
  for (const e of list) {
    const distance = editDistance(key, opdKey(e.name));
    if (!best || distance < best.distance) best = { name: e.name, distance };
  }
  return best?.name ?? null;
}

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
  const key = input.period && periodKeys.includes(input.period) ? input.period : commonPeriod(packages);
  const labelOf = new Map(packages.map((p) => [p.period.key, p.period.label]));
  const current = packages.filter((p) => p.period.key === key);
  const expected = new Map(input.expected.map((e) => [opdKey(e.name), e]));
  const pilots = new Set(
    [
      ...input.expected.filter((e) => e.pilotRb).map((e) => e.name),
      ...current.flatMap((p) => p.rb?.actions?.pilots ?? []),
    ].map(opdKey),
  );

  // The latest period before the package's own, from the OPD's earlier packages and the package's own
  // trend together: a year-old package never hides last month's Riwayat (the package wins a tie).
  const previousOf = (pkg: OpdPackage): { value: number | null; key: string; label: string } | null => {
    const k = opdKey(pkg.opd.name);
    const before = (key: string) => comparePeriods(key, pkg.period.key) < 0;
    const candidates = [
      ...pkg.trend
        .filter((t) => before(t.key))
        .map((t) => ({ value: t.averageCapaian, key: t.key, label: t.label, rank: 0 })),
      ...packages
        .filter((p) => opdKey(p.opd.name) === k && before(p.period.key))
        .map((p) => ({ value: p.totals.averageCapaian, key: p.period.key, label: p.period.label, rank: 1 })),
    ].sort((a, b) => comparePeriods(a.key, b.key) || a.rank - b.rank);
    return candidates.pop() ?? null;
  };

  const opds: RecapOpd[] = current.map((pkg) => {
    const k = opdKey(pkg.opd.name);
    const previous = previousOf(pkg);
    const previousCapaian = previous?.value ?? null;
    const now = pkg.totals.averageCapaian;
    return {
      key: k,
      name: pkg.opd.name,
      kind: expected.get(k)?.kind ?? pkg.opd.kind,
      pkg,
      rank: null,
      kecamatanRank: null,
      previousCapaian,
      previousPeriod:
        previous && previousCapaian !== null ? { key: previous.key, label: previous.label } : null,
      capaianChange:
        previousCapaian !== null && now !== null ? Number((now - previousCapaian).toPrecision(12)) : null,
      pilotRb: pilots.has(k),
    };
  });
  // A draft SAKIP (decided by an earlier round than the final one) is shown but never ranked against
  // final scores: recap.drafts names those OPDs.
  const sakipOf = (o: RecapOpd) => (o.pkg.sakip && !o.pkg.sakip.draft ? o.pkg.sakip.score : null);
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
      return o.pkg.sakip && from !== null ? [{ opd: o.name, from, to: o.pkg.sakip.score, since: null }] : [];
    }),
    (c) => c.opd,
    count,
  ).filter((r) => r.change >= policy.reward.mostImprovedMinDelta);
  const byCapaian = largestRises(
    opds.flatMap((o) =>
      o.previousCapaian !== null && o.pkg.totals.averageCapaian !== null
        ? [
            {
              opd: o.name,
              from: o.previousCapaian,
              to: o.pkg.totals.averageCapaian,
              since: o.previousPeriod?.label ?? null,
            },
          ]
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
  // An OPD whose latest archived package no longer reads is said to have one, never "never sent".
  const damagedOf = new Map<string, { name: string; period: string; label: string }>();
  for (const d of input.damaged ?? []) {
    const k = opdKey(d.name);
    const seen = damagedOf.get(k);
    if (!seen || comparePeriods(seen.period, d.period) < 0) damagedOf.set(k, d);
  }
  const silentKeys = new Set(
    [...expected.keys(), ...lastPeriodOf.keys(), ...damagedOf.keys()].filter((k) => !sent.has(k)),
  );
  const silent = [...silentKeys]
    .map((k) => {
      const e = expected.get(k);
      const last = lastPeriodOf.get(k);
      const bad = damagedOf.get(k);
      const name = e?.name ?? last?.name ?? bad?.name ?? k;
      return {
        name,
        kind: e?.kind ?? last?.kind ?? opdKind(name),
        lastPeriod: last ? (labelOf.get(last.period) ?? last.period) : null,
        damaged: bad && (!last || comparePeriods(last.period, bad.period) < 0) ? bad.label : null,
      };
    })
    .sort((a, b) => byText(a.name.toLowerCase(), b.name.toLowerCase()));
  // With a list, it alone says how many OPDs the region has: a package under another spelling is named,
  // not counted as one more OPD.
  const listed = input.expected.length > 0;
  const unlisted = listed
    ? opds
        .filter((o) => !expected.has(o.key))
        .map((o) => ({ name: o.name, closest: closestName(o.key, input.expected) }))
    : [];
  const coverage = listed
    ? { sent: opds.length - unlisted.length, expected: expected.size }
    : { sent: opds.length, expected: opds.length + silent.length };
  const later = packages
    .filter((p) => comparePeriods(p.period.key, key as string) > 0)
    .sort((a, b) => comparePeriods(a.period.key, b.period.key) || byText(a.opd.name, b.opd.name))
    .map((p) => ({ name: p.opd.name, period: p.period.label }));

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
    coverage,
    unlisted,
    later,
    drafts: opds.flatMap((o) =>
      o.pkg.sakip?.draft
        ? [
            {
              opd: o.name,
              score: o.pkg.sakip.score,
              round: o.pkg.sakip.draft.round,
              unanswered: o.pkg.sakip.draft.unanswered,
            },
          ]
        : [],
    ),
    candidates,
    duties,
    policies: policies.length > 1 ? policies : [],
  };
}
