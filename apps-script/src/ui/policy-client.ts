/**
 * The policy settings sidebar. Shows the key numbers of the stored policy (fractions as percentages),
 * lets the admin pick a preset, edit, save, export and import JSON, reset to the national defaults and
 * restore the previous policy. Every action that replaces the whole policy (preset, reset, import,
 * restore) first shows what changes (the main numbers, before and after) and waits for a confirmation.
 * DOM built with textContent only; every call goes through the typed google.script.run client
 * (script-run.ts) and the server validates everything with zod, returning field-named Indonesian errors
 * that are shown next to their input. Every input has its <label for>, and its error is its description
 * (aria-describedby), so a screen reader says what is wrong when the admin returns to the field.
 */
import { t } from '../../../shared/messages';
import { getPath, setPath } from '../features/policy/policy-paths';
import { openConfirm } from './confirm';
import { button, el, headerRow, labelFor, option, statusLine } from './dom';
import { downloadLink } from './files';
import { type CallResult, call, failedCall } from './script-run';

/** The replies of the policy calls, as globals.ts declares them. */
type PolicyReply = CallResult<'ambilKebijakan'>;
type PolicyState = Extract<PolicyReply, { ok: true }>['state'];
type PolicyField = PolicyState['sections'][number]['fields'][number];
type ExportReply = CallResult<'eksporKebijakan'>;
type PolicyDiff = PolicyState['presets'][number]['diff'];

const NATIONAL_PRESET = 'nasional';

const app = document.getElementById('app') as HTMLElement;
const confirmBox = document.getElementById('confirm') as HTMLElement;
const save = document.getElementById('save') as HTMLButtonElement;
const say = statusLine(document.getElementById('status') as HTMLElement);

let current: PolicyState | null = null;
const inputs = new Map<
  string,
  { field: PolicyField; input: HTMLInputElement | HTMLSelectElement; error: HTMLElement }
>();

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
    say(failedCall(error).message, true);
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
  presetRow.appendChild(labelFor(t('ADDON_UI_PRESET'), 'preset', 'field'));
  const preset = el('select');
  preset.id = 'preset';
  for (const p of state.presets) preset.appendChild(option(p.id, p.name));
  // The preset in force, never merely the one the policy names: a custom policy shows as custom, an
  // option that cannot be applied (there is no custom preset to apply).
  if (!state.presets.some((p) => p.id === state.preset)) {
    const custom = option(state.preset, t('ADDON_UI_PRESET_CUSTOM'));
    custom.disabled = true;
    preset.appendChild(custom);
  }
  preset.value = state.preset;
  const apply = button(t('ADDON_UI_APPLY_PRESET'));
  apply.addEventListener('click', () => {
    const chosen = state.presets.find((p) => p.id === preset.value);
    if (chosen)
      ask(t('ADDON_UI_CONFIRM_TITLE'), chosen.diff, t('ADDON_UI_CONFIRM_YES'), () =>
        call('pilihPresetKebijakan', chosen.id),
      );
  });
  presetRow.append(preset, apply);
  app.appendChild(presetRow);

  const national = state.presets.find((p) => p.id === NATIONAL_PRESET);
  const reset = button(t('ADDON_UI_RESET'), 'reset');
  reset.addEventListener('click', () => {
    if (national)
      ask(t('ADDON_UI_CONFIRM_TITLE'), national.diff, t('ADDON_UI_CONFIRM_YES'), () =>
        call('pilihPresetKebijakan', NATIONAL_PRESET),
      );
  });
  const resetRow = el('div', undefined, 'row');
  resetRow.appendChild(reset);
  app.appendChild(resetRow);

  if (state.previous) {
    const previous = state.previous;
    const restoreRow = el('div', undefined, 'row');
    const restore = button(t('ADDON_UI_RESTORE'), 'restore');
    restore.addEventListener('click', () =>
      ask(t('ADDON_UI_CONFIRM_RESTORE_TITLE'), previous.diff, t('ADDON_UI_CONFIRM_RESTORE_YES'), () =>
        call('pulihkanKebijakan'),
      ),
    );
    restoreRow.append(el('div', t('ADDON_UI_PREVIOUS', { name: previous.name }), 'muted'), restore);
    app.appendChild(restoreRow);
  }

  let n = 0;
  for (const section of state.sections) {
    app.appendChild(el('h2', section.title));
    for (const field of section.fields) {
      const id = `field-${n++}`;
      const label = labelFor(field.label, id, 'field');
      let input: HTMLInputElement | HTMLSelectElement;
      if (field.kind === 'table' || field.kind === 'choice') {
        input = el('select');
        for (const o of field.options ?? []) input.appendChild(option(o.id, o.label));
        input.value =
          field.kind === 'table' ? state.tableId : String(getPath(state.policy, field.path) ?? '');
      } else {
        input = el('input', undefined, field.kind === 'text' ? '' : 'value');
        input.type = field.kind === 'text' ? 'text' : 'number';
        if (field.kind !== 'text') input.step = 'any';
        input.value = shown(getPath(state.policy, field.path), field);
      }
      input.id = id;
      const error = el('div', '', 'field-error');
      error.id = `${id}-error`;
      input.setAttribute('aria-describedby', error.id);
      app.append(label, input, error);
      inputs.set(field.path, { field, input, error });
    }
  }

  app.appendChild(el('h2', t('ADDON_UI_EXPORT')));
  const exportButton = button(t('ADDON_UI_EXPORT'));
  const exportArea = el('div');
  exportButton.addEventListener('click', () =>
    answer(call('eksporKebijakan'), (reply) => showExport(exportArea, reply)),
  );
  app.append(exportButton, exportArea);

  app.appendChild(el('h2', t('ADDON_UI_IMPORT')));
  app.appendChild(labelFor(t('ADDON_UI_IMPORT_HELP'), 'import-json', 'muted'));
  const importText = el('textarea');
  importText.id = 'import-json';
  importText.rows = 6;
  const importButton = button(t('ADDON_UI_IMPORT'));
  importButton.addEventListener('click', () => {
    const text = importText.value;
    say(t('ADDON_UI_CHECKING'));
    answer(call('pratinjauKebijakan', text), (reply) => {
      if (!reply.ok) {
        onPolicyReply(reply);
        return;
      }
      say('');
      ask(
        t('ADDON_UI_CONFIRM_TITLE'),
        reply.diff,
        t('ADDON_UI_CONFIRM_YES'),
        () => call('simpanKebijakan', text),
        reply.note,
      );
    });
  });
  app.append(importText, importButton);
  save.disabled = false;
}

/**
 * Shows what replacing the policy in force would change (the sidebar's main numbers, before and after,
 * and how many other values change, and `note` when the policy is stored as custom) and runs `replace`
 * only when the admin confirms.
 */
function ask(
  title: string,
  diff: PolicyDiff,
  yesText: string,
  replace: () => Promise<PolicyReply>,
  note: string | null = null,
): void {
  const body: HTMLElement[] = [el('p', t('ADDON_UI_CONFIRM_FROM_TO', { from: diff.from, to: diff.to }))];
  // An imported policy stored as custom: said before the admin confirms, not only after.
  if (note) body.push(el('p', note));
  if (diff.rows.length > 0) {
    const table = el('table');
    table.appendChild(
      headerRow([t('ADDON_UI_CONFIRM_FIELD'), t('ADDON_UI_CONFIRM_NOW'), t('ADDON_UI_CONFIRM_AFTER')]),
    );
    for (const row of diff.rows) {
      const tr = el('tr');
      tr.append(el('td', row.label), el('td', row.before), el('td', row.after, 'after'));
      table.appendChild(tr);
    }
    body.push(table);
  } else if (diff.otherCount > 0) body.push(el('p', t('ADDON_UI_CONFIRM_NO_MAIN')));
  if (diff.otherCount > 0) {
    const more = diff.otherCount > diff.others.length ? ', ...' : '';
    body.push(
      el(
        'p',
        t('ADDON_UI_CONFIRM_OTHERS', {
          count: String(diff.otherCount),
          fields: diff.others.join(', ') + more,
        }),
      ),
    );
  }
  if (diff.rows.length === 0 && diff.otherCount === 0) body.push(el('p', t('ADDON_UI_CONFIRM_SAME')));
  body.push(el('p', t('ADDON_UI_CONFIRM_KEEP'), 'muted'));
  openConfirm(confirmBox, title, body, {
    yes: yesText,
    cancel: t('ADDON_UI_CANCEL'),
    onYes: () => {
      say(t('ADDON_UI_SAVING'));
      answer(replace(), onPolicyReply);
    },
    onCancel: () => say(t('ADDON_UI_CANCELLED')),
  });
}

function showExport(area: HTMLElement, reply: ExportReply): void {
  area.textContent = '';
  if (!reply.ok) {
    say(reply.message, true);
    return;
  }
  const link = downloadLink(t('ADDON_UI_DOWNLOAD'), reply.json, reply.fileName);
  const text = el('textarea');
  text.readOnly = true;
  text.rows = 8;
  text.value = reply.json;
  text.setAttribute('aria-label', t('ADDON_UI_EXPORT'));
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
      field.kind === 'integerOrEmpty' ||
      field.kind === 'number'
    ) {
      const n = Number(raw.replace(',', '.'));
      if (raw === '' && (field.kind === 'percentOrEmpty' || field.kind === 'integerOrEmpty')) value = null;
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
