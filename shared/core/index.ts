/**
 * Result/Issue, the shape every public function of the core returns. zod is not re-exported here:
 * import it as a namespace from `core/zod` (see that file), or bundlers keep all of zod.
 */
export {
  type Failure,
  fail,
  type Issue,
  type Location,
  locate,
  ok,
  type Result,
  type Severity,
} from './issue';
