/**
 * The "Impor riwayat" sidebar: the admin picks one Riwayat file (from Ekspor riwayat in an earlier
 * workbook); it is read here with FileReader (the add-on keeps the spreadsheets.currentonly scope and opens
 * nothing in Drive), checked by periksaBerkasRiwayat (what it adds, what Riwayat already holds), and
 * imported by imporBerkasRiwayat, which refuses a damaged or foreign file and writes nothing then.
 * DOM built with textContent.
 */
import { t } from '../../../shared/messages';
import { el } from './dom';
import { readTextFile } from './files';
import { type CallResult, call, detailOf } from './script-run';

const app = document.getElementById('app') as HTMLElement;
const status = document.getElementById('status') as HTMLElement;

let chosen: { name: string; text: string } | null = null;

const say = (text: string, error = false): void => {
  status.className = error ? 'status error' : 'status';
  status.textContent = text;
};

const results = el('div');
results.id = 'results';
const importButton = el('button', t('HISTX_UI_IMPORT'), 'primary');
importButton.type = 'button';
importButton.id = 'import';
importButton.disabled = true;

const readFile = (file: File) =>
  readTextFile(file, { tooLarge: 'HISTX_UI_TOO_LARGE', unreadable: 'HISTX_UI_FILE_UNREADABLE' });

function showLines(lines: readonly string[]): void {
  const list = el('ul', undefined, 'notes');
  list.id = 'lines';
  for (const line of lines) list.appendChild(el('li', line));
  results.appendChild(list);
}

async function pick(list: FileList | null): Promise<void> {
  results.textContent = '';
  importButton.disabled = true;
  chosen = null;
  const file = list?.[0];
  if (!file) return say(t('HISTX_FILE_NONE'), true);
  say(t('SHEETS_UI_LOADING'));
  try {
    chosen = await readFile(file);
  } catch (error) {
    return say(detailOf(error), true);
  }
  const reply = await call('periksaBerkasRiwayat', chosen).catch((error) => ({
    ok: false as const,
    message: t('ADDON_UI_ERROR', { detail: detailOf(error) }),
  }));
  if (!reply.ok) {
    say(reply.message, true);
    return;
  }
  showLines(reply.lines);
  say('');
  importButton.disabled = reply.added === 0;
}

function finish(reply: CallResult<'imporBerkasRiwayat'>): void {
  results.textContent = '';
  if (!reply.ok) {
    say(reply.message, true);
    return;
  }
  showLines(reply.lines);
  say(reply.lines[0] ?? '');
}

app.appendChild(el('p', t('HISTX_IMPORT_HELP')));
const label = el('label', t('HISTX_UI_PICK'));
label.htmlFor = 'file';
const input = el('input');
input.type = 'file';
input.id = 'file';
input.accept = '.json,application/json';
input.addEventListener('change', () => void pick(input.files));
app.appendChild(label);
app.appendChild(el('br'));
app.appendChild(input);
const buttons = el('p');
buttons.appendChild(importButton);
app.appendChild(buttons);
app.appendChild(results);

importButton.addEventListener('click', () => {
  if (!chosen) return;
  importButton.disabled = true;
  say(t('SHEETS_UI_LOADING'));
  call('imporBerkasRiwayat', chosen)
    .then(finish)
    .catch((error) => finish({ ok: false, message: t('ADDON_UI_ERROR', { detail: detailOf(error) }) }));
});
