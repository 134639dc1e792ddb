/** Clamps a `heading-level` attribute value to a real heading level (1–6; default 2). Free of Lit, so the snippet writer can use it in Node. */
export function clampLevel(level: number | undefined): number {
  const value = Math.round(Number(level));
  return Number.isFinite(value) ? Math.min(6, Math.max(1, value)) : 2;
}
