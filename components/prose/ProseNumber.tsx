import type { z } from 'zod';
import { proseNumbers } from '@/lib/content/proseNumbers';
import type { proseNumberSpec } from './proseSpecs';

/** A number quoted in prose, computed at build time by the lib function behind the widget it describes. */
export function ProseNumber({ of, digits = 2 }: z.input<typeof proseNumberSpec.props>) {
  const value = proseNumbers[of]();
  return <span data-prose-number={of}>{value.toFixed(digits)}</span>;
}
