/** One figure printed by `npm run bench`: what was measured, its value, the target, and whether it is met. */
export type BenchFigure = { figure: string; value: number; unit: string; target: string; ok: boolean };
