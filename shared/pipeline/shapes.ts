import { ShapeKeeper } from '../core/shapes';
import { OncePerText } from '../discipline/vocabulary';
import { sakipShapes } from '../org/sakip';
import { FastReading } from '../parse/number-fast';
import type { Policy } from '../policy/schema';
import { MeanRows, MeanTally } from '../score/aggregate';
import { IndicatorDecision } from '../score/indicator';
import { attendanceShapes } from './attendance';
import { behaviourShapes } from './behaviour';
import { CollapsedTexts, RecentForms } from './cells';
import { employeeShapes } from './employee';
import { indicatorShapes } from './indicators';
import { pembinaanShapes } from './pembinaan';
import { peopleShapes } from './people';
import { ScratchList, SharedVerdicts } from './shared-verdicts';
import { KnownCodeKeys, LabelDecisions } from './text-keys';

/**
 * The shapes of scoreOrganisation's objects, kept between runs (core/shapes.ts): every class a run makes
 * and drops, one of each. The number reader's scratch is listed with its parts, whose number fields widen.
 */
const RUN_SHAPES = new ShapeKeeper((policy) => {
  const reading = new FastReading();
  return [
    reading,
    reading.body,
    reading.high,
    reading.tail,
    new IndicatorDecision(),
    new MeanTally(),
    new MeanRows(),
    new CollapsedTexts(),
    new RecentForms(),
    new OncePerText(),
    new LabelDecisions<undefined>(() => undefined),
    new KnownCodeKeys([]),
    new SharedVerdicts(),
    new ScratchList<unknown>(),
    ...peopleShapes(policy),
    ...indicatorShapes(policy),
    ...attendanceShapes(policy),
    ...behaviourShapes(policy),
    ...pembinaanShapes(policy),
    ...employeeShapes(policy),
    ...sakipShapes(policy),
  ];
});

/** After a scoring run under `policy`: its objects' shapes, and the code compiled for them, outlive it. */
export function keepRunShapes(policy: Policy): number {
  return RUN_SHAPES.refresh(policy);
}
