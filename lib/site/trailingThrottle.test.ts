import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTrailingThrottle } from './trailingThrottle';

describe('trailing throttle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes a lone request at once', () => {
    const write = vi.fn();
    createTrailingThrottle(400, write).request();
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('100 requests in a second make at most one write per interval, the last one at the end', () => {
    let value = 0;
    const written: number[] = [];
    const throttle = createTrailingThrottle(400, () => written.push(value));
    for (let i = 1; i <= 100; i++) {
      value = i;
      throttle.request();
      vi.advanceTimersByTime(10);
    }
    vi.advanceTimersByTime(1000);
    expect(written.length).toBeLessThanOrEqual(Math.ceil(1000 / 400) + 1);
    expect(written.at(-1)).toBe(100);
    expect(written[0]).toBe(1);
  });

  it('stays under 100 writes in 30 s of requests every frame', () => {
    const write = vi.fn();
    const throttle = createTrailingThrottle(400, write);
    for (let t = 0; t < 30_000; t += 16) {
      throttle.request();
      vi.advanceTimersByTime(16);
    }
    expect(write.mock.calls.length).toBeLessThan(100);
  });

  it('flush writes a pending request now and nothing when none is pending', () => {
    const write = vi.fn();
    const throttle = createTrailingThrottle(400, write);
    throttle.request();
    throttle.request();
    throttle.flush();
    expect(write).toHaveBeenCalledTimes(2);
    throttle.flush();
    vi.advanceTimersByTime(1000);
    expect(write).toHaveBeenCalledTimes(2);
  });
});
