import {
  formatIssue,
  formatNumberForLang,
  type Issue,
  type Lang,
  type MessageCode,
  type MessageParams,
  t,
} from '../../../shared';
import { contentScriptFiles, grantedSites, isBuiltInSite, originPattern } from '../background/sites';
import { type PageStatus, requestSetOverlay, requestStatus } from '../messaging';
import { getManagedState, getSettings, setSettings } from '../storage';
import { el, replaceChildren } from './dom';
import { pageTypeLabel } from './labels';
import { siteAction } from './site';

/**
 * The toolbar popup: what Nilai Kerja recognised on this tab, the overlay switch, enabling the
 * site, a one-off run, and the way to the options. `?tab=<id>` targets a given tab (used when the
 * popup is opened as a page, e.g. by the tests); otherwise the active tab of the current window.
 *
 * Screen readers hear only what changed: the page itself is not a live region; each outcome (the
 * overlay switched, a site enabled, a run, a changed tab status, a problem) is put, once, into the one
 * live region `#announce` (popup.html). The visible notices carry no live role, so nothing is said twice.
 */

let lang: Lang = 'id';
const say = (code: MessageCode, params?: MessageParams): string => t(code, params, lang);

async function targetTab(): Promise<chrome.tabs.Tab | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) {
    return chrome.tabs.get(fromQuery).catch(() => undefined);
  }
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab;
}

function statusView(status: PageStatus): HTMLElement {
  const row = (label: string, value: string, name: string) =>
    el('div', { class: 'row', 'data-field': name }, el('dt', {}, label), el('dd', {}, value));
  return el(
    'section',
    { class: 'status', 'aria-label': say('EXT_POPUP_TITLE') },
    el(
      'dl',
      {},
      row(say('EXT_POPUP_PAGE_TYPE'), pageTypeLabel(status.pageType, lang), 'page-type'),
      row(say('EXT_POPUP_ROWS'), formatNumberForLang(status.rows, lang, 0), 'rows'),
      row(
        say('EXT_POPUP_FIELDS'),
        status.recognised.length ? status.recognised.join(', ') : say('EXT_POPUP_NO_FIELDS'),
        'recognised',
      ),
    ),
    el('h2', {}, say('EXT_POPUP_ISSUES')),
    status.issues.length
      ? el('ul', { class: 'issues' }, ...status.issues.map((text) => el('li', {}, text)))
      : el('p', { class: 'issues-none' }, say('EXT_POPUP_NO_ISSUES')),
  );
}

const notice = (text: string, kind: 'info' | 'problem' = 'info'): HTMLElement =>
  el('p', { class: `notice ${kind}` }, text);

/**
 * Says `text` once through the popup's live region: added as a new line (the region is not atomic, so
 * only the addition is read, and the same text said again is still a change); older lines are dropped.
 */
function announce(text: string): void {
  const region = document.getElementById('announce');
  if (!region) return;
  while (region.childElementCount >= 3) region.firstElementChild?.remove();
  region.append(el('p', {}, text));
}

/** One line for the live region: what the tab's status now says. */
const statusLine = (status: PageStatus): string =>
  say('EXT_POPUP_STATUS_CHANGED', {
    page: pageTypeLabel(status.pageType, lang),
    rows: formatNumberForLang(status.rows, lang, 0),
  });

async function main(): Promise<void> {
  const settings = await getSettings();
  lang = settings.lang;
  document.documentElement.lang = lang;
  document.title = say('EXT_POPUP_TITLE');
  const app = document.getElementById('app')!;
  const tab = await targetTab();
  const tabId = tab?.id;
  const url = tab?.url ?? '';
  const pattern = originPattern(url);

  const statusBox = el('div', { id: 'status' });
  const messageBox = el('div', { id: 'message' });
  /** A message shown under the controls and announced once. */
  const tell = (text: string, kind: 'info' | 'problem' = 'info'): void => {
    replaceChildren(messageBox, notice(text, kind));
    announce(text);
  };
  const showIssue = (issue: Issue): void => tell(formatIssue(issue, lang), 'problem');
  /** What the status said last: a refresh announces only a different one (never the first render). */
  let lastStatus: string | null = null;
  const showStatus = (view: HTMLElement, line: string, always: boolean): void => {
    replaceChildren(statusBox, view);
    if (lastStatus !== null && (always || line !== lastStatus)) announce(line);
    lastStatus = line;
  };

  /** `always`: announce the status even when unchanged (it answers what the user just asked for). */
  const refreshStatus = async (attempts = 1, always = false): Promise<void> => {
    if (tabId === undefined || !pattern) {
      const text = say('EXT_POPUP_SITE_UNSUPPORTED');
      showStatus(notice(text), text, always);
      return;
    }
    let result = await requestStatus(tabId);
    // Right after enabling or a one-off run the content script may still be starting.
    for (let i = 1; i < attempts && !result.ok; i++) {
      await new Promise((done) => setTimeout(done, 250));
      result = await requestStatus(tabId);
    }
    if (result.ok) showStatus(statusView(result.value), statusLine(result.value), always);
    else {
      const text = formatIssue(result.issue, lang);
      showStatus(notice(text), text, always);
    }
  };

  const overlay = el('input', { type: 'checkbox', id: 'overlay', checked: settings.overlayEnabled });
  overlay.addEventListener('change', async () => {
    const saved = await setSettings({ overlayEnabled: overlay.checked });
    if (!saved.ok) return showIssue(saved.issue);
    announce(say(overlay.checked ? 'EXT_POPUP_OVERLAY_ON' : 'EXT_POPUP_OVERLAY_OFF'));
    if (tabId === undefined) return;
    const result = await requestSetOverlay(tabId, overlay.checked);
    // The switch was announced; the new figures are shown without being said again.
    if (result.ok) {
      lastStatus = statusLine(result.value);
      replaceChildren(statusBox, statusView(result.value));
    }
  });

  const siteBox = el('div', { id: 'site' });
  const renderSite = async (): Promise<void> => {
    if (!pattern) return replaceChildren(siteBox);
    const [granted, managed] = await Promise.all([grantedSites(), getManagedState(lang)]);
    const action = siteAction({
      url,
      pattern,
      builtIn: isBuiltInSite(url),
      granted,
      managedSites: managed.values.sites ?? [],
    });
    if (action.kind === 'builtin') return replaceChildren(siteBox, notice(say('EXT_POPUP_SITE_BUILTIN')));
    // The office's site is locked here as on the options page: no "Disable" for it.
    if (action.kind === 'managed') return replaceChildren(siteBox, notice(say('EXT_MANAGED_LOCKED')));
    const enabled = action.kind === 'disable';
    const button = el(
      'button',
      { type: 'button', id: enabled ? 'disable-site' : 'enable-site' },
      say(enabled ? 'EXT_POPUP_DISABLE_SITE' : 'EXT_POPUP_ENABLE_SITE'),
    );
    button.addEventListener('click', () => {
      // permissions.request must run inside the click (user gesture), before any await.
      const change = enabled
        ? chrome.permissions.remove({ origins: action.origins })
        : chrome.permissions.request({ origins: action.origins });
      void change.then(async (done) => {
        const site = pattern.replace(/\/\*$/, '');
        if (!enabled && !done) {
          tell(say('EXT_POPUP_PERMISSION_DENIED', { origin: site }), 'problem');
          return;
        }
        tell(say(enabled ? 'EXT_POPUP_SITE_DISABLED' : 'EXT_POPUP_SITE_ENABLED', { origin: site }));
        await renderSite();
        // Unregistering only affects future page loads: take the overlay off the open tab now.
        if (enabled && tabId !== undefined) await requestSetOverlay(tabId, false);
        await refreshStatus(enabled ? 1 : 8);
      });
    });
    replaceChildren(siteBox, button);
  };

  const runOnce = el(
    'button',
    { type: 'button', id: 'run-once', disabled: !pattern },
    say('EXT_POPUP_RUN_ONCE'),
  );
  runOnce.addEventListener('click', async () => {
    if (tabId === undefined) return;
    try {
      await chrome.scripting.executeScript({ target: { tabId }, files: contentScriptFiles() });
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      tell(say('EXT_POPUP_RUN_FAILED', { detail }), 'problem');
      return;
    }
    await refreshStatus(8, true);
  });

  const options = el(
    'button',
    { type: 'button', id: 'open-options', class: 'link' },
    say('EXT_POPUP_OPTIONS'),
  );
  options.addEventListener('click', () => void chrome.runtime.openOptionsPage());

  replaceChildren(
    app,
    el('h1', {}, say('EXT_POPUP_TITLE')),
    statusBox,
    el('p', { class: 'toggle' }, overlay, el('label', { for: 'overlay' }, say('EXT_POPUP_OVERLAY'))),
    siteBox,
    el('p', {}, runOnce),
    messageBox,
    el('p', {}, options),
  );
  await Promise.all([refreshStatus(), renderSite()]);
}

void main();
