/** Names of the numbers `ProseNumber` can render (kept apart so the registry does not pull in the computations). */
export const proseNumberNames = ['sgdStabilityThreshold', 'leastSquaresMse', 'biasSquaredDegree3', 'varianceDegree3'] as const;
export type ProseNumberName = (typeof proseNumberNames)[number];
