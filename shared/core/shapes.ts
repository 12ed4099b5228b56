/**
 * The shapes of a scoring run's objects, kept alive between runs (shared/README.md, "Speed").
 *
 * V8 gives every object a hidden class (a "map"), made as its fields are added, and optimised code checks
 * the maps it was compiled for. A map that no live object has any more is collected by a full garbage
 * collection, and every piece of optimised code that checked it is thrown away. A run's own objects (the
 * readers, the number reader's scratch, the decisions, the columns, the results) all die once its result is
 * dropped, so after each full collection the next run started again on unoptimised code: a quarter to a
 * third of a run on the bench province, measured (`npm run bench`). A process that scores again and again
 * (the Sekda's recap over many OPDs, the overlay as a supervisor moves between pages) paid it every time.
 *
 * One object of each such class, built from empty inputs and never used, keeps its map alive, and with it
 * the code. A module gives its classes' exemplars as a ShapeBuilder; a ShapeKeeper builds them after the
 * first run (loading the core builds nothing: a custom function's call never scores an organisation) and,
 * after each run, reads a property of each: when a run widened a field (a whole number that became a
 * fraction), V8 gave the class a new map and left the old one behind, and that read moves the exemplar onto
 * the new one. An exemplar holds no sheet data: empty tables, an empty roster, zeros.
 */

import type { Policy } from '../policy/schema';

/** Builds one object of each class a module's run makes, from empty inputs (`policy`: the first run's). */
export type ShapeBuilder = (policy: Policy) => readonly object[];

/**
 * Exemplars kept for a kind of run: built after its first run, then moved onto their classes' current
 * maps after each run (a property read does it). A module-level keeper belongs to the entry point that
 * runs (pipeline/shapes.ts), so that a bundle without that entry point (the overlay's content script)
 * carries none of it.
 */
export class ShapeKeeper {
  private exemplars: readonly object[] | null = null;

  constructor(private readonly build: ShapeBuilder) {}

  /**
   * After a run under `policy`: builds the exemplars the first time, then refreshes them. Returns how many.
   * Only speed rests on them: exemplars that cannot be built (a policy a caller damaged) are given up, once,
   * and never turn a run's result into an error.
   */
  refresh(policy: Policy): number {
    if (this.exemplars === null) {
      try {
        this.exemplars = this.build(policy);
      } catch {
        this.exemplars = [];
      }
    }
    let kept = 0;
    for (const exemplar of this.exemplars) if ((exemplar as { constructor?: unknown }).constructor) kept++;
    return kept;
  }
}
