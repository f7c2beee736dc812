import type { z } from 'zod';
import type { ComponentSpec } from '@/lib/content/componentSpec';

/**
 * Validates MDX props against the widget's schema. The content check has
 * already done this at build; a failure here still ends in the widget's own
 * error card with the reason, never a blank page.
 */
export function parseWidgetProps<S extends z.ZodObject>(
  spec: ComponentSpec<S>,
  props: unknown,
): z.infer<S> {
  const parsed = spec.props.safeParse(props ?? {});
  if (parsed.success) return parsed.data;
  const reasons = parsed.error.issues
    .map((i) => `${i.path.join('.') || 'props'}: ${i.message}`)
    .join('; ');
  throw new Error(`${spec.name} got invalid props (${reasons}).`);
}
