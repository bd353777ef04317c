// Owns the launcher's startup failures: not client-visible errors, but messages an operator acts on.

export class LocalInfrastructureError extends Error {
  constructor(message: string, readonly details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'LocalInfrastructureError';
  }
}
