// Owns the time abstraction: everything that reads the time takes a Clock so tests use fake time.

export interface Clock {
  nowMs(): number;
}

export const systemClock: Clock = { nowMs: () => Date.now() };
