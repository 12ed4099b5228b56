import * as z from '../core/zod';
import { BusyPolicySchema } from './sections/busy';
import { CapaianPolicySchema } from './sections/capaian';
import { DisciplinePolicySchema } from './sections/discipline';
import { DistributionPolicySchema } from './sections/distribution';
import { HistoryPolicySchema } from './sections/history';
import { LegacyPolicySchema } from './sections/legacy';
import { OrganisationPolicySchema } from './sections/organisation';
import { PapersPolicySchema } from './sections/papers';
import { PembinaanPolicySchema } from './sections/pembinaan';
import { PeriodsPolicySchema } from './sections/periods';
import { RatingPolicySchema } from './sections/rating';
import { RbPolicySchema } from './sections/rb';
import { RbActionsPolicySchema } from './sections/rb-actions';
import { RecapPolicySchema } from './sections/recap';
import { RewardPolicySchema } from './sections/reward';
import { SakipPolicySchema } from './sections/sakip';

/** Bump when a stored policy needs a migration (see io.ts). */
export const POLICY_VERSION = 1;

/**
 * The whole policy: every number a region may change, each default citing its source in its section.
 * Parsing `{}` yields the national defaults.
 */
const PolicyObjectSchema = z.object({
  version: z.literal(POLICY_VERSION).default(POLICY_VERSION),
  /** Human name of this policy, e.g. "Perbup Tulang Bawang 2024". */
  name: z.string().max(200).default('Bawaan nasional (PermenPANRB 6/2022, SE MenPANRB 3/2023)'),
  preset: z.string().max(100).default('nasional'),
  capaian: CapaianPolicySchema.default(CapaianPolicySchema.parse({})),
  rating: RatingPolicySchema.default(RatingPolicySchema.parse({})),
  distribution: DistributionPolicySchema.default(DistributionPolicySchema.parse({})),
  legacy: LegacyPolicySchema.default(LegacyPolicySchema.parse({})),
  sakip: SakipPolicySchema.default(SakipPolicySchema.parse({})),
  rb: RbPolicySchema.default(RbPolicySchema.parse({})),
  rbActions: RbActionsPolicySchema.default(RbActionsPolicySchema.parse({})),
  discipline: DisciplinePolicySchema.default(DisciplinePolicySchema.parse({})),
  busy: BusyPolicySchema.default(BusyPolicySchema.parse({})),
  history: HistoryPolicySchema.default(HistoryPolicySchema.parse({})),
  reward: RewardPolicySchema.default(RewardPolicySchema.parse({})),
  pembinaan: PembinaanPolicySchema.default(PembinaanPolicySchema.parse({})),
  papers: PapersPolicySchema.default(PapersPolicySchema.parse({})),
  periods: PeriodsPolicySchema.default(PeriodsPolicySchema.parse({})),
  organisation: OrganisationPolicySchema.default(OrganisationPolicySchema.parse({})),
  recap: RecapPolicySchema.default(RecapPolicySchema.parse({})),
});

/**
 * A policy is plain JSON data. zod hands out the same default objects on every parse, so a caller
 * that edits one parsed policy (a settings form, a test) would silently change the defaults of every
 * later parse. Each parse therefore returns its own deep copy.
 */
const ownCopy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export const PolicySchema = PolicyObjectSchema.transform(ownCopy);
export type Policy = z.infer<typeof PolicySchema>;
export type PolicyInput = z.input<typeof PolicySchema>;

/** The national defaults: a fresh object each call, sharing nothing with other calls. */
export const defaultPolicy = (): Policy => PolicySchema.parse({});

export * from './sections/busy';
export * from './sections/capaian';
export * from './sections/discipline';
export * from './sections/distribution';
export * from './sections/history';
export * from './sections/legacy';
export * from './sections/legacy46';
export * from './sections/organisation';
export * from './sections/papers';
export * from './sections/pembinaan';
export * from './sections/periods';
export * from './sections/rating';
export * from './sections/rb';
export * from './sections/rb-actions';
export * from './sections/recap';
export * from './sections/reward';
export * from './sections/sakip';
export * from './sections/sakip-workbook';
