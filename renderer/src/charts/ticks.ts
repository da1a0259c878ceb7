const STEP_FACTORS = [1, 2, 2.5, 5, 10];

/**
 * Round axis ticks from 0 up to at least `max` (1, 2, 2.5 or 5 × 10ⁿ per step), so an axis
 * in cents reads €50k, €100k… rather than €55k, €110k: about `intervals` steps, one more when
 * that keeps the step round. Positions only: no amount comes from them.
 */
export function niceTicks(max: number, intervals = 4): number[] {
  if (!(max > 0)) return [0];
  const magnitude = 10 ** Math.floor(Math.log10(max / intervals));
  const fits = (factor: number) => factor * magnitude * (intervals + 1) >= max;
  const step = (STEP_FACTORS.find(fits) ?? 10) * magnitude;
  const ticks = [0];
  let last = 0;
  while (last < max) {
    last = Math.round(step * ticks.length);
    ticks.push(last);
  }
  return ticks;
}
