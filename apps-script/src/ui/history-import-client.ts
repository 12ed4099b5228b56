/**
 * The "Impor riwayat" sidebar: the admin picks one Riwayat file (from Ekspor riwayat in an earlier
 * workbook); it is read here with FileReader (the add-on keeps the spreadsheets.currentonly scope and opens
 * nothing in Drive), checked by periksaBerkasRiwayat (what it adds, what Riwayat already holds), and
 * imported by imporBerkasRiwayat, which refuses a damaged or foreign file and writes nothing then.
 * DOM built with textContent.
 */
import { t } from '../../../shared/messages';
import { el } from './dom';
import { type CallResult, call, detailOf } from './script-run';

/** Files above this size are refused before they are sent (the server refuses them too). */
const MAX_MB = 8;

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

function readFile(file: File): Promise<{ name: string; text: string }> {
  return new Promise((resolve, reject) => {
    if (file.size > MAX_MB * 1024 * 1024) {
      reject(
        new Error(
          t('HISTX_UI_TOO_LARGE', { file: file.name, size: (file.size / 1048576).toFixed(1), max: MAX_MB }),
        ),
      );
      return;
    }
    const reader = new FileReader();
    reader.onload = () => resolve({ name: file.name, text: String(reader.result ?? '') });
    reader.onerror = () =>
      reject(new Error(t('HISTX_UI_FILE_UNREADABLE', { file: file.name, detail: detailOf(reader.error) })));
    reader.readAsText(file, 'utf-8');
  });
}

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
