import {
  exportPolicyJson,
  formatIssue,
  formatNumberForLang,
  type Lang,
  type MessageCode,
  type MessageParams,
  t,
} from '../../../shared';
import { builtInOrigins, grantedSites } from '../background/sites';
import { el, replaceChildren } from '../popup/dom';
import { getSettings, onSettingsChanged, resetSettings, type Settings, setSettings } from '../storage';
import { packageEmployeeCount, readImportedJson } from './import';

/**
 * Options page: the scoring policy (key numbers, import/export), the results package from the
 * Sheets add-on, the sites Nilai Kerja runs on, language and overlay, reset. Every control has a
 * label and is reachable by keyboard; outcomes are announced in a live region.
 */

let lang: Lang = 'id';
const say = (code: MessageCode, params?: MessageParams): string => t(code, params, lang);
const percent = (share: number | null): string =>
  share === null ? '-' : `${formatNumberForLang(share * 100, lang, 2)} %`;

const app = document.getElementById('app')!;
const live = el('div', { id: 'message', role: 'status', 'aria-live': 'polite' });
const announce = (text: string, problem = false): void =>
  replaceChildren(live, el('p', { class: problem ? 'notice problem' : 'notice' }, text));

function policySection(settings: Settings): HTMLElement {
  const { policy } = settings;
  const row = (label: string, value: string, name: string) =>
    el('div', { class: 'row', 'data-field': name }, el('dt', {}, label), el('dd', {}, value));
  const tpp = policy.discipline.tpp;
  const fileInput = el('input', { type: 'file', id: 'import-file', accept: '.json,application/json' });
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    const result = readImportedJson(await file.text());
    fileInput.value = '';
    if (!result.ok) {
      const issues = result.issues ?? [result.issue];
      const detail = issues.map((i) => formatIssue(i, lang)).join(' ');
      return announce(say('EXT_OPTIONS_IMPORT_FAILED', { file: file.name, detail }), true);
    }
    const imported = result.value;
    const saved =
      imported.kind === 'policy'
        ? await setSettings({ policy: imported.policy })
        : // The package was scored with its own policy; the overlay must use the same numbers.
          await setSettings({
            resultsPackage: imported.resultsPackage,
            policy: imported.resultsPackage.policy,
          });
    if (!saved.ok) return announce(formatIssue(saved.issue, lang), true);
    announce(
      imported.kind === 'policy'
        ? say('EXT_OPTIONS_IMPORTED_POLICY', { name: imported.policy.name })
        : say('EXT_OPTIONS_IMPORTED_PACKAGE', {
            count: String(packageEmployeeCount(imported.resultsPackage)),
          }),
    );
  });
  const exportButton = el('button', { type: 'button', id: 'export-policy' }, say('EXT_OPTIONS_EXPORT'));
  exportButton.addEventListener('click', () => {
    // A blob: URL downloads locally; nothing leaves the computer.
    const url = URL.createObjectURL(new Blob([exportPolicyJson(policy)], { type: 'application/json' }));
    const link = el('a', { href: url, download: 'kebijakan-nilai-kerja.json' });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });
  return el(
    'section',
    { 'aria-labelledby': 'policy-title' },
    el('h2', { id: 'policy-title' }, say('EXT_OPTIONS_POLICY')),
    el(
      'dl',
      { id: 'policy' },
      row(say('EXT_OPTIONS_POLICY_NAME'), policy.name, 'name'),
      row(say('EXT_OPTIONS_POLICY_VERSION'), String(policy.version), 'version'),
      row(say('EXT_OPTIONS_CAPAIAN_CAP'), percent(policy.capaian.aggregationCap), 'aggregation-cap'),
      row(
        say('EXT_OPTIONS_RATING_BANDS'),
        `${percent(policy.rating.hasilBands.diAtasMin)} / ${percent(policy.rating.hasilBands.sesuaiMin)}`,
        'rating-bands',
      ),
      row(
        say('EXT_OPTIONS_TPP_SHARES'),
        `${percent(tpp.performanceShare)} / ${percent(tpp.disciplineShare)}`,
        'tpp-shares',
      ),
    ),
    el('p', {}, el('label', { for: 'import-file' }, say('EXT_OPTIONS_IMPORT')), el('br'), fileInput),
    el('p', {}, exportButton),
  );
}

function packageSection(settings: Settings): HTMLElement {
  const pkg = settings.resultsPackage;
  const remove = el('button', { type: 'button', id: 'remove-package' }, say('EXT_OPTIONS_REMOVE_PACKAGE'));
  remove.addEventListener('click', async () => {
    const saved = await setSettings({ resultsPackage: null });
    if (!saved.ok) announce(formatIssue(saved.issue, lang), true);
  });
  return el(
    'section',
    { 'aria-labelledby': 'package-title' },
    el('h2', { id: 'package-title' }, say('EXT_OPTIONS_PACKAGE')),
    pkg
      ? el(
          'p',
          { id: 'package' },
          say('EXT_OPTIONS_PACKAGE_SUMMARY', {
            count: String(packageEmployeeCount(pkg)),
            date: pkg.generatedAt || '-',
            policy: pkg.policy.name,
          }),
        )
      : el('p', { id: 'package' }, say('EXT_OPTIONS_NO_PACKAGE')),
    pkg ? el('p', {}, remove) : null,
  );
}

async function sitesSection(): Promise<HTMLElement> {
  const userSites = await grantedSites();
  const item = (site: string): HTMLElement => {
    const origin = site.replace(/\/\*$/, '');
    const button = el(
      'button',
      { type: 'button', class: 'remove-site', 'aria-label': say('EXT_OPTIONS_REMOVE_SITE', { origin }) },
      '✕',
    );
    button.addEventListener('click', async () => {
      // The background unregisters the content script when the permission goes (permissions.onRemoved).
      await chrome.permissions.remove({ origins: [site] });
      await render();
    });
    return el('li', { 'data-site': site }, `${origin} `, button);
  };
  return el(
    'section',
    { 'aria-labelledby': 'sites-title' },
    el('h2', { id: 'sites-title' }, say('EXT_OPTIONS_SITES')),
    el(
      'ul',
      { id: 'sites' },
      ...builtInOrigins().map((o) =>
        el('li', { class: 'builtin' }, say('EXT_OPTIONS_SITE_BUILTIN', { origin: o.replace(/\/\*$/, '') })),
      ),
      ...userSites.map(item),
    ),
    userSites.length === 0 ? el('p', {}, say('EXT_OPTIONS_NO_SITES')) : null,
  );
}

function preferencesSection(settings: Settings): HTMLElement {
  const select = el(
    'select',
    { id: 'lang' },
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
  reset.addEventListener('click', async () => {
    await resetSettings();
    announce(say('EXT_OPTIONS_RESET_DONE'));
  });
  return el(
    'section',
    { 'aria-labelledby': 'prefs-title' },
    el('h2', { id: 'prefs-title' }, say('EXT_OPTIONS_PREFERENCES')),
    el('p', {}, el('label', { for: 'lang' }, say('EXT_OPTIONS_LANG')), ' ', select),
    el('p', {}, overlay, ' ', el('label', { for: 'overlay' }, say('EXT_OPTIONS_OVERLAY'))),
    el('p', {}, reset),
  );
}

async function render(): Promise<void> {
  const settings = await getSettings();
  lang = settings.lang;
  document.documentElement.lang = lang;
  document.title = say('EXT_OPTIONS_TITLE');
  // Keep the focused control's id so re-rendering after a change does not lose the keyboard position.
  const focusedId = document.activeElement?.id;
  replaceChildren(
    app,
    el('h1', {}, say('EXT_OPTIONS_TITLE')),
    live,
    policySection(settings),
    packageSection(settings),
    await sitesSection(),
    preferencesSection(settings),
  );
  if (focusedId) document.getElementById(focusedId)?.focus();
}

onSettingsChanged(() => void render());
void render();
