// Unit: the audit hash chain (what a record's hash covers, verification of a chain and the first
// break it reports) and the trail that writes it (one linear chain per tenant under concurrent
// writers, expiry that only ever removes a prefix, bounded best-effort recording).
import { hashRecord, verifyChain } from '../../../src/audit/chain';
import { AuditTrail } from '../../../src/audit/trail';
import { verifyAuditTrail } from '../../../src/audit/verify';
import { GENESIS_HASH, type AuditEvent, type AuditRecord } from '../../../src/domain/audit';
import type { RetentionPolicy } from '../../../src/domain/retention';
import { MemoryAuditStore } from './memoryAuditStore';

const T0 = Date.parse('2026-12-01T10:00:00.000Z');
const DAY_S = 86_400;
const retention: RetentionPolicy = { defaultDays: 30, byTenant: { shortlived: 1 }, auditDays: 365 };

function event(tenantId: string, n: number, extra: Partial<AuditEvent> = {}): AuditEvent {
  return {
    tenantId,
    actor: { subject: `user-${n % 3}`, credentialId: `jwt:${n}`, roles: ['reader'] },
    action: n % 2 ? 'JOB_READ' : 'REPORT_READ',
    targetId: '01JCXG8Z9Q4W7N3V5T2R1PKHMB',
    outcome: 'SUCCESS',
    ip: '10.0.0.7',
    requestId: `req-${n}`,
    ...extra,
  };
}

function setup(options: { now?: () => number; retention?: RetentionPolicy } = {}) {
  let t = T0;
  const clock = { nowMs: options.now ?? (() => (t += 1000)) };
  const store = new MemoryAuditStore();
  const trail = new AuditTrail({ store, clock, retention: options.retention ?? retention, sleep: async () => undefined });
  return { store, trail, clock };
}

async function chainOf(n: number, tenant = 'acme'): Promise<AuditRecord[]> {
  const { store, trail } = setup();
  for (let i = 0; i < n; i++) await trail.record(event(tenant, i));
  return store.records.get(tenant)!;
}

const nowS = Math.floor(T0 / 1000) + 100;

describe('audit hash chain', () => {
  it('links each record to the previous one from a zero genesis, and verifies end to end', async () => {
    const chain = await chainOf(5);
    expect(chain.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(chain[0].prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < chain.length; i++) expect(chain[i].prevHash).toBe(chain[i - 1].hash);
    expect(verifyChain('acme', chain, nowS)).toEqual({ verified: 5, firstSeq: 1, head: { seq: 5, hash: chain[4].hash } });
  });

  it.each<[string, (c: AuditRecord[]) => AuditRecord[], number, string]>([
    ['an edited outcome', (c) => c.map((r) => (r.seq === 3 ? { ...r, outcome: 'DENIED' } : r)), 3, 'HASH_MISMATCH'],
    ['an edited actor', (c) => c.map((r) => (r.seq === 2 ? { ...r, actor: { ...r.actor, subject: 'someone-else' } } : r)), 2, 'HASH_MISMATCH'],
    ['an edited expiry (making a record vanish early)', (c) => c.map((r) => (r.seq === 4 ? { ...r, expiresAtSeconds: 1 } : r)), 4, 'HASH_MISMATCH'],
    ['a removed record in the middle', (c) => c.filter((r) => r.seq !== 3), 4, 'GAP'],
    ['two records swapped', (c) => [c[0], c[2], c[1], c[3], c[4]], 3, 'GAP'],
    ['a record replayed', (c) => [c[0], c[1], c[1], c[2], c[3]], 2, 'OUT_OF_ORDER'],
    ['a rehashed edit (hash recomputed, successor not)', (c) => c.map((r) => (r.seq === 2 ? rehash({ ...r, targetId: 'other' }) : r)), 3, 'PREVIOUS_HASH_MISMATCH'],
    ["another tenant's record spliced in", (c) => c.map((r) => (r.seq === 2 ? rehash({ ...r, tenantId: 'globex' }) : r)), 2, 'WRONG_TENANT'],
    ['a forged genesis', (c) => [rehash({ ...c[0], prevHash: 'f'.repeat(64) }), ...c.slice(1)], 1, 'BAD_GENESIS'],
  ])('detects %s and names the first broken record', async (_name, tamper, seq, reason) => {
    const result = verifyChain('acme', tamper(await chainOf(5)), nowS);
    expect(result.firstBreak).toEqual({ seq, reason });
  });

  it('accepts a chain whose oldest records have expired and been deleted by TTL, in any order', async () => {
    const chain = await chainOf(6);
    const later = chain[2].expiresAtSeconds! + 1; // records 1-3 expired
    // DynamoDB deleted 1 and 3 but not yet 2.
    const present = chain.filter((r) => r.seq !== 1 && r.seq !== 3);
    expect(verifyChain('acme', present, later)).toMatchObject({ verified: 4, firstSeq: 4, head: { seq: 6 } });
    // The same gap with nothing expired is a removal.
    expect(verifyChain('acme', present, nowS).firstBreak).toEqual({ seq: 4, reason: 'GAP' });
  });

  it('covers every field in the hash, in a fixed order independent of detail key order', () => {
    const base: Omit<AuditRecord, 'hash'> = { ...event('acme', 1), seq: 1, at: new Date(T0).toISOString(), prevHash: GENESIS_HASH, detail: { a: 1, b: 'x' } };
    expect(hashRecord({ ...base, detail: { b: 'x', a: 1 } })).toBe(hashRecord(base));
    for (const changed of [{ ip: '10.0.0.8' }, { requestId: 'r' }, { errorCode: 'NOT_FOUND' }, { forwardedFor: '1.2.3.4' }, { detail: { a: 2, b: 'x' } }, { at: new Date(T0 + 1).toISOString() }]) {
      expect(hashRecord({ ...base, ...changed })).not.toBe(hashRecord(base));
    }
  });
});

function rehash(r: AuditRecord): AuditRecord {
  const { hash: _old, ...rest } = r;
  return { ...rest, hash: hashRecord(rest) };
}

describe('AuditTrail', () => {
  it('keeps one linear chain per tenant when two writers (API instances) append concurrently', async () => {
    const store = new MemoryAuditStore();
    let t = T0;
    const clock = { nowMs: () => (t += 7) };
    const a = new AuditTrail({ store, clock, retention, sleep: async () => undefined });
    const b = new AuditTrail({ store, clock, retention, sleep: async () => undefined });
    await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).record(event(i % 4 ? 'acme' : 'globex', i))));
    const reports = await verifyAuditTrail(store, { nowSeconds: nowS });
    expect(reports.map((r) => [r.tenantId, r.verified, r.firstBreak])).toEqual(
      expect.arrayContaining([
        ['acme', 30, undefined],
        ['globex', 10, undefined],
      ]),
    );
    expect(store.records.get('acme')!.map((r) => r.seq)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });

  it('pays one write per record while it is the only writer (the head is cached)', async () => {
    const { store, trail } = setup();
    for (let i = 0; i < 10; i++) await trail.record(event('acme', i));
    expect(store.appends).toBe(10);
  });

  it('writes what gathers while a write is in flight as one batch, still one linear chain', async () => {
    const { store, trail } = setup();
    const all = await Promise.all(Array.from({ length: 60 }, (_, i) => trail.record(event('acme', i))));
    expect(all.map((r) => r.seq)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    // The first event goes alone; the other 59 gathered behind it and go in batches of at most 25.
    expect(store.appends).toBe(4);
    expect(verifyChain('acme', store.records.get('acme')!, nowS)).toMatchObject({ verified: 60 });
  });

  it('fails every waiter of a batch that cannot be written, and goes on with the next one', async () => {
    const { store, trail } = setup();
    let failures = 1;
    store.beforeAppend = () => {
      if (failures-- > 0) throw new Error('DynamoDB unavailable');
    };
    const results = await Promise.allSettled(Array.from({ length: 5 }, (_, i) => trail.record(event('acme', i))));
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
    expect(verifyChain('acme', store.records.get('acme')!, nowS)).toMatchObject({ verified: 4, firstSeq: 1 });
  });

  it('gives up with UPSTREAM_UNAVAILABLE when other writers keep taking the position', async () => {
    const { store, trail } = setup();
    let competitor = 0;
    store.beforeAppend = async (r) => {
      // Another instance always wins the race for this position.
      if (r.requestId !== 'rival') {
        competitor++;
        const prev = await store.latest('acme');
        const rival = { ...r, requestId: 'rival', prevHash: prev?.hash ?? GENESIS_HASH };
        await store.append([{ ...rival, hash: hashRecord(rival) }]);
      }
    };
    await expect(trail.record(event('acme', 1))).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    expect(competitor).toBe(8);
    store.beforeAppend = undefined;
    expect(verifyChain('acme', store.records.get('acme')!, nowS)).toMatchObject({ verified: 8 });
  });

  it('never lets expiry decrease along a chain, even when the retention is shortened', async () => {
    const store = new MemoryAuditStore();
    const clock = { nowMs: () => T0 };
    const long = new AuditTrail({ store, clock, retention: { ...retention, auditDays: 365 }, sleep: async () => undefined });
    const short = new AuditTrail({ store, clock, retention: { ...retention, auditDays: 30 }, sleep: async () => undefined });
    const first = await long.record(event('acme', 1));
    const second = await short.record(event('acme', 2));
    expect(first.expiresAtSeconds).toBe(Math.floor(T0 / 1000) + 365 * DAY_S);
    expect(second.expiresAtSeconds).toBe(first.expiresAtSeconds);
  });

  it('keeps audit records at least the audit retention, or the tenant retention when that is longer', async () => {
    const { trail } = setup({ now: () => T0, retention: { defaultDays: 30, byTenant: { archive: 3650 }, auditDays: 365 } });
    expect((await trail.record(event('acme', 1))).expiresAtSeconds).toBe(Math.floor(T0 / 1000) + 365 * DAY_S);
    expect((await trail.record(event('archive', 1))).expiresAtSeconds).toBe(Math.floor(T0 / 1000) + 3650 * DAY_S);
  });

  it('drops best-effort records beyond its bound instead of queueing without limit, and reports each drop', async () => {
    const store = new MemoryAuditStore();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    store.beforeAppend = () => gate;
    const dropped: string[] = [];
    const trail = new AuditTrail({ store, clock: { nowMs: () => T0 }, retention, maxBestEffortInFlight: 3, onDropped: (_e, reason) => dropped.push(reason) });
    for (let i = 0; i < 10; i++) trail.recordBestEffort(event('~unauthenticated', i, { action: 'CREDENTIAL_REJECTED', outcome: 'DENIED' }));
    expect(dropped).toEqual(Array(7).fill('overload'));
    release();
    await new Promise((r) => setImmediate(r));
    await trail.record(event('~unauthenticated', 99));
    expect(store.records.get('~unauthenticated')!.length).toBe(4);
  });
});
