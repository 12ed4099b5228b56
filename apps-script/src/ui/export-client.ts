/**
 * The export dialog: asks ambilPaketEkspor() for the supervisors' results packages (through the typed
 * client, script-run.ts), lists the supervisors (name, NIP, number of direct subordinates) and offers
 * each package to download (a data: URI link, so nothing goes over the network and the add-on needs no
 * Drive scope) or to copy, and all of them as separate files. DOM built with textContent.
 */
import { t } from '../../../shared/messages';
import { button, el, headerRow, statusLine } from './dom';
import { showReply } from './download-dialog';
import { downloadLink } from './files';
import { type CallResult, call, failedCall } from './script-run';

type PackageReply = CallResult<'ambilPaketEkspor'>;
type Packages = Extract<PackageReply, { ok: true }>;

const app = document.getElementById('app') as HTMLElement;
const say = statusLine(document.getElementById('status') as HTMLElement);

/** The supervisors' table: one row per package, with its download link and copy button. */
function packageTable(reply: Packages, copyArea: HTMLTextAreaElement): HTMLTableElement {
  const table = el('table');
  table.id = 'packages';
  table.appendChild(
    headerRow(
      (
        [
          'ADDON_EXPORT_COL_SUPERVISOR',
          'ADDON_EXPORT_COL_NIP',
          'ADDON_EXPORT_COL_SUBORDINATES',
          'ADDON_EXPORT_COL_FILE',
        ] as const
      ).map((code) => t(code)),
    ),
  );
  for (const pkg of reply.packages) {
    const row = el('tr');
    row.setAttribute('data-nip', pkg.nip);
    row.appendChild(el('td', pkg.nama));
    row.appendChild(el('td', pkg.nip));
    row.appendChild(el('td', String(pkg.employees)));
    const cell = el('td');
    const link = downloadLink(t('ADDON_UI_DOWNLOAD'), pkg.json, pkg.fileName);
    link.setAttribute('aria-label', t('ADDON_EXPORT_DOWNLOAD_ONE', { nama: pkg.nama }));
    const copy = button(t('ADDON_UI_COPY'));
    copy.setAttribute('aria-label', t('ADDON_EXPORT_COPY_ONE', { nama: pkg.nama }));
    copy.addEventListener('click', () => {
      copyArea.hidden = false;
      copyArea.value = pkg.json;
      copyArea.select();
      document.execCommand('copy');
      say(t('ADDON_EXPORT_COPIED_ONE', { nama: pkg.nama }));
    });
    cell.appendChild(link);
    cell.appendChild(copy);
    row.appendChild(cell);
    table.appendChild(row);
  }
  return table;
}

function show(reply: PackageReply): void {
  if (!showReply(app, say, reply)) return;
  const copyArea = el('textarea');
  copyArea.readOnly = true;
  copyArea.rows = 6;
  copyArea.hidden = true;
  copyArea.setAttribute('aria-label', t('ADDON_UI_COPY'));
  const table = packageTable(reply, copyArea);
  if (reply.packages.length > 1) {
    // Separate files, one per supervisor, so each goes only to the person it names.
    const all = button(
      t('ADDON_EXPORT_DOWNLOAD_ALL', { count: reply.packages.length }),
      'download-all',
      'primary',
    );
    all.addEventListener('click', () => {
      for (const link of table.querySelectorAll('a.download')) (link as HTMLAnchorElement).click();
    });
    const row = el('p');
    row.appendChild(all);
    row.appendChild(document.createTextNode(' '));
    const help = el('span', t('ADDON_EXPORT_DOWNLOAD_ALL_HELP'));
    help.className = 'muted';
    row.appendChild(help);
    app.appendChild(row);
  }
  app.appendChild(table);
  app.appendChild(copyArea);
}

say(t('SHEETS_UI_LOADING'));
call('ambilPaketEkspor')
  .then(show)
  .catch((error) => show(failedCall(error)));
