// Unit: the review queue pages by key (Relay pagination over a store listing oldest first): a request reads
// about one page of jobs however long the queue, walking every page reaches every job exactly once in
// submission order (no 2,000-job cut-off), and a report filter that matches nothing ends a request after
// `queueScanLimit` jobs with a cursor to go on from. In-memory store; notes are invented.
import { ReviewService } from '../../../src/services/reviewService';
import type { JobStore, PageRequest } from '../../../src/domain/ports';
import { engine, FLAGGED_NOTE, LEASE_SECONDS, reviewWorld, who } from './reviewFixture';
import { engineForReview } from '../../../src/services/reviewEngine';

const alice = who('acme', 'alice', 'reviewer');
/** Flagged notes in the queue, then one more whose codes differ (12 in all: pages of 5 end part-full). */
const JOBS = 11;

async function worldWithQueue() {
  const w = reviewWorld();
  const ids: string[] = [];
  for (let i = 0; i < JOBS; i++) ids.push((await w.processed()).jobId);
  const other = (await w.processed(FLAGGED_NOTE.replace('Chronic gout of the right knee.', 'Acute bronchitis.'))).jobId;
  // Counts the jobs the service reads from the store, to show the work per request.
  const listed: PageRequest[] = [];
  let jobsListed = 0;
  const countingList: JobStore['list'] = async (tenantId, filter, page) => {
    listed.push(page);
    const out = await w.store.list(tenantId, filter, page);
    jobsListed += out.items.length;
    return out;
  };
  const store = new Proxy(w.store, {
    get(target, prop) {
      if (prop === 'list') return countingList;
      const value = Reflect.get(target, prop) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  }) as JobStore;
  const serviceWith = (queueScanLimit?: number) =>
    new ReviewService({ jobs: w.jobs, store, reviews: w.reviews, events: w.events, clock: w.clock, engine: () => engineForReview(engine), options: { leaseSeconds: LEASE_SECONDS, ...(queueScanLimit ? { queueScanLimit } : {}) } });
  return { w, ids, other, all: [...ids, other], serviceWith, listed, jobsRead: () => jobsListed, resetReads: () => (jobsListed = 0) };
}

describe('ReviewService.queue pages by key (issue 11: reviewQueue read up to 2,000 jobs per page)', () => {
  // One queue for every case (each note runs the whole engine); the cases only read it.
  let q: Awaited<ReturnType<typeof worldWithQueue>>;
  beforeAll(async () => {
    q = await worldWithQueue();
  });
  beforeEach(() => {
    q.listed.length = 0;
  });

  it('walks every NEEDS_REVIEW job once, oldest first, reading one page (+1) of jobs per request, listing oldest first', async () => {
    const service = q.serviceWith();
    const seen: string[] = [];
    let after: string | undefined;
    let requests = 0;
    for (;;) {
      q.resetReads();
      const page = await service.queue(alice, {}, 5, after);
      requests++;
      expect(q.jobsRead()).toBeLessThanOrEqual(5 + 1);
      seen.push(...page.items.map((i) => i.item.job.jobId));
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }
    expect(seen).toEqual(q.all);
    expect(requests).toBe(Math.ceil(q.all.length / 5));
    expect(q.listed.every((p) => p.oldestFirst === true)).toBe(true);
  });

  it('a report filter matching nothing stops after queueScanLimit jobs with a cursor past them, and going on reaches the end', async () => {
    const service = q.serviceWith(5);
    const pages = [];
    let after: string | undefined;
    for (;;) {
      q.resetReads();
      const page = await service.queue(alice, { code: 'Z99.89' }, 5, after);
      expect(q.jobsRead()).toBeLessThanOrEqual(100); // one store page of a filtered read at most
      expect(page.items).toEqual([]);
      pages.push(page);
      if (!page.hasNextPage) break;
      expect(page.endCursor).toBeDefined();
      after = page.endCursor;
    }
    expect(pages).toHaveLength(Math.ceil(q.all.length / 5));
  });

  it('a filter that matches is applied across requests: same jobs, same order as filtering the whole queue', async () => {
    const service = q.serviceWith();
    const page = await service.queue(alice, { code: 'M1A.9XX0' }, 100);
    expect(page.items.map((i) => i.item.job.jobId)).toEqual(q.ids);
    expect(page.hasNextPage).toBe(false);
    // Pages of 4 under the same filter: the last flagged job ends the walk, the other is never shown.
    const first = await service.queue(alice, { code: 'M1A.9XX0' }, 4);
    const second = await service.queue(alice, { code: 'M1A.9XX0' }, 4, first.endCursor);
    const third = await service.queue(alice, { code: 'M1A.9XX0' }, 4, second.endCursor);
    expect([first, second, third].flatMap((p) => p.items.map((i) => i.item.job.jobId))).toEqual(q.ids);
    expect([first.hasNextPage, second.hasNextPage, third.hasNextPage]).toEqual([true, true, false]);
  });

  it('a cursor of another listing (newest first) is refused, not misread', async () => {
    const newestFirst = await q.w.store.list('acme', { status: 'NEEDS_REVIEW' }, { first: 2 });
    const foreign = Buffer.from(`rq1:${newestFirst.endCursor}`, 'utf8').toString('base64url');
    await expect(q.serviceWith().queue(alice, {}, 2, foreign)).rejects.toThrow(/cursor/i);
  });
});
