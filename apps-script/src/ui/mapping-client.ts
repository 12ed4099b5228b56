/**
 * The column mapping sidebar. Runs in the sidebar's iframe: builds its DOM with textContent only,
 * talks to the add-on through the typed google.script.run client (`call('ambilUsulanPemetaan')`,
 * `call('simpanPemetaan', json)`, see script-run.ts), and takes every text from the message catalog.
 * The server validates what it receives; nothing here is trusted.
 */
import type { MessageCode } from '../../../shared/messages';
import { t } from '../../../shared/messages';
import type { MappingProposal, SheetProposal } from '../features/mapping/proposal';
import { call, detailOf } from './script-run';

const LOW_CONFIDENCE = 0.75;
const say = (code: MessageCode, params?: Record<string, string | number>) => t(code, params);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function option(value: string, label: string): HTMLOptionElement {
  const o = el('option', label);
  o.value = value;
  return o;
}

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
  root.appendChild(el('h2', sheet.sheet));
  root.appendChild(
    el('div', say('SHEETS_UI_SHEET_SUMMARY', { header: sheet.headerRow, rows: sheet.dataRowCount }), 'muted'),
  );
  const role = el('select');
  role.appendChild(option('', say('SHEETS_UI_IGNORE_SHEET')));
  for (const r of proposal.roles) role.appendChild(option(r.id, r.label));
  role.value = sheet.role ?? '';
  role.id = `role-${n}`;
  const roleLabel = el('label', say('SHEETS_UI_ROLE'));
  roleLabel.htmlFor = role.id;
  const roleLine = el('div');
  roleLine.append(roleLabel, ' ', role);
  root.appendChild(roleLine);
  if (sheet.notes.length > 0) {
    const list = el('ul', undefined, 'notes');
    for (const note of sheet.notes) list.appendChild(el('li', note));
    root.appendChild(list);
  }
  const table = el('table');
  const head = el('tr');
  for (const code of [
    'SHEETS_UI_COLUMN',
    'SHEETS_UI_HEADER',
    'SHEETS_UI_FIELD',
    'SHEETS_UI_CONFIDENCE',
  ] as const) {
    const th = el('th', say(code));
    th.scope = 'col';
    head.appendChild(th);
  }
  table.appendChild(head);
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

function collect(controls: SheetControls[]): string {
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
  return JSON.stringify({ version: 1, sheets });
}

function start(): void {
  const app = document.getElementById('app')!;
  const save = document.getElementById('save') as HTMLButtonElement;
  const status = document.getElementById('status')!;
  const show = (text: string, error = false) => {
    status.textContent = text;
    status.className = error ? 'status error' : 'status';
  };
  save.textContent = say('SHEETS_UI_SAVE');
  show(say('SHEETS_UI_LOADING'));
  const failed = (error: unknown) => show(say('SHEETS_UI_ERROR', { detail: detailOf(error) }), true);
  let controls: SheetControls[] = [];
  call('ambilUsulanPemetaan')
    .then((reply) => {
      if (!reply.ok) return show(reply.message, true);
      show('');
      app.appendChild(el('p', say('SHEETS_UI_INTRO'), 'muted'));
      controls = reply.proposal.sheets.map((s, n) => renderSheet(app, s, reply.proposal, n));
      save.disabled = controls.length === 0;
    })
    .catch(failed);
  save.addEventListener('click', () => {
    save.disabled = true;
    show(say('SHEETS_UI_SAVING'));
    call('simpanPemetaan', collect(controls))
      .then((reply) => show(reply.message, !reply.ok))
      .catch(failed)
      .finally(() => {
        save.disabled = false;
      });
  });
}

start();
