/**
 * Checks a reply against the OpenAPI document the Worker serves: its status must be one the
 * operation lists, its content type the one listed for that status, the headers marked required
 * present and valid, its body valid against the listed JSON schema (draft 2020-12, with
 * @cfworker/json-schema: no code generation, so it runs in workerd and in Node alike). Used by the
 * Worker test of every route (worker/src/openapi-replies.test.ts) and by the reliability run on
 * every fuzzed reply (scripts/reliability/run.ts).
 * @module
 */
import { Validator, type Schema } from '@cfworker/json-schema';
import { PENDING_REPLY_SCHEMAS } from '../src/openapi.js';

interface MediaType {
  schema?: Schema;
}
interface HeaderObject {
  required?: boolean;
  schema: Schema;
}
interface ResponseObject {
  description: string;
  headers?: Record<string, HeaderObject>;
  content?: Record<string, MediaType>;
}
export interface OperationObject {
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string; required: boolean; schema: Record<string, unknown> }[];
  responses: Record<string, ResponseObject>;
}
export interface OpenApiDocument {
  openapi: string;
  components: { securitySchemes: Record<string, { type: string; scheme: string }> };
  paths: Record<string, Record<string, OperationObject>>;
}

const mediaType = (value: string | null) => (value ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

export interface ReplyChecker {
  /** The document's path template a concrete path matches (`/v1/territories/commune:1/results` → `/v1/territories/{id}/results`). */
  templateOf(path: string): string | undefined;
  /** What is wrong with a reply according to the document (empty when nothing). Reads the body of a clone. */
  problemsWith(method: string, url: string, response: Response): Promise<string[]>;
}

export function replyChecker(document: OpenApiDocument): ReplyChecker {
  // Compiled once: the reliability run checks thousands of replies.
  const templates = Object.keys(document.paths).map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`),
  }));
  const validators = new Map<Schema, Validator>();
  const validator = (schema: Schema) => {
    let known = validators.get(schema);
    if (!known) validators.set(schema, (known = new Validator(schema, '2020-12', false)));
    return known;
  };
  const templateOf = (path: string) => templates.find(({ pattern }) => pattern.test(path))?.template;

  async function problemsWith(method: string, url: string, response: Response): Promise<string[]> {
    const path = new URL(url, 'http://barometre.test').pathname;
    const template = templateOf(path);
    if (!template) return [`${path}: no path of the document matches`];
    const operation = document.paths[template]?.[method];
    if (!operation) return [`${method} ${template}: not in the document`];
    const where = `${method} ${template} → ${response.status}`;
    const documented = operation.responses[String(response.status)];
    if (!documented) return [`${where}: status not listed (listed: ${Object.keys(operation.responses).join(', ')})`];
    const problems: string[] = [];
    for (const [name, header] of Object.entries(documented.headers ?? {})) {
      const value = response.headers.get(name);
      if (value === null) {
        if (header.required) problems.push(`${where}: required header ${name} missing`);
        continue;
      }
      const numeric = header.schema.type === 'integer' || header.schema.type === 'number';
      const result = validator(header.schema).validate(numeric && value.trim() !== '' ? Number(value) : value);
      if (!result.valid) problems.push(`${where}: header ${name}: ${JSON.stringify(result.errors)}`);
    }
    if (!documented.content) {
      // A reply the document lists without a body (a 304).
      if (response.body !== null && (await response.clone().text()) !== '') problems.push(`${where}: a body where the document lists none`);
      return problems;
    }
    const content = documented.content;
    const type = mediaType(response.headers.get('content-type'));
    const listed = content[type];
    if (!listed) return [...problems, `${where}: content type ${type || '(none)'} not listed (listed: ${Object.keys(content).join(', ') || 'none'})`];
    if (!listed.schema) {
      if (!PENDING_REPLY_SCHEMAS.includes(`${method} ${template}`)) problems.push(`${where}: no schema for ${type}`);
      return problems;
    }
    if (type !== 'application/json' && !type.startsWith('text/')) {
      // Bytes (a logo): not text to validate; the type listed is the check, and a body there must be.
      if ((await response.clone().arrayBuffer()).byteLength === 0) problems.push(`${where}: empty ${type} body`);
      return problems;
    }
    const text = await response.clone().text();
    let body: unknown = text;
    if (type === 'application/json') {
      try {
        body = JSON.parse(text);
      } catch {
        return [...problems, `${where}: body is not JSON: ${text.slice(0, 200)}`];
      }
    }
    const result = validator(listed.schema).validate(body);
    if (!result.valid) problems.push(`${where}: body does not match: ${JSON.stringify(result.errors.slice(0, 5))} in ${text.slice(0, 300)}`);
    return problems;
  }

  return { templateOf, problemsWith };
}
