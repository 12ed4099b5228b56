/**
 * The OPD package dialog: asks ambilPaketOpd() for this workbook's OPD package(s), asking for the OPD
 * name or the period only when the data names neither, then offers each package as a data: URI download
 * (nothing goes over the network; the add-on needs no Drive scope). DOM built with textContent.
 */
import { t } from '../../../shared/messages';
import { el, headerRow, labelFor, statusLine } from './dom';
import { showReply } from './download-dialog';
import { downloadLink } from './files';
import { type CallResult, call, failedCall } from './script-run';

type Reply = CallResult<'ambilPaketOpd'>;

const app = document.getElementById('app') as HTMLElement;
const say = statusLine(document.getElementById('status') as HTMLElement);

/** The boxes for what the data does not say, and the button that asks again. */
function askForm(reply: Extract<Reply, { ok: false }>): HTMLFormElement {
  const form = el('form');
  form.id = 'ask';
  const field = (id: string, label: string, value: string) => {
    const wrap = el('p');
    const input = el('input');
    input.id = id;
    input.type = 'text';
    input.value = value;
    wrap.appendChild(labelFor(label, id));
    wrap.appendChild(el('br'));
    wrap.appendChild(input);
    form.appendChild(wrap);
    return input;
  };
  const opd = field('opd', t('RECAP_UI_OPD_NAME'), reply.opdName);
  const periode = field('periode', t('RECAP_UI_PERIOD'), '');
  const go = el('button', t('RECAP_UI_BUILD'), 'primary');
  go.type = 'submit';
  form.appendChild(go);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    load({ opd: opd.value, periode: periode.value });
  });
  return form;
}

function show(reply: Reply): void {
  if (!showReply(app, say, reply)) {
    if (reply.needs) app.appendChild(askForm(reply));
    return;
  }
  const table = el('table');
  table.id = 'packages';
  table.appendChild(
    headerRow([
      t('RECAP_UI_COL_OPD'),
      t('RECAP_UI_COL_PERIOD'),
      t('RECAP_UI_COL_EMPLOYEES'),
      t('RECAP_UI_COL_FILE'),
    ]),
  );
  for (const file of reply.files) {
    const row = el('tr');
    row.appendChild(el('td', file.opd));
    row.appendChild(el('td', file.period));
    row.appendChild(el('td', String(file.employees)));
    const cell = el('td');
    cell.appendChild(downloadLink(t('ADDON_UI_DOWNLOAD'), file.json, file.fileName));
    row.appendChild(cell);
    table.appendChild(row);
  }
  app.appendChild(table);
}

function load(request?: { opd: string; periode: string }): void {
  say(t('SHEETS_UI_LOADING'));
  (request ? call('ambilPaketOpd', request) : call('ambilPaketOpd'))
    .then(show)
    .catch((error) => show({ ...failedCall(error), opdName: '' }));
}

load();
