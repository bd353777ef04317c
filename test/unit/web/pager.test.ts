// The workbench's list paging (web/src/pager.ts): pages append after the cursor, a restart from the
// first page wins over an older request that answers late, and errors are shown, not thrown.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Page } from '../../../client/src/index';
import { Pager } from '../../../web/src/pager';
import { deferred } from '../workers/fakes';

class Host implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  addController(c: ReactiveController): void {
    this.controllers.push(c);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates += 1;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

describe('Pager', () => {
  it('loads the first page on connect and appends the next page after the cursor', async () => {
    const host = new Host();
    const asked: (string | null)[] = [];
    const pages: Record<string, Page<number>> = {
      first: { items: [1, 2], hasNextPage: true, endCursor: 'c2' },
      c2: { items: [3], hasNextPage: false, endCursor: 'c3' },
    };
    const pager = new Pager<number>(host, async (after) => {
      asked.push(after);
      return pages[after ?? 'first'];
    }, String);
    expect(host.controllers).toEqual([pager]);
    pager.hostConnected();
    expect(pager.loading).toBe(true);
    await pager.load(false); // ignored while the first page is in flight
    await new Promise((r) => setImmediate(r));
    expect(pager.items).toEqual([1, 2]);
    expect(pager.hasMore).toBe(true);
    await pager.load(false);
    expect(pager.items).toEqual([1, 2, 3]);
    expect(pager.hasMore).toBe(false);
    await pager.load(false); // no more pages: no request
    expect(asked).toEqual([null, 'c2']);
    expect(pager.loading).toBe(false);
    expect(host.updates).toBeGreaterThan(0);
  });

  it('drops an older request that answers after a newer first-page load', async () => {
    const host = new Host();
    const calls: ReturnType<typeof deferred<Page<string>>>[] = [];
    const pager = new Pager<string>(host, () => {
      const d = deferred<Page<string>>();
      calls.push(d);
      return d.promise;
    }, String);
    const older = pager.load(true);
    const newer = pager.load(true);
    calls[1].resolve({ items: ['new'], hasNextPage: false, endCursor: null });
    await newer;
    calls[0].resolve({ items: ['old'], hasNextPage: true, endCursor: 'x' });
    await older;
    expect(pager.items).toEqual(['new']);
    expect(pager.hasMore).toBe(false);
    expect(pager.loading).toBe(false);
  });

  it('shows a failed load as an error message and keeps the rows it had', async () => {
    const host = new Host();
    let fail = false;
    const pager = new Pager<number>(host, async () => {
      if (fail) throw new Error('FORBIDDEN');
      return { items: [7], hasNextPage: true, endCursor: 'c' };
    }, (err) => `could not load (${(err as Error).message})`);
    await pager.load(true);
    fail = true;
    await pager.load(false);
    expect(pager.items).toEqual([7]);
    expect(pager.error).toBe('could not load (FORBIDDEN)');
    expect(pager.loading).toBe(false);
    await pager.load(true);
    expect(pager.error).toBe('could not load (FORBIDDEN)');
    fail = false;
    await pager.load(true);
    expect(pager.error).toBe('');
  });

  it('a live update replaces the rows without moving the cursor', async () => {
    const host = new Host();
    const asked: (string | null)[] = [];
    const pager = new Pager<number>(host, async (after) => {
      asked.push(after);
      return { items: [after ? 9 : 1], hasNextPage: true, endCursor: 'k' };
    }, String);
    await pager.load(true);
    pager.setItems([2]);
    await pager.load(false);
    expect(pager.items).toEqual([2, 9]);
    expect(asked).toEqual([null, 'k']);
  });
});
