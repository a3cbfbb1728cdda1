// Checking what a client sent: the analyze body and the query strings, each refusal a 400
// that names the field and what it should be.
import type { AnalyzeRequest, DocumentQuery } from './api-types.js';
import { badRequest } from './http-error.js';

const DATE_PREFIX = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export function isValidDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(s + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const FIELDS = ['text', 'html', 'url'] as const;

export function parseAnalyzeRequest(body: Record<string, unknown>): AnalyzeRequest {
  const given = FIELDS.filter((k) => body[k] !== undefined && body[k] !== null);
  if (given.length === 0) throw badRequest('give one of "text", "html" or "url"', 'missing-field');
  if (given.length > 1) throw badRequest(`give only one of "text", "html" or "url" (got ${given.join(', ')})`);
  const field = given[0];
  const value = body[field];
  if (typeof value !== 'string') throw badRequest(`"${field}" must be a string`, 'wrong-type');
  if (!value.trim()) throw badRequest(`"${field}" is empty`, 'empty');
  const out: AnalyzeRequest = { [field]: value };
  if (field === 'url') {
    let u: URL;
    try {
      u = new URL(value);
    } catch {
      throw badRequest(`"url" is not a URL: ${value.slice(0, 200)}`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw badRequest('"url" must be an http or https URL');
  }
  if (body.date !== undefined && body.date !== null) {
    if (typeof body.date !== 'string') throw badRequest('"date" must be a string YYYY-MM-DD', 'wrong-type');
    if (!isValidDay(body.date)) throw badRequest(`"date" must be a day YYYY-MM-DD, got "${body.date.slice(0, 40)}"`);
    out.date = body.date;
  }
  if (body.name !== undefined && body.name !== null) {
    if (typeof body.name !== 'string') throw badRequest('"name" must be a string', 'wrong-type');
    out.name = body.name.slice(0, 300);
  }
  return out;
}

function intParam(p: URLSearchParams, name: string, min: number, max: number): number | undefined {
  const v = p.get(name);
  if (v === null || v === '') return undefined;
  if (!/^\d{1,9}$/.test(v)) throw badRequest(`"${name}" must be a whole number, got "${v.slice(0, 40)}"`);
  const n = Number(v);
  if (n < min || n > max) throw badRequest(`"${name}" must be between ${min} and ${max}`);
  return n;
}

function dateParam(p: URLSearchParams, name: string): string | undefined {
  const v = p.get(name);
  if (v === null || v === '') return undefined;
  if (!DATE_PREFIX.test(v)) throw badRequest(`"${name}" must be a date YYYY, YYYY-MM or YYYY-MM-DD, got "${v.slice(0, 40)}"`);
  return v;
}

function boolParam(p: URLSearchParams, name: string): boolean | undefined {
  const v = p.get(name);
  if (v === null || v === '') return undefined;
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  throw badRequest(`"${name}" must be true or false, got "${v.slice(0, 40)}"`);
}

function stringParam(p: URLSearchParams, name: string, max = 500): string | undefined {
  const v = p.get(name);
  if (v === null || !v.trim()) return undefined;
  if (v.length > max) throw badRequest(`"${name}" is longer than ${max} characters`);
  return v.trim();
}

export const MAX_PAGE = 100;

export function parseDocumentQuery(p: URLSearchParams): DocumentQuery & { limit: number; offset: number } {
  const from = dateParam(p, 'from');
  const to = dateParam(p, 'to');
  if (from && to && from.slice(0, to.length) > to) throw badRequest(`"from" (${from}) is after "to" (${to})`);
  return {
    q: stringParam(p, 'q'),
    entity: stringParam(p, 'entity'),
    type: stringParam(p, 'type', 40),
    from,
    to,
    hasFindings: boolParam(p, 'hasFindings'),
    limit: intParam(p, 'limit', 1, MAX_PAGE) ?? 20,
    offset: intParam(p, 'offset', 0, 1e9) ?? 0,
  };
}

export function parsePage(p: URLSearchParams): { limit: number; offset: number } {
  return { limit: intParam(p, 'limit', 1, 500) ?? 50, offset: intParam(p, 'offset', 0, 1e9) ?? 0 };
}

export function parseTimelineQuery(p: URLSearchParams): { from?: string; to?: string; entity?: string } {
  return { from: dateParam(p, 'from'), to: dateParam(p, 'to'), entity: stringParam(p, 'entity') };
}

export function parseId(s: string): number {
  if (!/^\d{1,12}$/.test(s) || Number(s) < 1 || !Number.isSafeInteger(Number(s))) throw badRequest(`a document id is a positive whole number, got "${s.slice(0, 40)}"`, 'bad-id');
  return Number(s);
}

export function oneOf<T extends string>(p: URLSearchParams, name: string, allowed: readonly T[], dflt: T): T {
  const v = p.get(name);
  if (v === null || v === '') return dflt;
  if (!(allowed as readonly string[]).includes(v)) throw badRequest(`"${name}" must be one of ${allowed.join(', ')}, got "${v.slice(0, 40)}"`);
  return v as T;
}
