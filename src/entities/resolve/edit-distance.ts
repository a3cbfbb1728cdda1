// Bounded Damerau-Levenshtein (optimal string alignment) distance: stops early once the
// distance must exceed `max`, so comparing one name against many stays cheap. Only the diagonal
// band |i - j| <= max is computed: an alignment that leaves it already costs more than `max`.

// Rows reused across calls: comparing one name with thousands allocates nothing.
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/** The distance between a and b when it is at most `max`, else max + 1. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  const m = a.length;
  const over = max + 1;
  if (rowA.length < n + 2) {
    rowA = new Int32Array(n + 2);
    rowB = new Int32Array(n + 2);
    rowC = new Int32Array(n + 2);
  }
  let prev2 = rowA;
  let prev = rowB;
  let cur = rowC;
  for (let j = 0; j <= n; j++) {
    prev[j] = j < over ? j : over;
    prev2[j] = 0;
  }
  prev[n + 1] = over;
  for (let i = 1; i <= m; i++) {
    const lo = i - max > 1 ? i - max : 1;
    const hi = i + max < n ? i + max : n;
    // The cells just outside the band read by this row and the next stand for "more than max".
    cur[lo - 1] = lo === 1 ? (i < over ? i : over) : over;
    let rowMin = lo === 1 ? cur[0] : over;
    const ai = a.charCodeAt(i - 1);
    const ai1 = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let v = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      if (ins < v) v = ins;
      const sub = prev[j - 1] + cost;
      if (sub < v) v = sub;
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && ai1 === bj && prev2[j - 2] + 1 < v) v = prev2[j - 2] + 1;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    cur[hi + 1] = over;
    if (rowMin > max) return over;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return Math.min(prev[n], over);
}
