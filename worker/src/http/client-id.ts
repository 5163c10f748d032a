/**
 * The client identifier the rate limit uses: a SHA-256 of a secret salt, the day (Paris) and the IP.
 * It changes every day and cannot be reversed to the IP without the salt; the raw IP is never
 * stored or passed on.
 * @module
 */
const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

export async function clientHash(request: Request, salt: string, now: number): Promise<string> {
  // Cloudflare sets CF-Connecting-IP at its edge; wrangler dev sets it to the local caller.
  const ip = request.headers.get('cf-connecting-ip') ?? 'unknown';
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}|${day.format(now)}|${ip}`));
  return Array.from(new Uint8Array(digest).slice(0, 16), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
