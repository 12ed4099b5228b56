/**
 * The functions of globals.ts that sidebars and dialogs call through google.script.run, typed from
 * globals.ts itself: `ui/script-run.ts` turns this into the one typed, Promise-returning client.
 *
 * Types only. Import it with `import type`; esbuild then drops it, so no server code (nor
 * globals.ts's imports) reaches the sidebar HTML files. Each call's parameters are what the sidebar
 * must send (checked at compile time); the server still validates with zod whatever really arrives.
 */
import type * as Globals from './globals';

/** The sidebar- and dialog-callable globals. Menu items, triggers and custom functions are not here. */
export type SidebarCallName =
  | 'ambilUsulanPemetaan'
  | 'simpanPemetaan'
  | 'eksporPemetaan'
  | 'periksaImporPemetaan'
  | 'imporPemetaan'
  | 'ambilKebijakan'
  | 'simpanKebijakan'
  | 'pilihPresetKebijakan'
  | 'pratinjauKebijakan'
  | 'pulihkanKebijakan'
  | 'eksporKebijakan'
  | 'ambilPaketEkspor'
  | 'ambilPaketOpd'
  | 'periksaPaketOpd'
  | 'imporPaketOpd'
  | 'buatUlangRekapOpd'
  | 'ambilBerkasRiwayat'
  | 'periksaBerkasRiwayat'
  | 'imporBerkasRiwayat';

/** Those globals as globals.ts declares them (a name that is not an export of globals.ts fails here). */
export type SidebarApi = Pick<typeof Globals, SidebarCallName>;

/**
 * The calls that would defeat the typing: a reply or a parameter declared `unknown`. Must be `never`;
 * `npm run typecheck` (and test/apps-script/script-run.test.ts) fail below with the offending name.
 */
type Untyped = {
  [K in SidebarCallName]: unknown extends ReturnType<SidebarApi[K]>
    ? K
    : unknown extends Parameters<SidebarApi[K]>[number]
      ? K
      : never;
}[SidebarCallName];
type MustBeNever<T extends never> = T;
/** @public A compile-time check: fails to compile when a sidebar call keeps an `unknown` type. */
export type EverySidebarCallIsTyped = MustBeNever<Untyped>;
