/**
 * How the signed-in pages (`/inscription`, `/espace`, `/equipe`) talk to the API: a JSON request
 * with the token in the Authorization header (never in an address, so never in a log or a history),
 * and the API's error (`{ error: { code, message, issues? } }`) read back for the page to say in
 * French. A network failure is an error too, with its own code.
 * @module
 */
export interface ApiIssue {
  path: (string | number)[];
  message: string;
}

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ApiIssue[] = [],
    readonly retryAfter: number | undefined = undefined,
  ) {
    super(message);
  }
}

export interface ApiOptions {
  token?: string;
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
}

/** The reply as a Response, after a failed status has been turned into an ApiFailure. */
export async function apiResponse(path: string, options: ApiOptions = {}): Promise<Response> {
  const headers: Record<string, string> = {};
  if (options.token) headers['authorization'] = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
      headers,
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      cache: 'no-store',
    });
  } catch {
    throw new ApiFailure(0, 'network', 'The server could not be reached.');
  }
  if (response.ok) return response;
  const retry = Number(response.headers.get('retry-after'));
  const reply = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string; issues?: ApiIssue[] } };
  throw new ApiFailure(
    response.status,
    reply.error?.code ?? 'http_error',
    reply.error?.message ?? `HTTP ${response.status}`,
    reply.error?.issues ?? [],
    Number.isFinite(retry) && retry > 0 ? retry : undefined,
  );
}

/** The `data` of a JSON reply. */
export async function api<T>(path: string, options: ApiOptions = {}): Promise<T> {
  return ((await (await apiResponse(path, options)).json()) as { data: T }).data;
}

/** What a page says when nothing more precise applies: the server's state, in French. */
export function generalMessage(failure: unknown): string {
  if (!(failure instanceof ApiFailure)) return 'Une erreur inattendue s’est produite\u202f: rechargez la page et réessayez.';
  if (failure.code === 'network') return 'Le serveur ne répond pas\u202f: vérifiez votre connexion, puis réessayez.';
  if (failure.status === 429) {
    const seconds = failure.retryAfter ?? 0;
    const wait = seconds === 0 ? '' : seconds < 90 * 60 ? ` (dans ${Math.ceil(seconds / 60)} min environ)` : ` (dans ${Math.round(seconds / 3600)} h environ)`;
    return `Trop d’essais depuis cette connexion\u202f: réessayez plus tard${wait}.`;
  }
  if (failure.status >= 500) return 'Le serveur a rencontré un problème\u202f: réessayez dans un instant.';
  return `La demande a été refusée (${failure.message}).`;
}
