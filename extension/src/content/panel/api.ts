import type { Lang } from '../../../../shared/messages';
import type { OverlayPolicy } from '../light/default-policy';
import type { PackagedDuties } from '../model/package';
import type { PanelState } from '../model/panel-state';
import type { PageType } from '../pages';
import type { Contribution } from '../summary';

/*
 * The panel module: what the summary panel says of a page (model/panel-state.ts: the counts, the predikat
 * distribution against SE MenPANRB 3/2023, who is due a reprimand or an appreciation by the core's reward
 * rules, the supervisor's own duties), in a script of its own (panel/module.ts, built to
 * src/content/panel.js) that the background injects into a frame once, when a page first has something to
 * summarise. The content script keeps the badges and draws the panel; the words and rules of the summary
 * stay out of the script that runs on every e-kinerja page (its budget: test/extension/build.test.ts).
 */

export interface PanelApi {
  /** panelState: what the panel shows, from the page's contributions. */
  state(
    contributions: readonly Contribution[],
    pageType: PageType,
    policy: OverlayPolicy,
    lang: Lang,
    duties?: PackagedDuties | null,
  ): PanelState;
}

/** Where the module puts its function in the isolated world (a registered symbol: no page can reach it). */
export const PANEL_API = Symbol.for('nilai-kerja/panel-module');

/** The runtime message by which the content script asks the background to inject the module. */
export const LOAD_PANEL_MODULE = 'nilai-kerja/load-panel-module';

/** The module's script in the built extension (extension/build.ts writes it; the background injects it). */
export const PANEL_MODULE_FILE = 'src/content/panel.js';
