/**
 * Python's set, with CPython 3.11's hash table (Objects/setobject.c) simulated so that a set
 * prints and iterates in the order CPython's does: open addressing over 2^k slots, 9 linear
 * probes then perturbed jumps, dummies left by removals reused by later additions, a resize to
 * 4x the live entries once the table is 60% full. Ints, floats, bools and tuples hash as in
 * CPython; strings hash by a fixed function here (CPython randomises them per process, so no
 * order of a set of strings is reproducible anyway).
 */
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;
const MIN_SIZE = 8;
const U64 = (1n << 64n) - 1n;

interface Entry<V> {
  id: string;
  key: V;
  hash: bigint;
}
type Slot<V> = Entry<V> | 'dummy' | null;

/** The table, keyed by each value's identity string (values.ts `dictKey`). */
export class SetTable<V> {
  private table: Slot<V>[] = new Array(MIN_SIZE).fill(null);
  private fill = 0;
  private used = 0;
  private finger = 0;

  constructor(
    private readonly keyOf: (v: V) => string,
    private readonly hashOf: (v: V) => bigint,
  ) {}

  get size(): number {
    return this.used;
  }
  private get mask(): number {
    return this.table.length - 1;
  }

  /** The probe sequence from `hash`: 10 slots (or 1 near the end of the table), then a perturbed jump. */
  private *probe(hash: bigint, mask: number): Generator<number> {
    let perturb = hash & U64;
    let i = Number(perturb & BigInt(mask));
    for (;;) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (let j = 0; j <= probes; j++) yield i + j;
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
    }
  }

  private find(id: string, hash: bigint): number {
    for (const i of this.probe(hash, this.mask)) {
      const e = this.table[i];
      if (e === null) return -1;
      if (e !== 'dummy' && e.hash === hash && e.id === id) return i;
    }
    return -1;
  }

  has(v: V): boolean {
    return this.find(this.keyOf(v), this.hashOf(v)) >= 0;
  }

  add(v: V, hash = this.hashOf(v)): void {
    const id = this.keyOf(v);
    let freeslot = -1;
    for (const i of this.probe(hash, this.mask)) {
      const e = this.table[i];
      if (e === null) {
        if (freeslot >= 0) {
          this.table[freeslot] = { id, key: v, hash };
          this.used++;
          return;
        }
        this.table[i] = { id, key: v, hash };
        this.fill++;
        this.used++;
        if (this.fill * 5 >= this.mask * 3)
          this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
        return;
      }
      if (e === 'dummy') {
        if (freeslot < 0) freeslot = i;
      } else if (e.hash === hash && e.id === id) return;
    }
  }

  /** Remove `v`; false when it was not there. */
  discard(v: V): boolean {
    const i = this.find(this.keyOf(v), this.hashOf(v));
    if (i < 0) return false;
    this.table[i] = 'dummy';
    this.used--;
    return true;
  }

  /** set.pop(): the first live slot from where the last pop stopped. */
  pop(): V | undefined {
    if (this.used === 0) return undefined;
    let i = this.finger & this.mask;
    while (this.table[i] === null || this.table[i] === 'dummy') i = (i + 1) % this.table.length;
    const e = this.table[i] as Entry<V>;
    this.table[i] = 'dummy';
    this.used--;
    this.finger = i + 1;
    return e.key;
  }

  clear(): void {
    this.table = new Array(MIN_SIZE).fill(null);
    this.fill = this.used = this.finger = 0;
  }

  private resize(minused: number): void {
    let size = MIN_SIZE;
    while (size <= minused) size <<= 1;
    const old = this.entries();
    this.table = new Array(size).fill(null);
    for (const e of old) this.insertClean(e);
    this.fill = this.used;
  }

  /** Insert into a table known to hold no equal key and no dummies. */
  private insertClean(e: Entry<V>): void {
    for (const i of this.probe(e.hash, this.mask)) {
      if (this.table[i] === null) {
        this.table[i] = e;
        return;
      }
    }
  }

  entries(): Entry<V>[] {
    return this.table.filter((s): s is Entry<V> => s !== null && s !== 'dummy');
  }

  values(): V[] {
    return this.entries().map((e) => e.key);
  }

  /** set_merge: add every entry of `other`, in its table order, reusing its hashes. */
  merge(other: SetTable<V>): void {
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      this.table = [...other.table];
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    if (this.fill === 0) {
      for (const e of other.entries()) this.insertClean(e);
      this.fill = this.used = other.used;
      return;
    }
    for (const e of other.entries()) this.add(e.key, e.hash);
  }

  /** A dict's keys: one resize up front, then each key added in the dict's order. */
  addKeysOfDict(keys: V[]): void {
    if ((this.fill + keys.length) * 5 >= this.mask * 3) this.resize((this.used + keys.length) * 2);
    for (const k of keys) this.add(k);
  }

  copy(): SetTable<V> {
    const t = new SetTable<V>(this.keyOf, this.hashOf);
    t.merge(this);
    return t;
  }
}
