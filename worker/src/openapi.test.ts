import { describe, expect, it } from 'vitest';
import { call } from '../test/fixtures.js';
import { app } from './index.js';

describe('GET /v1/openapi.json', () => {
  it('is an OpenAPI 3.1 document listing every public route of the app', async () => {
    const response = await call('/v1/openapi.json');
    const document = (await response.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(document.openapi).toBe('3.1.0');
    const routes = app.routes
      .filter((route) => route.method !== 'ALL' && route.method !== 'OPTIONS' && !route.path.startsWith('/v1/dev') && route.path.startsWith('/v1/'))
      .map((route) => `${route.method.toLowerCase()} ${route.path.replace(/\/$/, '').replace(/:(\w+)/g, '{$1}')}`);
    const documented = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method} ${path}`));
    expect(new Set(routes)).toEqual(new Set(documented));
  });

  it('describes the wire format v1 from the same schema the Worker parses with', async () => {
    const document = (await (await call('/v1/openapi.json')).json()) as {
      paths: {
        '/v1/responses': {
          post: {
            requestBody: {
              content: {
                'application/json': { schema: { anyOf: { properties?: Record<string, { enum?: string[]; pattern?: string }>; required?: string[] }[] } };
              };
            };
          };
        };
      };
    };
    const [single] = document.paths['/v1/responses'].post.requestBody.content['application/json'].schema.anyOf;
    expect(single?.required).toEqual(['id', 'questionnaire', 'territory', 'service', 'overall']);
    expect(single?.properties?.overall?.enum).toEqual(['pas-bien', 'moyen', 'tres-bien']);
    expect(single?.properties?.territory?.pattern).toContain('commune');
  });
});
