import { shownValue } from '../../../../shared';
import { flagLabel } from '../../../../shared/flags';
import type { Lang } from '../../../../shared/messages';
import { formatIssue, t } from '../../../../shared/messages';
import {
  decideIndicator,
  headerYear,
  type PeriodBasis,
  type PeriodTargetCell,
  realisasiSpanOf,
  targetSpanOf,
} from '../../../../shared/score';
import { BadgeSlots } from '../dom/badge-slots';
import type { GridRow } from '../dom/grid';
import type { OverlayFlag } from '../flags';
import type { OverlayPolicy } from '../light/default-policy';
import { type IndicatorRow, indicatorRows } from '../model/skp';
import {
  cellOf,
  hasField,
  MAX_ROWS_PER_TABLE,
  rowKey,
  ScoreCache,
  type TableModel,
  textOf,
  truncatedRows,
} from '../model/table';
import { hasEvidence, hasFeedback, readPolarity, readRealisasiFact, readTargetFact } from '../model/values';
import { periodModule } from '../on-demand';
import { SKP_KINDS } from '../pages';
import type { PeriodApi } from '../period/api';
import { type Contribution, emptyContribution, noteTruncation, tally, untally } from '../summary';
import { categoryText, flagLines, type IndicatorScore, percentText, toneOf } from '../verdict/show';
import { employeeVerdicts } from '../verdict/skp-employee';
import { type Feature, type ScanBatch, tableFeature, type Write } from './registry';

const cache = new ScoreCache<IndicatorScore>();
const slots = new BadgeSlots<Element>();

/**
 * Scores one indicator with the core's one indicator verdict (shared/score decideIndicator), the same
 * that Hitung nilai and =CAPAIAN use: capaian from target and realisasi (polarity from a Polaritas column
 * when present), its category (policy bands), and the flags a supervisor must see: a plan without
 * realisasi (target_saja), an empty realisasi, a realisasi without bukti dukung (PermenPANRB 6/2022:
 * realisasi rests on evidence), no umpan balik, or a value that cannot be computed.
 */
export function scoreIndicator(
  model: TableModel,
  ind: IndicatorRow,
  policy: OverlayPolicy,
  lang: Lang,
  period?: DecidedPeriod,
): IndicatorScore {
  const { row } = ind;
  const targetText = textOf(model, row, 'target');
  const realisasiText = textOf(model, row, 'realisasi');
  const target = readTargetFact(targetText);
  const realisasi = !hasField(model, 'realisasi')
    ? 'absent'
    : realisasiText === ''
      ? 'empty'
      : readRealisasiFact(realisasiText);
  // An annual target against the page's period (period/api.ts): the target the realisasi meets, and why;
  // only for a realisasi read, as Hitung nilai (no line about a realisasi compared that is not there).
  let prepared: ReturnType<PeriodApi['targetFor']>['prepared'] | undefined;
  let basisLine = '';
  if (period?.api && period.basis && target.ok && typeof realisasi === 'object' && realisasi.ok) {
    const satuan = textOf(model, row, 'satuan');
    const own = period.periodColumn === undefined ? undefined : row.cells[period.periodColumn]?.text.trim();
    const periodTarget: PeriodTargetCell | undefined =
      period.periodColumn === undefined ? undefined : own ? readTargetFact(own) : 'empty';
    const chosen = period.api.targetFor(
      target.value,
      period.basis,
      satuan === '' ? undefined : satuan,
      textOf(model, row, 'indikator'),
      periodTarget,
      lang,
    );
    prepared = chosen.prepared;
    basisLine = chosen.note;
  }
  const bukti = cellOf(model, row, 'bukti_dukung');
  const verdict = decideIndicator(
    {
      target,
      realisasi,
      polarity: readPolarity(textOf(model, row, 'polaritas')),
      evidence: bukti ? hasEvidence(bukti.source, bukti.text) : undefined,
      feedback: hasField(model, 'umpan_balik') ? hasFeedback(textOf(model, row, 'umpan_balik')) : undefined,
      prepared,
    },
    policy,
  );
  const flags: OverlayFlag[] = [...verdict.flags];
  const capaian = verdict.capaian;
  let why = '';
  if (capaian === null && typeof realisasi === 'object') {
    if (!target.ok) why = t('OVERLAY_TIP_TARGET_MISSING', { target: shownValue(targetText) }, lang);
    else if (!realisasi.ok)
      why = t('OVERLAY_TIP_REALISASI_UNREADABLE', { realisasi: shownValue(realisasiText) }, lang);
    // No target for the period: the module said why, in words the content script does not carry.
    else if (verdict.issue) why = prepared && 'ok' in prepared ? basisLine : formatIssue(verdict.issue, lang);
  }

  const category = verdict.kategori ?? undefined;
  const label =
    capaian !== null && category
      ? `${percentText(capaian, lang)}% ${categoryText(category, lang)}`
      : flags.includes('target_saja')
        ? flagLabel('target_saja', lang)
        : flags.includes('realisasi_kosong')
          ? flagLabel('realisasi_kosong', lang)
          : t('OVERLAY_BADGE_NOT_COMPUTABLE', undefined, lang);
  const head =
    capaian !== null && category
      ? t(
          'OVERLAY_TIP_CAPAIAN',
          {
            capaian: percentText(capaian, lang),
            kategori: categoryText(category, lang),
            realisasi: shownValue(realisasiText),
            target: shownValue(targetText),
          },
          lang,
        )
      : why
        ? t('OVERLAY_TIP_NOT_COMPUTABLE', { reason: why }, lang)
        : flags.includes('realisasi_kosong')
          ? t('OVERLAY_TIP_REALISASI_EMPTY', { target: shownValue(targetText) }, lang)
          : '';
  const tooltip = [head, why === basisLine ? '' : basisLine, ...flagLines(flags, lang)]
    .filter((line) => line !== '')
    .join('\n');
  return {
    capaian,
    badge: {
      kind: 'indikator',
      capaian,
      kategori: category?.id ?? '',
      flags,
      ...(ind.owner ? { nip: ind.owner } : {}),
      label,
      tooltip,
      tone: toneOf(category?.id),
    },
  };
}

/** A table's period context once decided: the module (null when it could not load), its basis and notes. */
interface DecidedPeriod {
  api: PeriodApi | null;
  basis: PeriodBasis | null;
  periodColumn: number | undefined;
  notes: string[];
  /** Part of each row's cache key: the same row under another period is another score. */
  key: string;
}

/** Targets that are the period's own (most tables): nothing to decide, nothing to load. */
const OWN_PERIOD: DecidedPeriod = { api: null, basis: null, periodColumn: undefined, notes: [], key: '' };

/**
 * How a table's targets meet the page's period: the period's own (no module), or, when the target header
 * names a year or the realisasi a running total (or the region's policy says every table does: the core's
 * targetSpanOf / realisasiSpanOf), decided by the period module; 'waiting' while it loads.
 */
function periodOf(model: TableModel, batch: ScanBatch): DecidedPeriod | 'waiting' {
  const { policy, lang } = batch.settings;
  const rules = policy.periods;
  if (!hasField(model, 'target')) return OWN_PERIOD;
  const annual = targetSpanOf(model.labels.target, rules) === 'annual';
  const hasRealisasiColumn = hasField(model, 'realisasi');
  const cumulative = hasRealisasiColumn && realisasiSpanOf(model.labels.realisasi, rules) === 'cumulative';
  // A header naming a year is checked against the page's year by the module (another year: refused).
  const namesYear =
    headerYear(model.labels.target) !== undefined ||
    (hasRealisasiColumn && headerYear(model.labels.realisasi) !== undefined);
  if (!annual && !cumulative && !namesYear) return OWN_PERIOD;
  const state = periodModule(() => batch.requestScan?.());
  if (state.status === 'loading') return 'waiting';
  if (state.status !== 'ready')
    return {
      ...OWN_PERIOD,
      notes: annual ? [t('OVERLAY_PERIOD_MODULE_MISSING', undefined, lang)] : [],
      key: 'failed',
    };
  const mapped = new Set(Object.values(model.mapping));
  const decided = state.api.tableBasis({
    doc: batch.doc,
    tables: batch.tables.map((m) => m.table),
    targetHeader: model.labels.target,
    realisasiHeader: model.labels.realisasi,
    hasRealisasiColumn,
    otherColumns: model.recognition.recognition.columns
      .filter((c) => !mapped.has(c.index))
      .map((c) => ({ index: c.index, label: c.label })),
    rules,
    tableName: model.name,
    lang,
  });
  return {
    api: state.api,
    ...decided,
    // The whole basis (its period and rule among it) and the period's own target column.
    key: JSON.stringify([decided.basis, decided.periodColumn]),
  };
}

/** Where the indicator badge goes: next to the realisasi (or the target of a plan). */
function badgeCell(model: TableModel, ind: IndicatorRow): Element {
  const cell =
    cellOf(model, ind.row, 'realisasi') ??
    cellOf(model, ind.row, 'target') ??
    cellOf(model, ind.row, 'indikator');
  return cell?.source ?? ind.row.source;
}

/**
 * One pass over a table: its indicator rows (found once), a cursor, and what the rows before the cursor
 * added up to. A big table is scored over several tasks; each task resumes at the cursor instead of
 * walking the rows already done. The overlay keeps the table's model while the table is unchanged, so
 * the pass lives as long as the model (a changed table is read again: a new model, a new pass, where
 * unchanged rows cost a cache lookup and write nothing).
 */
interface Pass {
  settings: ScanBatch['settings'];
  rows: IndicatorRow[];
  next: number;
  contribution: Contribution;
  scores: Map<IndicatorRow, IndicatorScore>;
  hashes: Map<IndicatorRow, string>;
  /** Short id of the table's columns (mapping and labels): same text under other headers is another score. */
  columns: number;
  /** What the finished pass gave the summary (with the employees' verdicts on an appraisal). */
  result?: Contribution;
  /** How the table's targets meet the page's period (decided when the pass starts). */
  period: DecidedPeriod;
}
const passes = new WeakMap<TableModel, Pass>();

/** Column layouts seen, numbered: the row hash carries a number instead of the layout's JSON. */
const columnIds = new Map<string, number>();
function columnsId(model: TableModel): number {
  const json = JSON.stringify([model.mapping, model.labels]);
  let id = columnIds.get(json);
  if (id === undefined) {
    if (columnIds.size > 1000) columnIds.clear();
    id = columnIds.size;
    columnIds.set(json, id);
  }
  return id;
}

function passOf(model: TableModel, batch: ScanBatch): Pass | undefined {
  const known = passes.get(model);
  if (known && known.settings === batch.settings) return known;
  const period = periodOf(model, batch);
  // The period module is on its way: nothing is scored against a target compared the wrong way.
  if (period === 'waiting') return undefined;
  const pass: Pass = {
    settings: batch.settings,
    rows: indicatorRows(model),
    next: 0,
    contribution: emptyContribution(hasField(model, 'realisasi') ? 'skp-penilaian' : 'skp-rencana'),
    scores: new Map(),
    hashes: new Map(),
    columns: columnsId(model),
    period,
  };
  if (period.notes.length > 0) pass.contribution.notes = period.notes;
  passes.set(model, pass);
  return pass;
}

/** Scores one indicator row of a pass (from the cache when the row says what it said before). */
function scoreRow(model: TableModel, ind: IndicatorRow, pass: Pass, batch: ScanBatch): IndicatorScore {
  const { policy, lang, revision } = batch.settings;
  const hash = `${rowKey(ind.row)}|${ind.kind}|${ind.owner}|${pass.columns}|${revision}|${pass.period.key}`;
  let score = cache.get(hash);
  if (!score) {
    score = scoreIndicator(model, ind, policy, lang, pass.period);
    cache.set(hash, score);
  }
  pass.scores.set(ind, score);
  pass.hashes.set(ind, hash);
  return score;
}

/** Plans the write of a row's badge (none when the page already shows it). */
function writeBadge(
  model: TableModel,
  ind: IndicatorRow,
  score: IndicatorScore,
  batch: ScanBatch,
  writes: Write[],
): void {
  const write = slots.write(ind.row.source, score.badge, (badge) => badgeCell(model, ind).append(badge));
  if (write) {
    batch.stats.touchedRows++;
    writes.push(write);
  }
}

function scanTable(model: TableModel, batch: ScanBatch, writes: Write[]): void {
  cache.useSettings(batch.settings);
  const pass = passOf(model, batch);
  if (!pass) return;
  const { rows, contribution } = pass;
  while (pass.next < rows.length) {
    // Every row counts against the task's budget (a cached row still costs its badge write).
    if (!batch.mayScore()) {
      batch.unfinished.add(model.table);
      break;
    }
    const ind = rows[pass.next++]!;
    const score = scoreRow(model, ind, pass, batch);
    tally(contribution, 'indikator', score.badge.flags);
    writeBadge(model, ind, score, batch, writes);
  }
  const done = pass.next >= rows.length;
  // The employee's verdict needs every indicator: it waits for the task that scores the last one, and
  // is added to a copy, so a pass finished again (new settings) never counts its people twice.
  const result = done && hasField(model, 'realisasi') ? { ...contribution, people: [] } : contribution;
  if (result !== contribution) employeeVerdicts(model, rows, pass, batch, result, writes);
  noteTruncation(result, model.name, truncatedRows(model), MAX_ROWS_PER_TABLE);
  if (done) pass.result = result;
  batch.summary.set(model.table, result);
}

/**
 * Rows of a finished pass edited in place (ScanBatch.patched): only their indicators are scored again,
 * the table's tally is corrected by what they said before and say now, and only their owners' verdicts
 * are recomputed (employeeVerdicts, called as the full pass calls it, on those owners' rows). False when
 * the pass is not finished: the table is then scanned whole (unchanged rows cost a cache lookup).
 */
function patchTable(
  model: TableModel,
  changed: readonly GridRow[],
  batch: ScanBatch,
  writes: Write[],
): boolean {
  const pass = passes.get(model);
  // A table scored against the page's period is scanned whole: the period it names may have changed too.
  if (!pass?.result || pass.settings !== batch.settings || pass.next < pass.rows.length || pass.period.api) {
    passes.delete(model);
    return false;
  }
  cache.useSettings(batch.settings);
  const edited = new Set(changed);
  const contribution: Contribution = {
    ...pass.contribution,
    counts: { ...pass.contribution.counts },
    flags: { ...pass.contribution.flags },
  };
  const owners = new Set<string>();
  const bobot = model.mapping.bobot;
  let reweigh = false;
  for (const ind of pass.rows) {
    if (!edited.has(ind.row)) continue;
    owners.add(ind.owner);
    // The Bobot the row had when last scored: its hash opens with its row key, each cell's text ended by
    // \u0001 (scoreRow, rowKey). Read before scoreRow replaces the hash; only edited rows get here.
    if (
      bobot !== undefined &&
      pass.hashes.get(ind)?.split('\u0001')[bobot] !== textOf(model, ind.row, 'bobot')
    )
      reweigh = true;
    const before = pass.scores.get(ind);
    if (before) untally(contribution, 'indikator', before.badge.flags);
    const score = scoreRow(model, ind, pass, batch);
    tally(contribution, 'indikator', score.badge.flags);
    writeBadge(model, ind, score, batch, writes);
  }
  pass.contribution = contribution;
  // An edited Bobot may change the form the table's Bobot column takes, or the weight its messages name
  // (skp-employee.ts weightColumn), and with them how every employee's weights are read: then every
  // owner's verdict is asked for again, as a full pass asks. Those whose rows and column form are as the
  // last pass used answer from their memo (its key holds the form): only the verdicts that changed move.
  if (reweigh) for (const ind of pass.rows) owners.add(ind.owner);
  const result = hasField(model, 'realisasi')
    ? redoVerdicts(model, pass, owners, batch, writes)
    : contribution;
  noteTruncation(result, model.name, truncatedRows(model), MAX_ROWS_PER_TABLE);
  pass.result = result;
  batch.summary.set(model.table, result);
  return true;
}

/**
 * The pass's result with the verdicts of `owners` recomputed. employeeVerdicts lists one person per
 * owner, in the order the owners first appear in the rows it is given; the pass's people are in that
 * order for all its rows, so each recomputed person takes its owner's place.
 */
function redoVerdicts(
  model: TableModel,
  pass: Pass,
  owners: ReadonlySet<string>,
  batch: ScanBatch,
  writes: Write[],
): Contribution {
  const previous = pass.result!;
  const redone: Contribution = { ...pass.contribution, people: [] };
  employeeVerdicts(
    model,
    pass.rows.filter((ind) => owners.has(ind.owner)),
    pass,
    batch,
    redone,
    writes,
  );
  const people = [...previous.people];
  const order = ownerOrder(pass);
  let next = 0;
  for (const owner of [...owners].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))) {
    const at = order.get(owner);
    const person = redone.people[next++];
    if (at !== undefined && person) people[at] = person;
  }
  const employee = redone.employee ?? previous.employee;
  // The notes employeeVerdicts added (a table showing only part of its rows) come with the verdicts.
  return {
    ...pass.contribution,
    people,
    ...(employee ? { employee } : {}),
    ...(redone.notes ? { notes: redone.notes } : {}),
  };
}

/** Each owner's place in the pass's list of people: the order they first appear in its rows. */
const ownerOrders = new WeakMap<Pass, Map<string, number>>();
function ownerOrder(pass: Pass): Map<string, number> {
  let order = ownerOrders.get(pass);
  if (!order) {
    const built = new Map<string, number>();
    for (const ind of pass.rows) if (!built.has(ind.owner)) built.set(ind.owner, built.size);
    ownerOrders.set(pass, built);
    order = built;
  }
  return order;
}

/** Per indicator capaian + category on SKP appraisal and plan tables, with the supervisor's flags. */
export const indicatorCapaian: Feature = tableFeature(
  'indicator-capaian',
  ['skp-penilaian', 'skp-rencana'],
  SKP_KINDS,
  scanTable,
  patchTable,
);
