/**
 * The Riwayat export dialog: asks ambilBerkasRiwayat() for the Riwayat file and offers it as a data: URI
 * download (nothing goes over the network; the add-on needs no Drive scope). DOM built with textContent.
 */
import { t } from '../../../shared/messages';
import { el, statusLine } from './dom';
import { showReply } from './download-dialog';
import { downloadLink } from './files';
import { type CallResult, call, failedCall } from './script-run';

type Reply = CallResult<'ambilBerkasRiwayat'>;

const app = document.getElementById('app') as HTMLElement;
const say = statusLine(document.getElementById('status') as HTMLElement);

function show(reply: Reply): void {
  if (!showReply(app, say, reply)) return;
  const link = downloadLink(t('ADDON_UI_DOWNLOAD'), reply.json, reply.fileName);
  link.id = 'download';
  const line = el('p');
  line.appendChild(link);
  line.appendChild(document.createTextNode(` ${reply.fileName}`));
  app.appendChild(line);
}

say(t('SHEETS_UI_LOADING'));
call('ambilBerkasRiwayat')
  .then(show)
  .catch((error) => show(failedCall(error)));
