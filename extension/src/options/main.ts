import {
  defaultPolicy,
  exportPolicyJson,
  formatIssue,
  formatNumberForLang,
  type Issue,
  isWithin,
  type Lang,
  type MessageCode,
  type MessageParams,
  type Policy,
  policyChanges,
  t,
} from '../../../shared';
import { builtInOrigins, grantedSites } from '../background/sites';
import type { ManagedState } from '../managed';
import { el, replaceChildren } from '../popup/dom';
import {
  dropRefusedPackage,
  getManagedState,
  getSettings,
  onSettingsChanged,
  replacePolicy,
  resetSettings,
  restorePreviousPolicy,
  type Settings,
  setSettings,
  setUserNip,
  storedPolicyIssues,
} from '../storage';
import { importTooLarge, packageEmployeeCount, readImportedJson } from './import';

/**
 * Options page: who the user is (their NIP: a results package is imported only when it is for it), the
 * scoring policy (key numbers, import/export, restore of the previous one), the results package from
 * the Sheets add-on, the sites Nilai Kerja runs on, language and overlay, reset.
 * Every action that replaces the policy (import, reset, restore) first shows what changes and waits
 * for "Terapkan". Every control has a label and is reachable by keyboard; outcomes are announced in a
 * live region.
 */

let lang: Lang = 'id';
const say = (code: MessageCode, params?: MessageParams): string => t(code, params, lang);
const percent = (share: number | null): string =>
  share === null ? '-' : `${formatNumberForLang(share * 100, lang, 2)} %`;

const app = document.getElementById('app')!;
const live = el('div', { id: 'message', role: 'status', 'aria-live': 'polite' });
const announce = (text: string, problem = false): void =>
  replaceChildren(live, el('p', { class: problem ? 'notice problem' : 'notice' }, text));

/**
 * Where the keyboard goes when a re-render removes the focused control (the confirmation closed, the
 * package or a site removed): ids tried in order, set before the action starts so a re-render from the
 * storage change it causes also honours it. Without this the focus falls to <body>.
 */
let focusNext: string[] = [];

/** A section heading a removed control's focus can return to (not in the tab order itself). */
const heading = (id: string, text: string): HTMLElement => el('h2', { id, tabindex: '-1' }, text);

/** The policy numbers this page shows, each with the policy paths it covers (for the confirmation's diff). */
function policyRows(policy: Policy): { name: string; label: string; value: string; paths: string[] }[] {
  const tpp = policy.discipline.tpp;
  return [
    { name: 'name', label: say('EXT_OPTIONS_POLICY_NAME'), value: policy.name, paths: ['name'] },
    {
      name: 'version',
      label: say('EXT_OPTIONS_POLICY_VERSION'),
      value: String(policy.version),
      paths: ['version'],
    },
    {
      name: 'aggregation-cap',
      label: say('EXT_OPTIONS_CAPAIAN_CAP'),
      value: percent(policy.capaian.aggregationCap),
      paths: ['capaian.aggregationCap'],
    },
    {
      name: 'rating-bands',
      label: say('EXT_OPTIONS_RATING_BANDS'),
      value: `${percent(policy.rating.hasilBands.diAtasMin)} / ${percent(policy.rating.hasilBands.sesuaiMin)}`,
      paths: ['rating.hasilBands'],
    },
    {
      name: 'tpp-shares',
      label: say('EXT_OPTIONS_TPP_SHARES'),
      value: `${percent(tpp.performanceShare)} / ${percent(tpp.disciplineShare)}`,
      paths: ['discipline.tpp.performanceShare', 'discipline.tpp.disciplineShare'],
    },
  ];
}

/** How many other changed values the confirmation names by path. */
const OTHERS_NAMED = 5;

/** A replacing action waiting for "Terapkan": what it changes, and what it does. */
interface Pending {
  lines: string[];
  before: Policy;
  after: Policy;
  apply: () => Promise<{ ok: true; message: string } | { ok: false; issue: Issue }>;
  /** Where focus returns when the confirmation closes: the control that opened it, then its section's heading. */
  returnFocus: string[];
}
let pending: Pending | null = null;

/** Shows what the pending action changes (the numbers of this page, before and after) with Terapkan / Batal. */
function confirmSection(p: Pending): HTMLElement {
  const before = policyRows(p.before);
  const after = policyRows(p.after);
  const changes = policyChanges(p.before, p.after).filter((c) => c.path !== 'preset');
  const rows = after.filter(
    (row, i) =>
      row.value !== before[i]?.value || changes.some((c) => row.paths.some((f) => isWithin(c.path, f))),
  );
  const covered = after.flatMap((r) => r.paths);
  const others = changes.filter((c) => !covered.some((f) => isWithin(c.path, f))).map((c) => c.path);
  const table =
    rows.length > 0
      ? el(
          'table',
          { id: 'changes' },
          el(
            'tr',
            {},
            el('th', { scope: 'col' }, say('EXT_OPTIONS_CONFIRM_FIELD')),
            el('th', { scope: 'col' }, say('EXT_OPTIONS_CONFIRM_NOW')),
            el('th', { scope: 'col' }, say('EXT_OPTIONS_CONFIRM_AFTER')),
          ),
          ...rows.map((row) =>
            el(
              'tr',
              { 'data-field': row.name },
              el('td', {}, row.label),
              el('td', {}, before.find((b) => b.name === row.name)?.value ?? '-'),
              el('td', {}, row.value),
            ),
          ),
        )
      : null;
  const named = others.slice(0, OTHERS_NAMED).join(', ') + (others.length > OTHERS_NAMED ? ', ...' : '');
  const apply = el(
    'button',
    { type: 'button', id: 'confirm-apply', class: 'primary' },
    say('EXT_OPTIONS_CONFIRM_APPLY'),
  );
  const cancel = el('button', { type: 'button', id: 'confirm-cancel' }, say('EXT_OPTIONS_CONFIRM_CANCEL'));
  apply.addEventListener('click', async () => {
    const action = pending;
    pending = null;
    if (!action) return;
    focusNext = action.returnFocus;
    let outcome: Awaited<ReturnType<Pending['apply']>>;
    try {
      outcome = await action.apply();
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      outcome = { ok: false, issue: { code: 'EXT_STORAGE_FAILED', params: { key: 'policy', detail } } };
    }
    if (outcome.ok) announce(outcome.message);
    else announce(formatIssue(outcome.issue, lang), true);
    await render();
  });
  cancel.addEventListener('click', async () => {
    focusNext = pending?.returnFocus ?? [];
    pending = null;
    announce(say('EXT_OPTIONS_CANCELLED'));
    await render();
  });
  return el(
    'section',
    { id: 'confirm', role: 'alertdialog', 'aria-labelledby': 'confirm-title', class: 'confirm' },
    el('h2', { id: 'confirm-title' }, say('EXT_OPTIONS_CONFIRM_TITLE')),
    ...p.lines.map((line) => el('p', {}, line)),
    table,
    rows.length === 0 && others.length > 0 ? el('p', {}, say('EXT_OPTIONS_CONFIRM_NO_MAIN')) : null,
    others.length > 0
      ? el('p', {}, say('EXT_OPTIONS_CONFIRM_OTHERS', { count: String(others.length), fields: named }))
      : null,
    rows.length === 0 && others.length === 0 ? el('p', {}, say('EXT_OPTIONS_CONFIRM_SAME')) : null,
    el('p', {}, say('EXT_OPTIONS_CONFIRM_KEEP')),
    el('p', {}, apply, ' ', cancel),
  );
}

/** Asks before a replacing action: the page shows the confirmation, focused on "Batal". */
async function ask(action: Pending): Promise<void> {
  pending = action;
  await render();
  document.getElementById('confirm-cancel')?.focus();
}

/** The note beside a control a region's IT office set by group policy; its id ties it to the control. */
const lockedNote = (id: string): HTMLElement =>
  el('p', { id, class: 'notice managed' }, say('EXT_MANAGED_LOCKED'));

function policySection(settings: Settings, damaged: Issue[], managed: ManagedState): HTMLElement {
  const { policy } = settings;
  const managedPolicy = managed.values.policy ?? null;
  const row = (label: string, value: string, name: string) =>
    el('div', { class: 'row', 'data-field': name }, el('dt', {}, label), el('dd', {}, value));
  const fileInput = el('input', { type: 'file', id: 'import-file', accept: '.json,application/json' });
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    // Refused before reading: a huge file (a picked video or archive) would stall the page.
    const tooLarge = importTooLarge(file.size);
    if (tooLarge) {
      fileInput.value = '';
      announce(
        say('EXT_OPTIONS_IMPORT_FAILED', { file: file.name, detail: formatIssue(tooLarge, lang) }),
        true,
      );
      return;
    }
    // Checked against the NIP stored now, not the one this section was drawn with: a NIP saved a moment
    // ago may not have re-drawn the page yet, and a package must never be judged against a stale one.
    const { userNip } = await getSettings();
    const result = readImportedJson(await file.text(), userNip);
    fileInput.value = '';
    if (!result.ok) {
      const issues = result.issues ?? [result.issue];
      const detail = issues.map((i) => formatIssue(i, lang)).join(' ');
      announce(say('EXT_OPTIONS_IMPORT_FAILED', { file: file.name, detail }), true);
      // A package needs the user's NIP first: take them to it.
      if (result.issue.code === 'EXT_PACKAGE_NEEDS_NIP') document.getElementById('user-nip')?.focus();
      return;
    }
    const imported = result.value;
    if (managedPolicy && imported.kind === 'policy') {
      announce(
        say('EXT_OPTIONS_IMPORT_FAILED', { file: file.name, detail: say('EXT_MANAGED_POLICY_IMPORT') }),
        true,
      );
      return;
    }
    if (managedPolicy && imported.kind === 'package') {
      // The office's policy stays in force: only the package is stored (its own policy is not used).
      const pkg = imported.resultsPackage;
      await ask({
        lines: [
          say('EXT_OPTIONS_CONFIRM_PACKAGE', {
            nama: pkg.for.nama,
            count: String(packageEmployeeCount(pkg)),
          }),
          say('EXT_MANAGED_PACKAGE_POLICY', { name: managedPolicy.name }),
        ],
        before: policy,
        after: policy,
        returnFocus: ['import-file', 'policy-title'],
        apply: async () => {
          const saved = await setSettings({ resultsPackage: pkg });
          if (!saved.ok) return saved;
          return {
            ok: true,
            message: `${say('EXT_OPTIONS_IMPORTED_PACKAGE', { count: String(packageEmployeeCount(pkg)) })} ${say('EXT_MANAGED_PACKAGE_POLICY', { name: managedPolicy.name })}`,
          };
        },
      });
      return;
    }
    const next = imported.kind === 'policy' ? imported.policy : imported.resultsPackage.policy;
    // A preset the file names but does not follow: kept as custom (import.ts), said before and after.
    const notes = (result.warnings ?? []).map((w) => formatIssue(w, lang));
    const noted = (message: string): string => [message, ...notes].join(' ');
    await ask({
      lines: [
        say('EXT_OPTIONS_CONFIRM_IMPORT', { file: file.name, from: policy.name, to: next.name }),
        ...(imported.kind === 'package'
          ? [
              say('EXT_OPTIONS_CONFIRM_PACKAGE', {
                nama: imported.resultsPackage.for.nama,
                count: String(packageEmployeeCount(imported.resultsPackage)),
              }),
            ]
          : []),
        ...notes,
      ],
      before: policy,
      after: next,
      returnFocus: ['import-file', 'policy-title'],
      apply: async () => {
        const saved =
          imported.kind === 'policy'
            ? await replacePolicy(imported.policy)
            : // The package was scored with its own policy; the overlay must use the same numbers.
              await replacePolicy(imported.resultsPackage.policy, {
                resultsPackage: imported.resultsPackage,
              });
        if (!saved.ok) return saved;
        return {
          ok: true,
          message: noted(
            imported.kind === 'policy'
              ? say('EXT_OPTIONS_IMPORTED_POLICY', { name: imported.policy.name })
              : say('EXT_OPTIONS_IMPORTED_PACKAGE', {
                  count: String(packageEmployeeCount(imported.resultsPackage)),
                }),
          ),
        };
      },
    });
  });
  const exportButton = el('button', { type: 'button', id: 'export-policy' }, say('EXT_OPTIONS_EXPORT'));
  exportButton.addEventListener('click', () => {
    // A blob: URL downloads locally; nothing leaves the computer.
    const url = URL.createObjectURL(new Blob([exportPolicyJson(policy)], { type: 'application/json' }));
    const link = el('a', { href: url, download: 'kebijakan-nilai-kerja.json' });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
  const previous = settings.previousPolicy;
  const restore = el(
    'button',
    {
      type: 'button',
      id: 'restore-policy',
      disabled: managedPolicy !== null,
      'aria-describedby': managedPolicy ? 'policy-managed' : undefined,
    },
    say('EXT_OPTIONS_RESTORE'),
  );
  restore.addEventListener('click', () => {
    if (!previous) return;
    void ask({
      lines: [say('EXT_OPTIONS_CONFIRM_RESTORE', { from: policy.name, to: previous.name })],
      before: policy,
      after: previous,
      returnFocus: ['restore-policy', 'policy-title'],
      apply: async () => {
        const restored = await restorePreviousPolicy();
        return restored.ok
          ? { ok: true, message: say('EXT_OPTIONS_RESTORED', { name: restored.value.name }) }
          : restored;
      },
    });
  });
  const detail = damaged.map((i) => formatIssue(i, lang)).join(' ');
  return el(
    'section',
    { 'aria-labelledby': 'policy-title' },
    heading('policy-title', say('EXT_OPTIONS_POLICY')),
    managedPolicy ? lockedNote('policy-managed') : null,
    damaged.length > 0
      ? el(
          'p',
          { id: 'policy-damaged', class: 'notice problem' },
          say('EXT_OPTIONS_POLICY_DAMAGED', { detail }),
        )
      : null,
    el('dl', { id: 'policy' }, ...policyRows(policy).map((r) => row(r.label, r.value, r.name))),
    previous
      ? el('p', { id: 'previous-policy' }, say('EXT_OPTIONS_PREVIOUS', { name: previous.name }), ' ', restore)
      : null,
    el('p', {}, el('label', { for: 'import-file' }, say('EXT_OPTIONS_IMPORT')), el('br'), fileInput),
    el('p', {}, exportButton),
  );
}

/** Who the user is: their NIP, read with the core's NIP parser; packages are checked against it. */
function userSection(settings: Settings): HTMLElement {
  const input = el('input', {
    type: 'text',
    id: 'user-nip',
    inputmode: 'numeric',
    autocomplete: 'off',
    spellcheck: 'false',
    value: settings.userNip ?? '',
    'aria-describedby': 'user-nip-help',
  });
  const save = el('button', { type: 'button', id: 'save-user-nip' }, say('EXT_OPTIONS_USER_SAVE'));
  const submit = async (): Promise<void> => {
    const saved = await setUserNip(input.value);
    if (!saved.ok) {
      announce(say('EXT_OPTIONS_USER_INVALID', { detail: formatIssue(saved.issue, lang) }), true);
      input.setAttribute('aria-invalid', 'true');
      return;
    }
    const { nip, removed } = saved.value;
    announce(
      removed
        ? say('EXT_OPTIONS_USER_SAVED_REMOVED', { nip, nama: removed.nama, old: removed.nip })
        : say('EXT_OPTIONS_USER_SAVED', { nip }),
    );
    // Saving the same NIP again changes no setting, so nothing re-renders: show it now.
    await render();
  };
  save.addEventListener('click', () => void submit());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') void submit();
  });
  return el(
    'section',
    { 'aria-labelledby': 'user-title' },
    heading('user-title', say('EXT_OPTIONS_USER')),
    el(
      'p',
      { id: 'user-nip-help' },
      say('EXT_OPTIONS_USER_HELP'),
      ' ',
      settings.userNip
        ? say('EXT_OPTIONS_USER_CURRENT', { nip: settings.userNip })
        : say('EXT_OPTIONS_USER_NONE'),
    ),
    el('p', {}, el('label', { for: 'user-nip' }, say('EXT_OPTIONS_USER_NIP')), el('br'), input, ' ', save),
  );
}

function packageSection(settings: Settings): HTMLElement {
  const pkg = settings.resultsPackage;
  const remove = el('button', { type: 'button', id: 'remove-package' }, say('EXT_OPTIONS_REMOVE_PACKAGE'));
  remove.addEventListener('click', async () => {
    // The button goes with the package: the section's heading keeps the keyboard position.
    focusNext = ['package-title'];
    const saved = await setSettings({ resultsPackage: null });
    if (saved.ok) announce(say('EXT_OPTIONS_PACKAGE_REMOVED'));
    else announce(formatIssue(saved.issue, lang), true);
    await render();
  });
  return el(
    'section',
    { 'aria-labelledby': 'package-title' },
    heading('package-title', say('EXT_OPTIONS_PACKAGE')),
    pkg
      ? el(
          'p',
          { id: 'package' },
          say('EXT_OPTIONS_PACKAGE_SUMMARY', {
            nama: pkg.for.nama,
            nip: pkg.for.nip,
            count: String(packageEmployeeCount(pkg)),
            date: pkg.generatedAt || '-',
            policy: pkg.policy.name,
          }),
        )
      : el('p', { id: 'package' }, say('EXT_OPTIONS_NO_PACKAGE')),
    pkg ? el('p', {}, remove) : null,
  );
}

/** A site's ✕ has an id of its own, so a re-render keeps the keyboard on it. */
const removeSiteId = (site: string): string => `remove-site-${site}`;

async function sitesSection(managed: ManagedState): Promise<HTMLElement> {
  const managedSites = managed.values.sites ?? [];
  const granted = await grantedSites();
  const userSites = granted.filter((s) => !managedSites.includes(s));
  const missing = managedSites.filter((s) => !granted.includes(s));
  const managedItem = (site: string): HTMLElement => {
    const origin = site.replace(/\/\*$/, '');
    const code = missing.includes(site) ? 'EXT_MANAGED_SITE_NOT_GRANTED' : 'EXT_MANAGED_SITE';
    return el('li', { class: 'managed', 'data-site': site }, say(code, { origin }));
  };
  // Chrome grants a host only on a user's click, even for a force-installed extension: one click here.
  const grant = el('button', { type: 'button', id: 'grant-managed-sites' }, say('EXT_MANAGED_GRANT_SITES'));
  grant.addEventListener('click', async () => {
    await chrome.permissions.request({ origins: missing });
    await render();
  });
  const item = (site: string, index: number): HTMLElement => {
    const origin = site.replace(/\/\*$/, '');
    const button = el(
      'button',
      {
        type: 'button',
        id: removeSiteId(site),
        class: 'remove-site',
        'aria-label': say('EXT_OPTIONS_REMOVE_SITE', { origin }),
      },
      '✕',
    );
    button.addEventListener('click', async () => {
      // The button goes with the site: the next site's ✕ (else the previous one, else the heading) keeps
      // the keyboard position.
      const neighbours = [userSites[index + 1], userSites[index - 1]].filter((s) => s !== undefined);
      focusNext = [...neighbours.map(removeSiteId), 'sites-title'];
      // The background unregisters the content script when the permission goes (permissions.onRemoved).
      const removed = await chrome.permissions.remove({ origins: [site] }).catch(() => false);
      if (removed) announce(say('EXT_OPTIONS_SITE_REMOVED', { origin }));
      else announce(say('EXT_OPTIONS_SITE_REMOVE_FAILED', { origin }), true);
      await render();
    });
    return el('li', { 'data-site': site }, `${origin} `, button);
  };
  return el(
    'section',
    { 'aria-labelledby': 'sites-title' },
    heading('sites-title', say('EXT_OPTIONS_SITES')),
    el(
      'ul',
      { id: 'sites' },
      ...builtInOrigins().map((o) =>
        el('li', { class: 'builtin' }, say('EXT_OPTIONS_SITE_BUILTIN', { origin: o.replace(/\/\*$/, '') })),
      ),
      ...managedSites.map(managedItem),
      ...userSites.map(item),
    ),
    missing.length > 0 ? el('p', {}, grant) : null,
    userSites.length === 0 && managedSites.length === 0 ? el('p', {}, say('EXT_OPTIONS_NO_SITES')) : null,
  );
}

function preferencesSection(settings: Settings, managed: ManagedState): HTMLElement {
  const managedLang = managed.values.lang !== undefined;
  const select = el(
    'select',
    { id: 'lang', disabled: managedLang, 'aria-describedby': managedLang ? 'lang-managed' : undefined },
    el('option', { value: 'id', selected: settings.lang === 'id' }, say('EXT_OPTIONS_LANG_ID')),
    el('option', { value: 'en', selected: settings.lang === 'en' }, say('EXT_OPTIONS_LANG_EN')),
  );
  select.addEventListener('change', async () => {
    const saved = await setSettings({ lang: select.value === 'en' ? 'en' : 'id' });
    if (!saved.ok) announce(formatIssue(saved.issue, lang), true);
  });
  const overlay = el('input', { type: 'checkbox', id: 'overlay', checked: settings.overlayEnabled });
  overlay.addEventListener('change', async () => {
    const saved = await setSettings({ overlayEnabled: overlay.checked });
    if (!saved.ok) announce(formatIssue(saved.issue, lang), true);
  });
  const reset = el('button', { type: 'button', id: 'reset' }, say('EXT_OPTIONS_RESET'));
  reset.addEventListener('click', () => {
    // A reset removes the user's own settings; a policy set by the office stays in force.
    const national = managed.values.policy ?? defaultPolicy();
    void ask({
      lines: [say('EXT_OPTIONS_CONFIRM_RESET', { from: settings.policy.name, to: national.name })],
      before: settings.policy,
      after: national,
      returnFocus: ['reset', 'prefs-title'],
      apply: async () => {
        await resetSettings();
        return { ok: true, message: say('EXT_OPTIONS_RESET_DONE') };
      },
    });
  });
  return el(
    'section',
    { 'aria-labelledby': 'prefs-title' },
    heading('prefs-title', say('EXT_OPTIONS_PREFERENCES')),
    el('p', {}, el('label', { for: 'lang' }, say('EXT_OPTIONS_LANG')), ' ', select),
    managedLang ? lockedNote('lang-managed') : null,
    el('p', {}, overlay, ' ', el('label', { for: 'overlay' }, say('EXT_OPTIONS_OVERLAY'))),
    el('p', {}, reset),
  );
}

async function render(): Promise<void> {
  const settings = await getSettings();
  const damaged = await storedPolicyIssues();
  lang = settings.lang;
  const managed = await getManagedState(lang);
  document.documentElement.lang = lang;
  document.title = say('EXT_OPTIONS_TITLE');
  const sites = await sitesSection(managed);
  // Keep the focused control's id so re-rendering after a change does not lose the keyboard position.
  // Read after the last await: a render that finished meanwhile may have moved the focus.
  const focusedId = document.activeElement?.id;
  replaceChildren(
    app,
    el('h1', {}, say('EXT_OPTIONS_TITLE')),
    live,
    pending ? confirmSection(pending) : null,
    managed.issues.length > 0
      ? el(
          'div',
          { id: 'managed-problems' },
          ...managed.issues.map((i) => el('p', { class: 'notice problem' }, formatIssue(i, lang))),
        )
      : null,
    userSection(settings),
    policySection(settings, damaged, managed),
    packageSection(settings),
    sites,
    preferencesSection(settings, managed),
    el(
      'footer',
      {},
      el(
        'p',
        {},
        el(
          'a',
          { id: 'privacy-link', href: chrome.runtime.getURL('privacy.html'), target: '_blank' },
          say('EXT_OPTIONS_PRIVACY'),
        ),
      ),
    ),
  );
  const focused = focusedId ? document.getElementById(focusedId) : null;
  if (focused) focused.focus();
  else if (focusedId) {
    // The focused control went away with this change: move to the place the action named.
    const next = focusNext.map((id) => document.getElementById(id)).find((e) => e !== null);
    if (next) {
      next.focus();
      focusNext = [];
    }
  }
}

/** First, remove a stored package this extension will not use (whole OPD, or another NIP's), and say so. */
async function start(): Promise<void> {
  const dropped = await dropRefusedPackage();
  await render();
  if (dropped) announce(formatIssue(dropped, lang), true);
}

onSettingsChanged(() => void render());
void start();
