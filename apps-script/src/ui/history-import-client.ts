/**
 * The "Impor riwayat" sidebar: the admin picks one Riwayat file (from Ekspor riwayat in an earlier
 * workbook); it is read here with FileReader (the add-on keeps the spreadsheets.currentonly scope and opens
 * nothing in Drive), checked by periksaBerkasRiwayat (what it adds, what Riwayat already holds), and
 * imported by imporBerkasRiwayat, which refuses a damaged or foreign file and writes nothing then.
 * DOM built with textContent.
 */
import { t } from '../../../shared/messages';
import { statusLine } from './dom';
import { readTextFile } from './files';
import { importPage, showLines } from './import-page';
import { type CallResult, call, detailOf, failedCall } from './script-run';

const app = document.getElementById('app') as HTMLElement;
const say = statusLine(document.getElementById('status') as HTMLElement);

let chosen: { name: string; text: string } | null = null;

const readFile = (file: File) =>
  readTextFile(file, { tooLarge: 'HISTX_UI_TOO_LARGE', unreadable: 'HISTX_UI_FILE_UNREADABLE' });

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
  const reply = await call('periksaBerkasRiwayat', chosen).catch(failedCall);
  if (!reply.ok) {
    say(reply.message, true);
    return;
  }
  showLines(results, reply.lines);
  say('');
  importButton.disabled = reply.added === 0;
}

function finish(reply: CallResult<'imporBerkasRiwayat'>): void {
  results.textContent = '';
  if (!reply.ok) {
    say(reply.message, true);
    return;
  }
  showLines(results, reply.lines);
  say(reply.lines[0] ?? '');
}

const { importButton, results } = importPage(
  app,
  { help: t('HISTX_IMPORT_HELP'), pick: t('HISTX_UI_PICK'), import: t('HISTX_UI_IMPORT') },
  { id: 'file', onPick: (files) => void pick(files) },
);

importButton.addEventListener('click', () => {
  if (!chosen) return;
  importButton.disabled = true;
  say(t('SHEETS_UI_LOADING'));
  call('imporBerkasRiwayat', chosen)
    .then(finish)
    .catch((error) => finish(failedCall(error)));
});
