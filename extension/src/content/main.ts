/**
 * Content script entry (bundled as one self-contained IIFE). Reads the settings, starts the overlay
 * with every feature, answers the popup (status / set-overlay) and follows settings changes.
 * Performance marks `nilai-kerja:start` / `nilai-kerja:done` let the benchmark time it from the page.
 */
import type { PageStatus } from '../messaging';
import { FEATURES } from './features';
import type { OverlaySettings } from './features/registry';
import { textsFor } from './light/english';
// The light readers (no zod: this script runs on every e-kinerja page); see light/settings.ts.
import { onContentMessage } from './light/messages';
import {
  defaultSettings,
  getSettings,
  onSettingsChanged,
  type ContentSettings as Settings,
} from './light/settings';
import { indexResultsPackage, readPackagedDuties } from './model/package';
import { createOverlay, type Overlay } from './overlay';

/**
 * Set once the overlay booted in this tab's isolated world. A symbol, not a name: a page element with
 * id="__nilaiKerjaOverlay" is reachable as a window property by name and would otherwise stop us.
 */
const MARK = Symbol.for('nilai-kerja.overlay');

/** Longest stretch of reading and scoring in one task (the page reacts in between; a frame is 16 ms). */
const SLICE_MS = 10;

function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    // Measuring only; never let it break the page.
  }
}

/**
 * Whether this is the tab's page rather than a frame inside it (the manifest enters same-origin
 * frames too: all_frames). A frame keeps its own badges and panel; the popup talks to the top page.
 */
function isTopFrame(): boolean {
  try {
    return window.top === window;
  } catch {
    return false;
  }
}

let revision = 0;
function toOverlaySettings(settings: Settings): OverlaySettings {
  revision++;
  return {
    policy: settings.policy,
    lang: settings.lang,
    results: indexResultsPackage(settings.resultsPackage),
    duties: readPackagedDuties(settings.resultsPackage),
    revision,
  };
}

async function boot(): Promise<void> {
  mark('nilai-kerja:start');
  let settings: Settings;
  try {
    settings = await getSettings();
  } catch {
    settings = defaultSettings();
  }
  // English texts are loaded on demand (light/english.ts): here before the first render.
  await textsFor(settings.lang);
  const overlay: Overlay = createOverlay(document, toOverlaySettings(settings), FEATURES, {
    sliceMs: SLICE_MS,
  });
  if (settings.overlayEnabled) overlay.start();

  const status = (): PageStatus => overlay.status();
  onContentMessage(
    {
      status,
      setOverlay: (on) => {
        if (on) overlay.start();
        else overlay.stop();
        return status();
      },
    },
    isTopFrame(),
  );
  onSettingsChanged(async (changed) => {
    settings = { ...settings, ...changed };
    if (changed.overlayEnabled === false) overlay.stop();
    else if (changed.overlayEnabled === true) overlay.start();
    if ('policy' in changed || 'lang' in changed || 'resultsPackage' in changed) {
      // A switch to English redraws once its texts are here (at once when they already are).
      await textsFor(settings.lang);
      overlay.updateSettings(toOverlaySettings(settings));
    }
  });
}

// A registered script and a one-off injection can both run in one tab: the first one wins.
const state = globalThis as unknown as Record<symbol, boolean>;
if (state[MARK] !== true) {
  state[MARK] = true;
  boot().catch((error: unknown) => {
    console.warn('[Nilai Kerja]', error instanceof Error ? error.message : String(error));
  });
}
