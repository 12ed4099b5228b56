/**
 * The column mapping sidebar. Runs in the sidebar's iframe: builds its DOM with textContent only,
 * talks to the add-on through the typed google.script.run client (`call('ambilUsulanPemetaan')`,
 * `call('simpanPemetaan', json)`, and for moving the mapping `eksporPemetaan`, `periksaImporPemetaan`,
 * `imporPemetaan`; see script-run.ts), and takes every text from the message catalog.
 * The server validates what it receives; nothing here is trusted.
 */
import type { MessageCode } from '../../../shared/messages';
import { t } from '../../../shared/messages';
import type { MappingProposal, SheetProposal } from '../features/mapping/proposal';
import { closeConfirm, openConfirm } from './confirm';
import { button, el, headerRow, labelFor, noteList, option, type Say, statusLine } from './dom';
import { downloadLink, jsonFileInput } from './files';
import { call, detailOf } from './script-run';

const LOW_CONFIDENCE = 0.75;
const say = (code: MessageCode, params?: Record<string, string | number>) => t(code, params);

interface SheetControls {
  sheet: SheetProposal;
  role: HTMLSelectElement;
  fields: { index: number; select: HTMLSelectElement }[];
}

/**
 * One sheet: its kind of data and a field per column. Every select is labelled: the kind by its visible
 * <label>, each column's field by the column it maps ("Isian untuk kolom C ("NIP")"), for screen readers.
 */
function renderSheet(
  root: HTMLElement,
  sheet: SheetProposal,
  proposal: MappingProposal,
  n: number,
): SheetControls {
  root.appendChild(el('h2', `${sheet.sheet} · ${sheet.range}`));
  root.appendChild(
    el('div', say('SHEETS_UI_SHEET_SUMMARY', { header: sheet.headerRow, rows: sheet.dataRowCount }), 'muted'),
  );
  // What the title rows say about the table: the admin checks the period before anything is scored.
  const meta: string[] = [];
  if (sheet.title !== '') meta.push(say('SHEETS_UI_TABLE_TITLE', { title: sheet.title }));
  if (sheet.period !== '') meta.push(say('SHEETS_UI_TABLE_PERIOD', { period: sheet.period }));
  if (sheet.opd !== '') meta.push(say('SHEETS_UI_TABLE_OPD', { opd: sheet.opd }));
  if (meta.length > 0) root.appendChild(el('div', meta.join(' · '), 'muted'));
  if (sheet.codeColumns.length > 0)
    root.appendChild(
      el('div', say('SHEETS_UI_CODE_COLUMNS', { columns: sheet.codeColumns.join(', ') }), 'muted'),
    );
  const role = el('select');
  role.appendChild(option('', say('SHEETS_UI_IGNORE_SHEET')));
  for (const r of proposal.roles) role.appendChild(option(r.id, r.label));
  role.value = sheet.role ?? '';
  role.id = `role-${n}`;
  const roleLine = el('div');
  roleLine.append(labelFor(say('SHEETS_UI_ROLE'), role.id), ' ', role);
  root.appendChild(roleLine);
  if (sheet.notes.length > 0) root.appendChild(noteList(sheet.notes));
  const table = el('table');
  table.appendChild(
    headerRow(
      (['SHEETS_UI_COLUMN', 'SHEETS_UI_HEADER', 'SHEETS_UI_FIELD', 'SHEETS_UI_CONFIDENCE'] as const).map(
        (code) => say(code),
      ),
    ),
  );
  const fields: SheetControls['fields'] = [];
  for (const column of sheet.columns) {
    const tr = el('tr');
    tr.appendChild(el('td', column.letter));
    tr.appendChild(el('td', column.label));
    const select = el('select');
    select.appendChild(option('', say('SHEETS_UI_IGNORE_COLUMN')));
    for (const f of proposal.fields) select.appendChild(option(f.id, f.label));
    select.value = column.field ?? '';
    select.setAttribute(
      'aria-label',
      say('SHEETS_UI_FIELD_FOR_COLUMN', { column: column.letter, header: column.label }),
    );
    const cell = el('td');
    cell.appendChild(select);
    tr.appendChild(cell);
    const confidence = column.field ? `${Math.round(column.confidence * 100)}%` : '';
    tr.appendChild(
      el('td', confidence, column.field && column.confidence < LOW_CONFIDENCE ? 'low' : undefined),
    );
    table.appendChild(tr);
    fields.push({ index: column.index, select });
  }
  root.appendChild(table);
  return { sheet, role, fields };
}

/**
 * The period to score, when the tables name several: periods are never combined, so the admin chooses
 * one (the latest by default); the others' tables are listed as not read.
 */
function renderPeriod(root: HTMLElement, proposal: MappingProposal): HTMLSelectElement | null {
  if (proposal.periods.length < 2) return null;
  const select = el('select');
  select.id = 'period';
  for (const p of proposal.periods) select.appendChild(option(p.key, p.label));
  select.value = proposal.period ?? '';
  const line = el('div');
  line.append(labelFor(say('SHEETS_UI_PERIOD'), select.id), ' ', select);
  root.append(line, el('p', say('SHEETS_UI_PERIOD_HELP'), 'muted'));
  return select;
}

function collect(controls: SheetControls[], period: HTMLSelectElement | null): string {
  const sheets = controls
    .filter((c) => c.role.value !== '')
    .map((c) => {
      const columns: Record<string, number> = {};
      for (const f of c.fields) if (f.select.value !== '') columns[f.select.value] = f.index;
      return {
        sheet: c.sheet.sheet,
        role: c.role.value,
        headerRow: c.sheet.headerRow,
        headerRowCount: c.sheet.headerRowCount,
        columns,
      };
    });
  // The tables left on "abaikan": recorded, so a run never asks about them again (saved-mapping.ts).
  const ignored = controls
    .filter((c) => c.role.value === '')
    .map((c) => ({
      sheet: c.sheet.sheet,
      headerRow: c.sheet.headerRow,
      headerRowCount: c.sheet.headerRowCount,
    }));
  return JSON.stringify({
    version: 1,
    sheets,
    ...(ignored.length > 0 ? { ignored } : {}),
    ...(period && period.value !== '' ? { period: period.value } : {}),
  });
}

/** Puts the exported JSON on the page: a download link and the text itself, to copy. */
function showExport(area: HTMLElement, json: string, fileName: string): void {
  area.textContent = '';
  const text = el('textarea');
  text.id = 'export-json';
  text.readOnly = true;
  text.rows = 8;
  text.value = json;
  area.append(
    downloadLink(say('SHEETS_UI_DOWNLOAD'), json, fileName),
    labelFor(say('SHEETS_UI_EXPORTED'), text.id, 'muted'),
    text,
  );
}

/**
 * "Pindahkan pemetaan": export the saved mapping as JSON; import one from a chosen file (read here, in
 * the sidebar) or pasted text. The server checks the import first; the admin then confirms what it
 * replaces, and only then is it saved. `reload` shows the saved mapping afterwards, then `message`.
 */
function renderTransfer(
  root: HTMLElement,
  confirmBox: HTMLElement,
  show: Say,
  reload: (message: string) => void,
): void {
  const failed = (error: unknown) => show(say('SHEETS_UI_ERROR', { detail: detailOf(error) }), true);
  const title = el('h2', say('SHEETS_UI_TRANSFER'));
  title.id = 'transfer-title';
  root.append(title, el('p', say('SHEETS_UI_TRANSFER_HELP'), 'muted'));

  const exportButton = button(say('SHEETS_UI_EXPORT'), 'export');
  const exportArea = el('div');
  exportButton.addEventListener('click', () => {
    exportArea.textContent = '';
    call('eksporPemetaan')
      .then((reply) => {
        if (!reply.ok) return show(reply.message, true);
        show('');
        showExport(exportArea, reply.json, reply.fileName);
      })
      .catch(failed);
  });
  root.append(exportButton, exportArea);

  const fileLabel = labelFor(say('SHEETS_UI_IMPORT_FILE'), 'import-file', 'muted');
  const file = jsonFileInput('import-file');
  const textLabel = labelFor(say('SHEETS_UI_IMPORT_TEXT'), 'import-json', 'muted');
  const text = el('textarea');
  text.id = 'import-json';
  text.rows = 6;
  const importButton = button(say('SHEETS_UI_IMPORT'), 'import');
  const problems = noteList([], 'import-problems');
  // The file is read here, in the sidebar, into the text box: the server receives the same JSON text.
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    chosen
      .text()
      .then((content) => {
        text.value = content;
        show('');
      })
      .catch((error: unknown) => show(say('SHEETS_UI_FILE_ERROR', { detail: detailOf(error) }), true));
  });

  const listProblems = (differences: readonly string[]) => {
    problems.textContent = '';
    for (const d of differences) problems.appendChild(el('li', d));
  };
  /** A refused import (at the check or at the save): what differs, listed, and why, in the status line. */
  const refused = (reply: { message: string; differences: readonly string[] }) => {
    listProblems(reply.differences);
    show(reply.message, true);
  };
  importButton.addEventListener('click', () => {
    const json = text.value;
    closeConfirm(confirmBox);
    listProblems([]);
    if (json.trim() === '') return show(say('SHEETS_UI_IMPORT_EMPTY'), true);
    show(say('SHEETS_UI_CHECKING'));
    call('periksaImporPemetaan', json)
      .then((reply) => {
        if (!reply.ok) return refused(reply);
        show('');
        const list = el('ul');
        for (const line of reply.sheets) list.appendChild(el('li', line));
        const body = [el('p', reply.message), list, el('p', reply.replaces)];
        openConfirm(confirmBox, say('SHEETS_UI_CONFIRM_TITLE'), body, {
          yes: say('SHEETS_UI_CONFIRM_YES'),
          cancel: say('SHEETS_UI_CANCEL'),
          onYes: () => {
            show(say('SHEETS_UI_SAVING'));
            call('imporPemetaan', json)
              .then((saved) => (saved.ok ? reload(saved.message) : refused(saved)))
              .catch(failed);
          },
          onCancel: () => show(say('SHEETS_UI_CANCELLED')),
        });
      })
      .catch(failed);
  });
  root.append(fileLabel, file, textLabel, text, importButton, problems);
}

function start(): void {
  const app = document.getElementById('app')!;
  const save = document.getElementById('save') as HTMLButtonElement;
  const show = statusLine(document.getElementById('status')!);
  save.textContent = say('SHEETS_UI_SAVE');
  const failed = (error: unknown) => show(say('SHEETS_UI_ERROR', { detail: detailOf(error) }), true);
  let controls: SheetControls[] = [];
  let period: HTMLSelectElement | null = null;
  /** Reads the sheets and shows each one's proposed (or saved) mapping; again after an import. */
  const load = (after = '') => {
    show(say('SHEETS_UI_LOADING'));
    save.disabled = true;
    call('ambilUsulanPemetaan')
      .then((reply) => {
        if (!reply.ok) return show(reply.message, true);
        show(after);
        app.textContent = '';
        app.appendChild(el('p', say('SHEETS_UI_INTRO'), 'muted'));
        period = renderPeriod(app, reply.proposal);
        controls = reply.proposal.sheets.map((s, n) => renderSheet(app, s, reply.proposal, n));
        save.disabled = controls.length === 0;
      })
      .catch(failed);
  };
  load();
  renderTransfer(document.getElementById('transfer')!, document.getElementById('confirm')!, show, load);
  save.addEventListener('click', () => {
    save.disabled = true;
    show(say('SHEETS_UI_SAVING'));
    call('simpanPemetaan', collect(controls, period))
      .then((reply) => show(reply.message, !reply.ok))
      .catch(failed)
      .finally(() => {
        save.disabled = false;
      });
  });
}

start();
