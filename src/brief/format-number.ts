// Numbers with thousands separators ("1,234,567", "-1,234.57") as toLocaleString('en-US'/'en-GB')
// writes them, without Intl: the first Intl call loads locale data, which costs a one-article run
// of `dossier analyze` a large share of its start-up. Values the simple path cannot write exactly
// (exponents, non-finite) go to Intl.

function group(digits: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}

/** n with grouped thousands and at most `maxFraction` decimals (rounded half away from zero),
 *  as n.toLocaleString('en-US', { maximumFractionDigits: maxFraction }) writes it. */
export function formatGrouped(n: number, maxFraction = 3): string {
  const s = String(Math.abs(n));
  if (!Number.isFinite(n) || s.includes('e') || maxFraction > 20) {
    return n.toLocaleString('en-US', { maximumFractionDigits: maxFraction });
  }
  const dot = s.indexOf('.');
  let int = dot < 0 ? s : s.slice(0, dot);
  let frac = dot < 0 ? '' : s.slice(dot + 1);
  if (frac.length > maxFraction) {
    const up = frac.charCodeAt(maxFraction) >= 53; // the first dropped digit is 5 or more
    frac = frac.slice(0, maxFraction);
    if (up) {
      // add one unit in the last kept place, carrying through the fraction into the integer
      const digits = (int + frac).split('').map(Number);
      let k = digits.length - 1;
      while (k >= 0 && digits[k] === 9) digits[k--] = 0;
      if (k >= 0) digits[k]++;
      else digits.unshift(1);
      const all = digits.join('');
      int = all.slice(0, all.length - frac.length);
      frac = all.slice(all.length - frac.length);
    }
  }
  frac = frac.replace(/0+$/, '');
  const negative = n < 0 || Object.is(n, -0);
  return (negative ? '-' : '') + group(int) + (frac ? '.' + frac : '');
}
