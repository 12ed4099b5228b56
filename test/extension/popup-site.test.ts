import { describe, expect, it } from 'vitest';
import { type SiteFacts, siteAction } from '../../extension/src/popup/site';

/**
 * What the popup offers for the tab's site (extension/src/popup/site.ts). The office's sites (group
 * policy `sites`) are locked in the popup as on the options page: "Nonaktifkan di situs ini" only
 * for a site the user granted themselves.
 */

const URL_ = 'https://ekinerja.contohkab.go.id/skp/penilaian';
const PAGE = 'https://ekinerja.contohkab.go.id/*';
const facts = (over: Partial<SiteFacts>): SiteFacts => ({
  url: URL_,
  pattern: PAGE,
  builtIn: false,
  granted: [],
  managedSites: [],
  ...over,
});

describe('the popup site button', () => {
  it('says a built-in site is always on', () => {
    expect(siteAction(facts({ builtIn: true, managedSites: [PAGE], granted: [PAGE] }))).toEqual({
      kind: 'builtin',
    });
  });

  it("shows the office's enabled site as locked: no Disable, whether its pattern is exact or a wildcard", () => {
    expect(siteAction(facts({ managedSites: [PAGE], granted: [PAGE] }))).toEqual({ kind: 'managed' });
    const wide = 'https://*.contohkab.go.id/*';
    expect(siteAction(facts({ managedSites: [wide], granted: [wide] }))).toEqual({ kind: 'managed' });
    // The user also granted the page themselves: the office's site still cannot be switched off here.
    expect(siteAction(facts({ managedSites: [wide], granted: [PAGE] }))).toEqual({ kind: 'managed' });
  });

  it("asks for the office's own pattern when it is not granted yet", () => {
    const wide = 'https://*.contohkab.go.id/*';
    expect(siteAction(facts({ managedSites: [wide, 'https://other.go.id/*'] }))).toEqual({
      kind: 'enable',
      origins: [wide],
    });
  });

  it("offers Disable only for the user's own grant, removing exactly the pattern granted", () => {
    expect(siteAction(facts({ granted: [PAGE] }))).toEqual({ kind: 'disable', origins: [PAGE] });
    const wide = 'https://*.contohkab.go.id/*';
    expect(siteAction(facts({ granted: [wide, 'https://other.go.id/*'] }))).toEqual({
      kind: 'disable',
      origins: [wide],
    });
    // An office site elsewhere does not lock this one.
    expect(siteAction(facts({ granted: [PAGE], managedSites: ['https://other.go.id/*'] }))).toEqual({
      kind: 'disable',
      origins: [PAGE],
    });
  });

  it('offers Enable for the whole site when nothing covers the page', () => {
    expect(siteAction(facts({ granted: ['https://other.go.id/*'] }))).toEqual({
      kind: 'enable',
      origins: [PAGE],
    });
  });
});
