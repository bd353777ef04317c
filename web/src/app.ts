// Owns the workbench shell: hash routes, navigation (review pages for reviewers, operator pages for
// admins), the sign-in gate, and moving focus to each page's heading when the route changes (so keyboard
// and screen-reader users land on the new page).
import { LitElement, css, html, type TemplateResult } from 'lit';
import { currentCapabilities, currentToken, signOut, type Capabilities } from './session';
import { shared } from './styles';
import './views/signIn';
import './views/submitNote';
import './views/jobList';
import './views/jobPage';
import './views/deadLetters';
import './views/metricsPage';
import './views/reviewQueue';
import './views/reviewScreen';

interface Route {
  name: 'signin' | 'submit' | 'jobs' | 'job' | 'dead-letters' | 'metrics' | 'review-queue' | 'review';
  id?: string;
}

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const job = /^\/jobs\/([^/]+)$/.exec(path);
  if (job) return { name: 'job', id: decodeURIComponent(job[1]) };
  const review = /^\/review\/([^/]+)$/.exec(path);
  if (review) return { name: 'review', id: decodeURIComponent(review[1]) };
  switch (path) {
    case '/signin': return { name: 'signin' };
    case '/submit': return { name: 'submit' };
    case '/admin/dead-letters': return { name: 'dead-letters' };
    case '/admin/metrics': return { name: 'metrics' };
    case '/review': return { name: 'review-queue' };
    default: return { name: 'jobs' };
  }
}

export class CcApp extends LitElement {
  static override properties = { route: { state: true }, signedIn: { state: true }, can: { state: true } };
  static override styles = [
    shared,
    css`
      .skip {
        position: absolute;
        left: -999px;
      }
      .skip:focus {
        left: 0.5rem;
        top: 0.5rem;
        background: var(--cc-bg);
        padding: 0.5rem;
        z-index: 10;
      }
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1.5rem;
        padding: 0.5rem 1rem;
        border-bottom: 1px solid var(--cc-border);
        background: var(--cc-panel);
      }
      .brand {
        font-weight: 700;
        font-size: 1.1rem;
      }
      nav ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
        list-style: none;
        margin: 0;
        padding: 0;
      }
      nav a {
        display: inline-block;
        padding: 0.6rem 0.25rem;
      }
      nav a[aria-current='page'] {
        font-weight: 700;
        text-decoration-thickness: 3px;
      }
      .spacer {
        flex: 1;
      }
      main {
        padding: 1rem;
        max-width: 1400px;
        margin: 0 auto;
      }
    `,
  ];

  declare route: Route;
  declare signedIn: boolean;
  /** Unknown until the token's roles are read: role-bound links wait rather than flash. */
  declare can: Capabilities | undefined;
  private readonly onHash = () => {
    this.route = parseRoute(location.hash);
    const signedIn = Boolean(currentToken());
    if (signedIn !== this.signedIn || !signedIn) this.can = undefined;
    this.signedIn = signedIn;
    if (signedIn && !this.can) void currentCapabilities().then((c) => (this.can = c));
  };

  constructor() {
    super();
    this.route = parseRoute(location.hash);
    this.signedIn = Boolean(currentToken());
    if (this.signedIn) void currentCapabilities().then((c) => (this.can = c));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHash);
    this.addEventListener('cc-signed-in', this.onHash);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHash);
    this.removeEventListener('cc-signed-in', this.onHash);
    super.disconnectedCallback();
  }

  protected override updated(changed: Map<string, unknown>): void {
    if (!changed.has('route') && !changed.has('signedIn')) return;
    // Land on the new page's heading (after the view has rendered it).
    const view = this.renderRoot.querySelector('main > *') as LitElement | null;
    void view?.updateComplete?.then(() => (view.shadowRoot?.querySelector('h1') as HTMLElement | null)?.focus({ preventScroll: false }));
  }

  private link(href: string, label: string, active: boolean): TemplateResult {
    return html`<li><a href=${href} aria-current=${active ? 'page' : 'false'}>${label}</a></li>`;
  }

  private view(): TemplateResult {
    if (!this.signedIn || this.route.name === 'signin') return html`<cc-sign-in></cc-sign-in>`;
    switch (this.route.name) {
      case 'submit': return html`<cc-submit-note></cc-submit-note>`;
      case 'job': return html`<cc-job-page .jobId=${this.route.id!}></cc-job-page>`;
      case 'dead-letters': return html`<cc-dead-letters></cc-dead-letters>`;
      case 'metrics': return html`<cc-metrics-page></cc-metrics-page>`;
      case 'review-queue': return html`<cc-review-queue></cc-review-queue>`;
      case 'review': return html`<cc-review-screen .jobId=${this.route.id!}></cc-review-screen>`;
      default: return html`<cc-job-list></cc-job-list>`;
    }
  }

  override render(): TemplateResult {
    const r = this.route.name;
    return html`
      <a class="skip" href="#main" @click=${(e: Event) => {
        e.preventDefault();
        (this.renderRoot.querySelector('main') as HTMLElement | null)?.focus();
      }}>Skip to content</a>
      <header>
        <span class="brand">Chartcoder workbench</span>
        ${this.signedIn
          ? html`<nav aria-label="Main">
                <ul>
                  ${this.link('#/submit', 'Submit a note', r === 'submit')}
                  ${this.link('#/jobs', 'Jobs', r === 'jobs' || r === 'job')}
                  ${this.can?.reviewer ? this.link('#/review', 'Review queue', r === 'review-queue' || r === 'review') : ''}
                  ${this.can?.admin ? this.link('#/admin/dead-letters', 'Dead letters', r === 'dead-letters') : ''}
                  ${this.can?.admin ? this.link('#/admin/metrics', 'Metrics', r === 'metrics') : ''}
                </ul>
              </nav>
              <span class="spacer"></span>
              <button class="secondary" @click=${() => {
                signOut();
                location.hash = '#/signin';
                this.onHash();
              }}>Sign out</button>`
          : ''}
      </header>
      <main id="main" tabindex="-1">${this.view()}</main>
    `;
  }
}
customElements.define('cc-app', CcApp);
