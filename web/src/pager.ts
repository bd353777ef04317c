// Owns paging for the workbench's list views: the rows loaded so far, the cursor of the next page and the
// load state, as one Lit controller, so each list says only which page to fetch and how to draw a row.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Page } from '../../client/src/index';

export type FetchPage<T> = (after: string | null) => Promise<Page<T>>;

export class Pager<T> implements ReactiveController {
  items: T[] = [];
  hasMore = false;
  loading = false;
  error = '';
  private endCursor: string | null = null;
  /** Bumped by every first-page load: an older request that answers late must not overwrite newer rows. */
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly fetchPage: FetchPage<T>,
    private readonly describeError: (err: unknown) => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    void this.load(true);
  }

  /** `first`: start again from the newest page; otherwise append the next page after the cursor. */
  async load(first: boolean): Promise<void> {
    if (first) this.generation += 1;
    else if (!this.hasMore || this.loading) return;
    const generation = this.generation;
    this.loading = true;
    this.error = '';
    this.host.requestUpdate();
    try {
      const page = await this.fetchPage(first ? null : this.endCursor);
      if (generation !== this.generation) return;
      this.items = first ? page.items : [...this.items, ...page.items];
      this.endCursor = page.endCursor;
      this.hasMore = page.hasNextPage && page.endCursor !== null;
    } catch (err) {
      if (generation === this.generation) this.error = this.describeError(err);
    } finally {
      if (generation === this.generation) this.loading = false;
      this.host.requestUpdate();
    }
  }

  /** Replaces the loaded rows (a live update to one row) without touching the cursor. */
  setItems(items: T[]): void {
    this.items = items;
    this.host.requestUpdate();
  }

  /** For a view's own errors (a failed action), shown where load errors are. */
  setError(message: string): void {
    this.error = message;
    this.host.requestUpdate();
  }
}
