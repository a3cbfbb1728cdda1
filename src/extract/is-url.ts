// Whether an input names a page to fetch; apart from fetch.ts so that deciding costs no node:http.
export function isUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}
