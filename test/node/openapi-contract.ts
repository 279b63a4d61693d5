// Checks response bodies against Debitura's published OpenAPI specs, so the sandbox cannot drift from
// the real APIs. A small OpenAPI 3.0 schema validator, strict where the spec is (additionalProperties
// false, required, enum) and loose on formats.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Api = 'customer' | 'referral';

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  nullable?: boolean;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
};
type Response = { content?: Record<string, { schema?: Schema }> };
type Operation = { responses?: Record<string, Response> };
export type OpenApiSpec = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Folder holding customer-api.json and referral-partner-api.json. */
export const specDir = resolve(repoRoot, process.env.DEBITURA_OPENAPI_DIR ?? '../shared/debitura');
const specFiles: Record<Api, string> = { customer: 'customer-api.json', referral: 'referral-partner-api.json' };

/** False when the specs are not on this machine; tests then skip with `specsMissingReason`. */
export const specsAvailable = Object.values(specFiles).every((file) => existsSync(resolve(specDir, file)));
export const specsMissingReason = `Debitura OpenAPI specs not found in ${specDir} (set DEBITURA_OPENAPI_DIR to the folder holding customer-api.json and referral-partner-api.json)`;

const loaded = new Map<Api, OpenApiSpec>();
export function loadSpec(api: Api): OpenApiSpec {
  let spec = loaded.get(api);
  if (!spec) {
    if (!specsAvailable) throw new Error(specsMissingReason);
    spec = JSON.parse(readFileSync(resolve(specDir, specFiles[api]), 'utf8')) as OpenApiSpec;
    loaded.set(api, spec);
  }
  return spec;
}

/**
 * A component by the end of its name: `InvoiceDto`, or `Clients.CreditorDto` where the short name is
 * ambiguous. Throws unless exactly one component matches.
 */
export function componentSchema(api: Api, name: string): Schema {
  const schemas = loadSpec(api).components.schemas;
  const keys = Object.keys(schemas).filter((key) => key === name || key.endsWith(`.${name}`));
  if (keys.length !== 1) throw new Error(`${api} spec has ${keys.length} components named ${name}`);
  return schemas[keys[0]!]!;
}

/** The spec path template a concrete path matches; literal segments beat `{params}` (`/coverage/search` over `/coverage/{id}`). */
function findOperation(spec: OpenApiSpec, method: string, path: string): { template: string; operation: Operation } {
  const concrete = path.split('?')[0]!.replace(/\/+$/, '') || '/';
  const candidates = Object.entries(spec.paths)
    .filter(([template, item]) => {
      const pattern = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+');
      return new RegExp(`^${pattern}$`, 'i').test(concrete) && item[method.toLowerCase()];
    })
    .sort(([a], [b]) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0));
  const found = candidates[0];
  if (!found) throw new Error(`no ${method.toUpperCase()} ${concrete} in the spec`);
  return { template: found[0], operation: found[1][method.toLowerCase()]! };
}

const formats: Record<string, RegExp> = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  // Zoned, zone-less and date-only instants all occur on Debitura's wire.
  'date-time': /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/,
  date: /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/,
  email: /^[^\s@]+@[^\s@]+$/,
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Every way `value` departs from `schema`, as `$.path: problem` lines. */
export function schemaMismatches(spec: OpenApiSpec, schema: Schema, value: unknown, at = '$'): string[] {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = spec.components.schemas[name];
    if (!target) return [`${at}: unresolvable $ref ${schema.$ref}`];
    return schemaMismatches(spec, target, value, at);
  }
  if (value === null) {
    // A schema that constrains nothing (no type, enum, properties or combinator) accepts any value.
    const constrains = schema.type ?? schema.enum ?? schema.properties ?? schema.allOf ?? schema.oneOf ?? schema.anyOf;
    return schema.nullable || constrains === undefined ? [] : [`${at}: null is not allowed`];
  }
  const problems: string[] = [];
  for (const part of schema.allOf ?? []) problems.push(...schemaMismatches(spec, part, value, at));
  for (const [keyword, options] of [
    ['oneOf', schema.oneOf],
    ['anyOf', schema.anyOf],
  ] as const) {
    if (!options) continue;
    const passing = options.filter((option) => schemaMismatches(spec, option, value, at).length === 0).length;
    if (keyword === 'oneOf' ? passing !== 1 : passing === 0)
      problems.push(`${at}: matches ${passing} of the ${keyword} options`);
  }
  if (schema.enum && !schema.enum.includes(value)) {
    problems.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  }
  const actual = typeOf(value);
  switch (schema.type) {
    case undefined:
      break;
    case 'integer':
      if (!Number.isInteger(value)) problems.push(`${at}: expected integer, got ${JSON.stringify(value)}`);
      break;
    case 'number':
      if (actual !== 'number') problems.push(`${at}: expected number, got ${actual}`);
      break;
    default:
      if (actual !== schema.type) problems.push(`${at}: expected ${schema.type}, got ${actual}`);
  }
  if (problems.length > 0) return problems;

  if (typeof value === 'string') {
    const pattern = schema.format ? formats[schema.format] : undefined;
    if (pattern && !pattern.test(value)) problems.push(`${at}: ${JSON.stringify(value)} is not a ${schema.format}`);
    if (schema.minLength !== undefined && value.length < schema.minLength)
      problems.push(`${at}: shorter than ${schema.minLength}`);
    if (schema.maxLength !== undefined && value.length > schema.maxLength)
      problems.push(`${at}: longer than ${schema.maxLength}`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) problems.push(`${at}: below ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) problems.push(`${at}: above ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems)
      problems.push(`${at}: fewer than ${schema.minItems} items`);
    if (schema.maxItems !== undefined && value.length > schema.maxItems)
      problems.push(`${at}: more than ${schema.maxItems} items`);
    if (schema.items)
      value.forEach((item, i) => problems.push(...schemaMismatches(spec, schema.items!, item, `${at}[${i}]`)));
  }
  if (actual === 'object' && value !== null && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) {
      if (!(key in record)) problems.push(`${at}.${key}: required but missing`);
    }
    for (const [key, item] of Object.entries(record)) {
      const declared = schema.properties?.[key];
      if (declared) problems.push(...schemaMismatches(spec, declared, item, `${at}.${key}`));
      else if (schema.additionalProperties === false) problems.push(`${at}.${key}: not in the spec`);
      else if (typeof schema.additionalProperties === 'object') {
        problems.push(...schemaMismatches(spec, schema.additionalProperties, item, `${at}.${key}`));
      }
    }
  }
  return problems;
}

/**
 * Every way a response body departs from what the spec declares for that operation and status.
 * `path` is concrete (`/cases/3fa85f64-.../timeline`); a status without a JSON schema (204, a bare 401)
 * expects no body.
 */
export function specMismatches(api: Api, method: string, path: string, status: number, body: unknown): string[] {
  const spec = loadSpec(api);
  const { template, operation } = findOperation(spec, method, path);
  const responses = operation.responses ?? {};
  const response = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
  const where = `${method.toUpperCase()} ${template} ${status}`;
  if (!response) return [`${where}: status not declared (declared: ${Object.keys(responses).join(', ')})`];
  const schema = response.content?.['application/json']?.schema;
  if (!schema) return body === undefined || body === null || body === '' ? [] : [`${where}: the spec declares no body`];
  return schemaMismatches(spec, schema, body).map((problem) => `${where}: ${problem}`);
}

/** Throws, listing every mismatch, unless `body` is what the spec declares for this response. */
export function assertMatchesSpec(api: Api, method: string, path: string, status: number, body: unknown): void {
  const problems = specMismatches(api, method, path, status, body);
  if (problems.length > 0)
    throw new Error(`Response does not match the ${api} OpenAPI spec:\n  ${problems.join('\n  ')}`);
}
