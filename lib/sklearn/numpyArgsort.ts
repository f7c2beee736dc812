/**
 * `np.argsort(values)` with numpy 1.24's default kind='quicksort' for numeric
 * arrays (`aquicksort_` in npysort/quicksort.cpp): introsort with median-of-3
 * partitions above 16 elements, insertion sort below, heapsort past a depth of
 * 2*floor(log2 n). It is not stable, so ties come out in numpy's own order,
 * which GroupKFold's fold assignment depends on.
 */
export function numpyArgsort(values: readonly number[]): number[] {
  const v = values;
  const idx = values.map((_, i) => i);
  const less = (a: number, b: number) => v[a] < v[b];
  const swap = (a: number, b: number) => {
    const t = idx[a];
    idx[a] = idx[b];
    idx[b] = t;
  };
  const stack: [number, number, number][] = [];
  let pl = 0;
  let pr = idx.length - 1;
  let depth = 0; // 2 * npy_get_msb(n)
  for (let u = idx.length; u > 1; u = Math.floor(u / 2)) depth += 2;
  for (;;) {
    if (depth < 0) {
      heapsortRange(idx, v, pl, pr - pl + 1);
    } else {
      while (pr - pl > 15) {
        const pm = pl + ((pr - pl) >> 1);
        if (less(idx[pm], idx[pl])) swap(pm, pl);
        if (less(idx[pr], idx[pm])) swap(pr, pm);
        if (less(idx[pm], idx[pl])) swap(pm, pl);
        const vp = v[idx[pm]];
        let pi = pl;
        let pj = pr - 1;
        swap(pm, pj);
        for (;;) {
          do pi++;
          while (v[idx[pi]] < vp);
          do pj--;
          while (vp < v[idx[pj]]);
          if (pi >= pj) break;
          swap(pi, pj);
        }
        swap(pi, pr - 1);
        depth--;
        if (pi - pl < pr - pi) {
          stack.push([pi + 1, pr, depth]);
          pr = pi - 1;
        } else {
          stack.push([pl, pi - 1, depth]);
          pl = pi + 1;
        }
      }
      for (let pi = pl + 1; pi <= pr; pi++) {
        const vi = idx[pi];
        const vp = v[vi];
        let pj = pi;
        while (pj > pl && vp < v[idx[pj - 1]]) {
          idx[pj] = idx[pj - 1];
          pj--;
        }
        idx[pj] = vi;
      }
    }
    const next = stack.pop();
    if (!next) break;
    [pl, pr, depth] = next;
  }
  return idx;
}

/** numpy's `aheapsort_` on idx[start .. start+n). */
function heapsortRange(idx: number[], v: readonly number[], start: number, n: number): void {
  const a = (k: number) => start + k - 1; // 1-based heap positions
  const siftDown = (tmp: number, i: number, size: number) => {
    for (let j = i << 1; j <= size; ) {
      if (j < size && v[idx[a(j)]] < v[idx[a(j + 1)]]) j++;
      if (v[tmp] < v[idx[a(j)]]) {
        idx[a(i)] = idx[a(j)];
        i = j;
        j += j;
      } else break;
    }
    idx[a(i)] = tmp;
  };
  for (let l = n >> 1; l > 0; l--) siftDown(idx[a(l)], l, n);
  for (let size = n; size > 1; ) {
    const tmp = idx[a(size)];
    idx[a(size)] = idx[a(1)];
    size--;
    siftDown(tmp, 1, size);
  }
}
