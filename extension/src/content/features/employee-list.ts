import { BadgeSlots } from '../dom/badge-slots';
import type { GridCell } from '../dom/grid';
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
import { columnLocaleOf, findNip } from '../model/values';
import { PEOPLE_KINDS } from '../pages';
import { emptyContribution, noteTruncation, tally } from '../summary';
import { type PersonScore, scorePerson } from '../verdict/person';
import { type Feature, type ScanBatch, tableFeature, type Write } from './registry';

const cache = new ScoreCache<PersonScore>();
const slots = new BadgeSlots<HTMLTableRowElement>();

const PERSON_FIELDS = ['nama_nip', 'nama', 'nip'] as const;

function nameWithoutNip(text: string): string {
  return text
    .replace(/NIP\s*[.:]?\s*/i, ' ')
    .replace(/(?:\d[\s.]?){18}/, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function scanTable(model: TableModel, batch: ScanBatch, writes: Write[]): void {
  cache.useSettings(batch.settings);
  const { policy, lang, results } = batch.settings;
  const personField = PERSON_FIELDS.find((f) => hasField(model, f));
  if (!personField) return;
  const contribution = emptyContribution('daftar-pegawai');
  const locale = hasField(model, 'capaian')
    ? columnLocaleOf(model.dataRows.slice(0, 200).map((r) => textOf(model, r, 'capaian')))
    : undefined;
  // Same text under other headers (or another number style) is another score.
  const columns = JSON.stringify([model.mapping, model.labels]);
  for (const row of model.dataRows) {
    const personCell = cellOf(model, row, personField);
    const nip = findNip(textOf(model, row, 'nip')) ?? findNip(personCell?.text ?? '');
    if (!nip && !textOf(model, row, 'nama')) continue;
    const hash = `${rowKey(row)}|${columns}|${locale}|${batch.settings.revision}`;
    let score = cache.get(hash);
    if (!score && !batch.mayScore()) {
      batch.unfinished.add(model.table);
      continue;
    }
    if (!score) {
      const nameText = textOf(model, row, 'nama') || textOf(model, row, 'nama_nip');
      score = scorePerson(
        {
          name: nameWithoutNip(nameText),
          ...(nip ? { nip } : {}),
          capaianText: textOf(model, row, 'capaian'),
          capaianColumn: model.labels.capaian ?? '',
          status: textOf(model, row, 'status'),
          minutesText: textOf(model, row, 'menit'),
          predikatText: textOf(model, row, 'predikat'),
        },
        policy,
        results,
        lang,
        locale,
      );
      cache.set(hash, score);
    }
    tally(contribution, 'pegawai', score.badge.flags);
    contribution.people.push(score.person);
    const target: GridCell | undefined = cellOf(model, row, 'capaian') ?? personCell;
    const write = slots.write(row.source, score.badge, (badge) =>
      (target?.source ?? row.source).append(badge),
    );
    if (write) {
      batch.stats.touchedRows++;
      writes.push(write);
    }
  }
  noteTruncation(contribution, model.name, truncatedRows(model), MAX_ROWS_PER_TABLE);
  batch.summary.set(model.table, contribution);
}

/** A result-based indicator per person on lists and recaps of subordinates. */
export const employeeList: Feature = tableFeature(
  'employee-list',
  ['daftar-pegawai'],
  PEOPLE_KINDS,
  scanTable,
);
