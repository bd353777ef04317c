// Owns reading a token's roles in the browser, only to decide which pages to offer (the server verifies
// the token and decides every call).

/**
 * The roles a token carries, read from a JWT's payload (the server verifies it; this only decides which pages
 * to offer); undefined for an API key or anything else that does not say, so the caller asks the API.
 */
export function tokenRoles(token: string | undefined): string[] | undefined {
  const parts = token?.split('.');
  if (!parts || parts.length !== 3) return undefined;
  try {
    const json = atob(parts[1].replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(parts[1].length / 4) * 4, '='));
    const roles = (JSON.parse(json) as { roles?: unknown }).roles;
    return Array.isArray(roles) && roles.every((r) => typeof r === 'string') ? roles : undefined;
  } catch {
    return undefined;
  }
}
