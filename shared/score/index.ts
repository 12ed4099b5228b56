/** Scoring: capaian, categories, aggregation, ratings, predikat, legacy numeric scheme, distribution. */
export * from './aggregate';
export * from './capaian';
export * from './category';
export * from './distribution';
export * from './indicator';
export * from './indicator-period';
export * from './legacy';
export * from './predikat';
export * from './rating';
