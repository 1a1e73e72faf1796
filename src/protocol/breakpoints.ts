/**
 * The responsive size classes of the seed's "Embedding in an iFrame > Width and Height" table,
 * widest first. The seed leaves 480–560 px unassigned; everything below Small is X-Small here,
 * so every width has exactly one class.
 */
export const BREAKPOINTS = [
  { name: 'large', minWidth: 900, height: 710 },
  { name: 'medium', minWidth: 640, height: 660 },
  { name: 'small', minWidth: 560, height: 600 },
  { name: 'x-small', minWidth: 0, height: 535 },
] as const satisfies readonly { name: string; minWidth: number; height: number }[];

/** A size class name: `large`, `medium`, `small` or `x-small`. */
export type Breakpoint = (typeof BREAKPOINTS)[number]['name'];

/** The size class for a container width in CSS pixels (`NaN` or negative counts as 0). */
export function breakpointFor(width: number): Breakpoint {
  return (BREAKPOINTS.find((b) => width >= b.minWidth) ?? BREAKPOINTS[3]).name;
}
