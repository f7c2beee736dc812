'use client';

import { useEffect, useState } from 'react';

export interface ElementSize {
  width: number;
  height: number;
}

/**
 * The content-box size of an element, kept current with a ResizeObserver.
 * Attach the returned `ref` (a callback ref) to the element; the size is 0 × 0
 * until the first observation (and during server rendering).
 */
export function useElementSize<T extends Element = HTMLDivElement>(): {
  ref: (element: T | null) => void;
  width: number;
  height: number;
} {
  const [element, setElement] = useState<T | null>(null);
  const [size, setSize] = useState<ElementSize>({ width: 0, height: 0 });

  useEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (!box) return;
      // Whole pixels: sub-pixel jitter would otherwise re-render every chart.
      const width = Math.round(box.width);
      const height = Math.round(box.height);
      setSize((prev) =>
        prev.width === width && prev.height === height ? prev : { width, height },
      );
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);

  return { ref: setElement, width: size.width, height: size.height };
}
