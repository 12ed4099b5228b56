/**
 * The export dialog: asks ambilPaketEkspor() for the results package (through the typed client,
 * script-run.ts) and offers it to copy or to download as a file (a data: URI link, so nothing goes
 * over the network). DOM built with textContent.
 */
import { t } from '../../../shared/messages';
import { type CallResult, call, detailOf } from './script-run';

type PackageReply = CallResult<'ambilPaketEkspor'>;

const app = document.getElementById('app') as HTMLElement;
const status = document.getElementById('status') as HTMLElement;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
}

function show(reply: PackageReply): void {
  app.textContent = '';
  if (!reply.ok) {
    status.className = 'status error';
    status.textContent = reply.message;
    return;
  }
  status.className = 'status';
  status.textContent = '';
  app.appendChild(el('p', reply.help));
  const link = el('a', t('ADDON_UI_DOWNLOAD'));
  link.href = `data:application/json;charset=utf-8,${encodeURIComponent(reply.json)}`;
  link.download = reply.fileName;
  link.className = 'download';
  app.appendChild(link);
  const copy = el('button', t('ADDON_UI_COPY'));
  copy.type = 'button';
  const text = el('textarea');
  text.readOnly = true;
  text.rows = 12;
  text.value = reply.json;
  copy.addEventListener('click', () => {
    text.select();
    document.execCommand('copy');
    status.textContent = t('ADDON_UI_COPIED');
  });
  app.appendChild(copy);
  app.appendChild(text);
}

status.textContent = t('SHEETS_UI_LOADING');
call('ambilPaketEkspor')
  .then(show)
  .catch((error) => show({ ok: false, message: t('ADDON_UI_ERROR', { detail: detailOf(error) }) }));
