/**
 * The "Rekap OPD" sidebar: the admin picks the OPD package files (several at once); they are read here
 * with FileReader (the add-on keeps the spreadsheets.currentonly scope and opens nothing in Drive),
 * checked by periksaPaketOpd (each file's verdict shown), and imported by imporPaketOpd, which writes
 * nothing unless every file is accepted. DOM built with textContent.
 */
import { t } from '../../../shared/messages';
import { button, el, headerRow, statusLine } from './dom';
import { readTextFile } from './files';
import { importPage, showLines } from './import-page';
import { type CallResult, call, detailOf, failedCall } from './script-run';

type Verdicts = Extract<CallResult<'periksaPaketOpd'>, { ok: true }>['files'];

const app = document.getElementById('app') as HTMLElement;
const say = statusLine(document.getElementById('status') as HTMLElement);

let chosen: { name: string; text: string }[] = [];

function verdictTable(files: Verdicts): HTMLTableElement {
  const table = el('table');
  table.id = 'verdicts';
  table.appendChild(headerRow([t('RECAP_UI_COL_FILE'), t('RECAP_UI_COL_STATUS')]));
  for (const f of files) {
    const row = el('tr', undefined, f.ok ? 'ok' : 'refused');
    row.setAttribute('data-ok', String(f.ok));
    row.appendChild(el('td', f.file));
    row.appendChild(el('td', f.message));
    table.appendChild(row);
  }
  return table;
}

const readFile = (file: File) =>
  readTextFile(file, { tooLarge: 'RECAP_UI_TOO_LARGE', unreadable: 'RECAP_UI_FILE_UNREADABLE' });

async function pick(list: FileList | null): Promise<void> {
  results.textContent = '';
  importButton.disabled = true;
  const files = list ? Array.from(list) : [];
  if (files.length === 0) return say(t('RECAP_FILES_NONE'), true);
  say(t('RECAP_UI_READING', { count: files.length }));
  try {
    chosen = await Promise.all(files.map(readFile));
  } catch (error) {
    return say(detailOf(error), true);
  }
  const reply = await call('periksaPaketOpd', chosen).catch(failedCall);
  if (!reply.ok) return say(reply.message, true);
  results.appendChild(verdictTable(reply.files));
  const refused = reply.files.length - reply.accepted;
  if (refused > 0) say(t('RECAP_REFUSED', { count: refused }), true);
  else {
    say('');
    importButton.disabled = false;
  }
}

function finish(reply: CallResult<'imporPaketOpd'>): void {
  results.textContent = '';
  if (reply.files.length > 0) results.appendChild(verdictTable(reply.files));
  if (!reply.ok) {
    say(reply.message, true);
    return;
  }
  showLines(results, reply.lines);
  say(reply.lines[0] ?? '');
}

const { importButton, buttons, results } = importPage(
  app,
  { help: t('RECAP_IMPORT_HELP'), pick: t('RECAP_UI_PICK'), import: t('RECAP_UI_IMPORT') },
  { id: 'files', multiple: true, onPick: (files) => void pick(files) },
);
const rebuild = button(t('RECAP_UI_REBUILD'), 'rebuild');
buttons.append(' ', rebuild);

const failedImport = (error: unknown) => finish({ ...failedCall(error), files: [] });
importButton.addEventListener('click', () => {
  importButton.disabled = true;
  say(t('SHEETS_UI_LOADING'));
  call('imporPaketOpd', chosen).then(finish).catch(failedImport);
});
rebuild.addEventListener('click', () => {
  say(t('SHEETS_UI_LOADING'));
  call('buatUlangRekapOpd').then(finish).catch(failedImport);
});
