/**
 * The Riwayat export dialog: asks ambilBerkasRiwayat() for the Riwayat file and offers it as a data: URI
 * download (nothing goes over the network; the add-on needs no Drive scope). DOM built with textContent.
 */
import { t } from '../../../shared/messages';
import { el } from './dom';
import { dataUri } from './files';
import { type CallResult, call, detailOf } from './script-run';

type Reply = CallResult<'ambilBerkasRiwayat'>;

const app = document.getElementById('app') as HTMLElement;
const status = document.getElementById('status') as HTMLElement;

function show(reply: Reply): void {
  app.textContent = '';
  if (!reply.ok) {
    status.className = 'status error';
    status.textContent = reply.message;
    return;
  }
  status.className = 'status';
  status.textContent = '';
  app.appendChild(el('p', reply.help));
  if (reply.notes.length > 0) {
    const notes = el('ul', undefined, 'notes');
    for (const note of reply.notes) notes.appendChild(el('li', note));
    app.appendChild(notes);
  }
  const link = el('a', t('ADDON_UI_DOWNLOAD'), 'download');
  link.id = 'download';
  link.href = dataUri(reply.json);
  link.download = reply.fileName;
  const line = el('p');
  line.appendChild(link);
  line.appendChild(document.createTextNode(` ${reply.fileName}`));
  app.appendChild(line);
}

status.className = 'status';
status.textContent = t('SHEETS_UI_LOADING');
call('ambilBerkasRiwayat')
  .then(show)
  .catch((error) => show({ ok: false, message: t('ADDON_UI_ERROR', { detail: detailOf(error) }) }));
