// A readable diff of two JSON values: the paths that differ, with both sides, so a failing
// golden test says what changed rather than dumping two documents.
export function jsonDiff(expected: unknown, actual: unknown, path = '$', out: string[] = [], limit = 25): string[] {
  if (out.length >= limit) return out;
  if (Object.is(expected, actual)) return out;
  const show = (v: unknown) => {
    const s = JSON.stringify(v);
    return s === undefined ? 'undefined' : s.length > 160 ? s.slice(0, 157) + '...' : s;
  };
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length) out.push(`${path}: length ${expected.length} → ${actual.length}`);
    for (let i = 0; i < Math.max(expected.length, actual.length) && out.length < limit; i++) {
      if (i >= expected.length) out.push(`${path}[${i}]: added ${show(actual[i])}`);
      else if (i >= actual.length) out.push(`${path}[${i}]: removed ${show(expected[i])}`);
      else jsonDiff(expected[i], actual[i], `${path}[${i}]`, out, limit);
    }
    return out;
  }
  if (expected && actual && typeof expected === 'object' && typeof actual === 'object') {
    const e = expected as Record<string, unknown>;
    const a = actual as Record<string, unknown>;
    for (const k of new Set([...Object.keys(e), ...Object.keys(a)])) {
      if (out.length >= limit) break;
      if (!(k in a)) out.push(`${path}.${k}: removed ${show(e[k])}`);
      else if (!(k in e)) out.push(`${path}.${k}: added ${show(a[k])}`);
      else jsonDiff(e[k], a[k], `${path}.${k}`, out, limit);
    }
    return out;
  }
  out.push(`${path}: ${show(expected)} → ${show(actual)}`);
  return out;
}
