/**
 * The timeline page is a static template, `client/media/timeline/index.html`, with `{{name}}`
 * placeholders; the browser test fills the same file the same way, so it renders the page the
 * extension serves.
 */

/**
 * Where the page's files are, as path segments from the extension root. The script is the esbuild
 * bundle of `client/media/timeline/timeline.ts` (d3 included), so the page loads nothing from the
 * network; the template and stylesheet ship as they are.
 */
export const TIMELINE_ASSETS = {
  template: ['client', 'media', 'timeline', 'index.html'],
  style: ['client', 'media', 'timeline', 'timeline.css'],
  script: ['dist', 'timeline.js'],
} as const satisfies Record<string, readonly string[]>;

/** The folders the webview may load from: the page's media folder and the bundle's folder. */
export const TIMELINE_RESOURCE_ROOTS: readonly (readonly string[])[] = [TIMELINE_ASSETS.template.slice(0, -1), TIMELINE_ASSETS.script.slice(0, -1)];

/** What the page needs from the webview: its CSP source, a fresh nonce and the asset URIs. */
export interface TimelinePageValues {
  /** `webview.cspSource`: the origin the webview serves local resources from. */
  readonly cspSource: string;
  /** A fresh random nonce; only the script carrying it may run. */
  readonly nonce: string;
  /** The webview URI of `dist/timeline.js`, loaded by a `<script>` carrying the nonce. */
  readonly scriptUri: string;
  readonly styleUri: string;
}

/** A number in [0, 1) from the platform's cryptographic generator. */
function cryptoRandom(): number {
  return (globalThis.crypto.getRandomValues(new Uint32Array(1))[0] ?? 0) / 2 ** 32;
}

/** A random nonce of 32 alphanumeric characters. */
export function makeNonce(random: () => number = cryptoRandom): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let nonce = '';
  for (let i = 0; i < 32; i++) nonce += alphabet.charAt(Math.floor(random() * alphabet.length));
  return nonce;
}

/** Fills the template's `{{name}}` placeholders with attribute-escaped values; unknown names stay empty. */
export function fillTemplate(template: string, values: TimelinePageValues): string {
  const lookup = values as unknown as Record<string, string | undefined>;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
    (lookup[name] ?? '').replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;'),
  );
}
