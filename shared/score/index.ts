/** Scoring: capaian, categories, aggregation, ratings, predikat, legacy numeric scheme, distribution. */
export * from './aggregate';
export * from './capaian';
export * from './category';
export * from './distribution';
export * from './indicator';
export * from './indicator-period';
export * from './legacy';
export * from './predikat';
export * from './prorate';
export * from './rating';
export * from './target-span';
export * from './weight-forms';
