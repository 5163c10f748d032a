/**
 * The tokens of the signed-in pages, kept for this browser tab's session only (sessionStorage: gone
 * when the tab closes, never in an address, never sent anywhere but the API's Authorization header).
 * @module
 */
const ADMIN_KEY = 'barometre-admin';
const OPERATOR_KEY = 'barometre-operator';

export interface AdminSession {
  territory: string;
  token: string;
}

export function rememberAdmin(session: AdminSession): void {
  sessionStorage.setItem(ADMIN_KEY, JSON.stringify(session));
}

export function adminSession(): AdminSession | undefined {
  try {
    const stored = JSON.parse(sessionStorage.getItem(ADMIN_KEY) ?? 'null') as Partial<AdminSession> | null;
    return typeof stored?.territory === 'string' && typeof stored.token === 'string' ? { territory: stored.territory, token: stored.token } : undefined;
  } catch {
    return undefined;
  }
}

export function forgetAdmin(): void {
  sessionStorage.removeItem(ADMIN_KEY);
}

export function rememberOperator(token: string): void {
  sessionStorage.setItem(OPERATOR_KEY, token);
}

export function operatorSession(): string | undefined {
  return sessionStorage.getItem(OPERATOR_KEY) ?? undefined;
}

export function forgetOperator(): void {
  sessionStorage.removeItem(OPERATOR_KEY);
}
