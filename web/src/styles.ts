// Owns the components' shared styles: readable on a laptop and a tablet (fluid grid, 44 px targets),
// visible focus, colour not the only signal (text and patterns beside colours).
import { css } from 'lit';

export const shared = css`
  :host {
    display: block;
  }
  h1, h2, h3 {
    line-height: 1.2;
    margin: 0 0 0.5rem;
  }
  h1 { font-size: 1.5rem; }
  h2 { font-size: 1.2rem; }
  h3 { font-size: 1rem; }
  a { color: var(--cc-accent); }
  button, select, input, textarea {
    font: inherit;
  }
  button {
    min-height: 44px;
    padding: 0.4rem 0.9rem;
    border-radius: 6px;
    border: 1px solid var(--cc-accent);
    background: var(--cc-accent);
    color: var(--cc-accent-fg);
    cursor: pointer;
  }
  button.secondary {
    background: var(--cc-bg);
    color: var(--cc-accent);
  }
  button[disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 3px solid var(--cc-focus);
    outline-offset: 2px;
  }
  label {
    display: block;
    font-weight: 600;
    margin: 0.75rem 0 0.25rem;
  }
  input[type='text'], input[type='password'], select, textarea {
    width: 100%;
    box-sizing: border-box;
    min-height: 44px;
    padding: 0.4rem 0.5rem;
    border: 1px solid var(--cc-border);
    border-radius: 6px;
    background: var(--cc-bg);
    color: var(--cc-fg);
  }
  textarea {
    min-height: 14rem;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  }
  .hint {
    color: var(--cc-muted);
    font-size: 0.9rem;
  }
  .error {
    color: var(--cc-danger);
    font-weight: 600;
  }
  .panel {
    background: var(--cc-panel);
    border: 1px solid var(--cc-border);
    border-radius: 8px;
    padding: 1rem;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th, td {
    text-align: left;
    padding: 0.4rem 0.5rem;
    border-bottom: 1px solid var(--cc-border);
    vertical-align: top;
  }
  .status {
    font-weight: 600;
  }
  .status-COMPLETED { color: var(--cc-ok); }
  .status-NEEDS_REVIEW { color: var(--cc-warn); }
  .status-REVIEWED { color: var(--cc-ok); }
  .status-FAILED, .status-CANCELLED { color: var(--cc-danger); }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;

/**
 * The redacted note beside its findings, as the report view and the review screen show it: a two-column layout
 * that stacks on a tablet, the note in a scrolling monospace pane, identifiers and evidence marked by colour and by
 * underline style (dotted for identifiers, solid for evidence), so colour is not the only signal.
 */
export const notePane = css`
  .layout {
    display: grid;
    /* Each view sets its column split on :host; the media query below still wins on a narrow screen. */
    grid-template-columns: var(--cc-note-columns, minmax(0, 1fr) minmax(0, 1fr));
    gap: 1rem;
    margin-top: 1rem;
  }
  @media (max-width: 900px) {
    .layout { grid-template-columns: 1fr; }
  }
  .note {
    white-space: pre-wrap;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.95rem;
    max-height: 70vh;
    overflow: auto;
    background: var(--cc-bg);
    border: 1px solid var(--cc-border);
    border-radius: 6px;
    padding: 0.75rem;
  }
  .phi { background: #e8e2f4; border-bottom: 2px dotted #5b3f8c; }
  .ev { background: #fff2b3; border-bottom: 2px solid #b38600; }
`;
