/**
 * The policy settings sidebar. Shows the key numbers of the stored policy (fractions as percentages),
 * lets the admin pick a preset, edit, save, export and import JSON. DOM built with textContent only;
 * every call goes through the typed google.script.run client (script-run.ts) and the server validates
 * everything with zod, returning field-named Indonesian errors that are shown next to their input.
 */
import { t } from '../../../shared/messages';
import { getPath, setPath } from '../features/policy/policy-paths';
import { type CallResult, call, detailOf } from './script-run';

/** The replies of the policy calls, as globals.ts declares them. */
type PolicyReply = CallResult<'ambilKebijakan'>;
type PolicyState = Extract<PolicyReply, { ok: true }>['state'];
type PolicyField = PolicyState['sections'][number]['fields'][number];
type ExportReply = CallResult<'eksporKebijakan'>;

const app = document.getElementById('app') as HTMLElement;
const save = document.getElementById('save') as HTMLButtonElement;
const status = document.getElementById('status') as HTMLElement;

let current: PolicyState | null = null;
const inputs = new Map<
  string,
  { field: PolicyField; input: HTMLInputElement | HTMLSelectElement; error: HTMLElement }
>();

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function say(message: string, error = false): void {
  status.className = error ? 'status error' : 'status';
  status.textContent = message;
}

/** Percent fields show 87.5 for 0.875; trailing float noise is dropped. */
const shown = (value: unknown, field: PolicyField): string => {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'number') return String(value);
  const n = field.kind === 'percent' || field.kind === 'percentOrEmpty' ? value * 100 : value;
  return String(Number(n.toPrecision(10)));
};

/** Hands a call's reply to `onReply`; a failed call is said in the status line and re-enables Save. */
function answer<T>(reply: Promise<T>, onReply: (value: T) => void): void {
  reply.then(onReply).catch((error) => {
    say(t('ADDON_UI_ERROR', { detail: detailOf(error) }), true);
    save.disabled = current === null;
  });
}

function render(state: PolicyState): void {
  current = state;
  inputs.clear();
  app.textContent = '';
  app.appendChild(el('h2', t('ADDON_POLICY_TITLE')));
  app.appendChild(el('div', state.source, 'muted'));

  const presetRow = el('div', undefined, 'row');
  presetRow.appendChild(el('label', t('ADDON_UI_PRESET'), 'field'));
  const preset = el('select');
  for (const p of state.presets) {
    const o = el('option', p.name);
    o.value = p.id;
    preset.appendChild(o);
  }
  preset.value = state.policy.preset;
  const apply = el('button', t('ADDON_UI_APPLY_PRESET'));
  apply.type = 'button';
  apply.addEventListener('click', () => answer(call('pilihPresetKebijakan', preset.value), onPolicyReply));
  presetRow.append(preset, apply);
  app.appendChild(presetRow);

  for (const section of state.sections) {
    app.appendChild(el('h2', section.title));
    for (const field of section.fields) {
      const label = el('label', field.label, 'field');
      let input: HTMLInputElement | HTMLSelectElement;
      if (field.kind === 'table') {
        input = el('select');
        for (const o of field.options ?? []) {
          const option = el('option', o.label);
          option.value = o.id;
          input.appendChild(option);
        }
        input.value = state.tableId;
      } else {
        input = el('input', undefined, field.kind === 'text' ? '' : 'value');
        input.type = field.kind === 'text' ? 'text' : 'number';
        if (field.kind !== 'text') input.step = 'any';
        input.value = shown(getPath(state.policy, field.path), field);
      }
      const error = el('div', '', 'field-error');
      app.append(label, input, error);
      inputs.set(field.path, { field, input, error });
    }
  }

  app.appendChild(el('h2', t('ADDON_UI_EXPORT')));
  const exportButton = el('button', t('ADDON_UI_EXPORT'));
  exportButton.type = 'button';
  const exportArea = el('div');
  exportButton.addEventListener('click', () =>
    answer(call('eksporKebijakan'), (reply) => showExport(exportArea, reply)),
  );
  app.append(exportButton, exportArea);

  app.appendChild(el('h2', t('ADDON_UI_IMPORT')));
  app.appendChild(el('div', t('ADDON_UI_IMPORT_HELP'), 'muted'));
  const importText = el('textarea');
  importText.rows = 6;
  const importButton = el('button', t('ADDON_UI_IMPORT'));
  importButton.type = 'button';
  importButton.addEventListener('click', () =>
    answer(call('simpanKebijakan', importText.value), onPolicyReply),
  );
  app.append(importText, importButton);
  save.disabled = false;
}

function showExport(area: HTMLElement, reply: ExportReply): void {
  area.textContent = '';
  if (!reply.ok) {
    say(reply.message, true);
    return;
  }
  const link = el('a', t('ADDON_UI_DOWNLOAD'), 'download');
  link.href = `data:application/json;charset=utf-8,${encodeURIComponent(reply.json)}`;
  link.download = reply.fileName;
  const text = el('textarea');
  text.readOnly = true;
  text.rows = 8;
  text.value = reply.json;
  area.append(link, text);
}

/** The form's values written into a copy of the policy; an unreadable number is sent as text for zod to name. */
function collect(): string {
  const data: unknown = JSON.parse(JSON.stringify(current?.policy ?? {}));
  for (const { field, input } of inputs.values()) {
    const raw = input.value.trim();
    let value: unknown = raw;
    if (
      field.kind === 'percent' ||
      field.kind === 'percentOrEmpty' ||
      field.kind === 'integer' ||
      field.kind === 'number'
    ) {
      const n = Number(raw.replace(',', '.'));
      if (raw === '' && field.kind === 'percentOrEmpty') value = null;
      else if (raw !== '' && Number.isFinite(n)) value = field.kind.startsWith('percent') ? n / 100 : n;
    }
    setPath(data, field.path, value);
  }
  return JSON.stringify(data);
}

function onPolicyReply(reply: PolicyReply): void {
  save.disabled = false;
  for (const { error } of inputs.values()) error.textContent = '';
  if (reply.ok) {
    render(reply.state);
    say(reply.message);
    return;
  }
  for (const e of reply.errors) {
    const target = inputs.get(e.field);
    if (target) target.error.textContent = e.message;
  }
  say(reply.message, true);
}

save.textContent = t('ADDON_UI_SAVE');
save.addEventListener('click', () => {
  save.disabled = true;
  say(t('ADDON_UI_SAVING'));
  answer(call('simpanKebijakan', collect()), onPolicyReply);
});
say(t('ADDON_UI_LOADING'));
answer(call('ambilKebijakan'), onPolicyReply);
