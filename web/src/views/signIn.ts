// Owns the sign-in page: a bearer token or API key, pre-filled with the demo token only when the
// embedded service offers one (a browser on its own machine).
import { LitElement, html, type TemplateResult } from 'lit';
import { api, demoToken, describeError, signIn, signOut } from '../session';
import { shared } from '../styles';

export class CcSignIn extends LitElement {
  static override properties = { token: { state: true }, error: { state: true }, busy: { state: true }, prefilled: { state: true } };
  static override styles = [shared];
  declare token: string;
  declare error: string;
  declare busy: boolean;
  declare prefilled: boolean;

  constructor() {
    super();
    this.token = '';
    this.error = '';
    this.busy = false;
    this.prefilled = false;
  }

  override async connectedCallback(): Promise<void> {
    super.connectedCallback();
    const demo = await demoToken();
    if (demo && !this.token) {
      this.token = demo;
      this.prefilled = true;
    }
  }

  private async submit(e: Event): Promise<void> {
    e.preventDefault();
    this.error = '';
    this.busy = true;
    signIn(this.token);
    try {
      // Any authenticated read proves the token; one job is enough.
      await api().listJobs({ first: 1 });
      if (!location.hash || location.hash === '#/signin') location.hash = '#/jobs';
      this.dispatchEvent(new CustomEvent('cc-signed-in', { bubbles: true, composed: true }));
    } catch (err) {
      signOut();
      this.error = describeError(err);
    } finally {
      this.busy = false;
    }
  }

  override render(): TemplateResult {
    return html`
      <h1 tabindex="-1">Sign in</h1>
      <form class="panel" @submit=${this.submit} aria-describedby="token-hint">
        <label for="token">Access token or API key</label>
        <input id="token" name="token" type="password" autocomplete="off" required .value=${this.token}
          @input=${(e: Event) => (this.token = (e.target as HTMLInputElement).value)} />
        <p id="token-hint" class="hint">
          ${this.prefilled ? 'Pre-filled with the demo token of this local service.' : 'Paste the bearer token or API key your administrator gave you.'}
          It is kept only for this browser tab.
        </p>
        <button type="submit" ?disabled=${this.busy || !this.token.trim()}>Sign in</button>
        <p role="alert" class="error">${this.error}</p>
      </form>
    `;
  }
}
customElements.define('cc-sign-in', CcSignIn);
