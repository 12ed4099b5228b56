/**
 * The panel module's script (built to src/content/panel.js and injected on demand: api.ts). It holds what
 * the summary panel says and registers it for the content script, which draws it.
 */
import { panelState } from '../model/panel-state';
import { PANEL_API, type PanelApi } from './api';

const api: PanelApi = { state: panelState };

(globalThis as unknown as Record<symbol, PanelApi>)[PANEL_API] = api;
