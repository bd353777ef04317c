// Owns walking stored audit chains end to end (`chartcoder audit-verify`): every chain, or one
// tenant's, read oldest first page by page and checked link by link; the first break is reported.
import type { AuditStore } from '../domain/ports';
import { ChainVerifier, type ChainVerification } from './chain';

const PAGE_SIZE = 500;

export interface ChainReport extends ChainVerification {
  tenantId: string;
}

export async function verifyStoredChain(store: AuditStore, tenantId: string, nowSeconds: number): Promise<ChainReport> {
  const verifier = new ChainVerifier(tenantId, nowSeconds);
  let afterSeq = 0;
  for (;;) {
    const page = await store.readChain(tenantId, afterSeq, PAGE_SIZE);
    for (const record of page) if (!verifier.push(record)) return { tenantId, ...verifier.done() };
    if (page.length < PAGE_SIZE) break;
    afterSeq = page[page.length - 1].seq;
  }
  return { tenantId, ...verifier.done() };
}

export async function verifyAuditTrail(store: AuditStore, options: { tenantId?: string; nowSeconds: number }): Promise<ChainReport[]> {
  const chains = options.tenantId !== undefined ? [options.tenantId] : (await store.chains()).sort();
  const reports: ChainReport[] = [];
  for (const chain of chains) reports.push(await verifyStoredChain(store, chain, options.nowSeconds));
  return reports;
}
