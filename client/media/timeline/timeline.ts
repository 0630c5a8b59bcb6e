/**
 * The timeline webview's page script. It draws documents and commitments (made, due, fulfilled)
 * on a UTC time axis with d3, which esbuild bundles into `dist/timeline.js`, so the page loads no
 * code from the network and runs under a nonce-only Content-Security-Policy. Colours come from the
 * stylesheet's VS Code theme variables; the script only sets classes and geometry, never styles.
 */
import { axisTop } from 'd3-axis';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { select, type BaseType, type Selection } from 'd3-selection';
import { utcYear } from 'd3-time';
import { utcFormat, utcParse } from 'd3-time-format';
import type { LineRange, TimelineCommitment, TimelineData, TimelineDocument } from '../../../server/src/protocol';

/** The webview host's API, provided as a global function in VS Code webviews. */
interface WebviewApi {
  postMessage(message: ToExtension): void;
  getState(): unknown;
  setState(state: FilterState): void;
}

declare function acquireVsCodeApi(): WebviewApi;

/** What the page sends to the extension (mirrors `FromPage` in client/src/timeline.ts). */
type ToExtension = { type: 'ready' } | { type: 'open'; uri: string; range?: LineRange };

/** The filters, kept in the webview state so that they survive the panel being hidden. */
interface FilterState {
  country: string;
  official: string;
}

type Svg = Selection<SVGSVGElement, unknown, null, undefined>;
type Group = Selection<SVGGElement, unknown, null, undefined>;

const LABEL_WIDTH = 220;
const ROW = 26;
const AXIS = 34;
const RIGHT_PAD = 24;
const BOTTOM = 22;
const MIN_WIDTH = 560;
const DAY = 86_400_000;

const vscode = acquireVsCodeApi();
const svg: Svg = select(element<SVGSVGElement>('timeline'));
const countrySelect = element<HTMLSelectElement>('country-filter');
const officialSelect = element<HTMLSelectElement>('official-filter');
const summary = element<HTMLElement>('summary');
const empty = element<HTMLElement>('empty');

const parseDay = utcParse('%Y-%m-%d');
const monthLabel = utcFormat('%b');
const yearLabel = utcFormat('%Y');

let data: TimelineData | undefined;
const state: FilterState = restoreState(vscode.getState());

/** The element with `id` from index.html; the page cannot work without it, so a missing one throws. */
function element<T extends Element>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The timeline page has no #${id}.`);
  return found as unknown as T;
}

/** The saved filters, or none when the saved state is missing or of another shape. */
function restoreState(saved: unknown): FilterState {
  const record = typeof saved === 'object' && saved !== null ? (saved as Record<string, unknown>) : {};
  return {
    country: typeof record['country'] === 'string' ? record['country'] : '',
    official: typeof record['official'] === 'string' ? record['official'] : '',
  };
}

/** A YYYY-MM-DD day as a UTC midnight, or undefined for anything else (partial dates are not plotted). */
function day(iso: string | undefined): Date | undefined {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  return parseDay(iso) ?? undefined;
}

/** Replaces the options after the "All …" one and keeps the choice when it still exists. */
function fillSelect(target: HTMLSelectElement, options: readonly (readonly [string, string])[], chosen: string): void {
  const choices = select(target)
    .selectAll<HTMLOptionElement, readonly [string, string]>('option.choice')
    .data(options, (o) => o[0]);
  choices.exit().remove();
  choices
    .enter()
    .append('option')
    .attr('class', 'choice')
    .merge(choices)
    .attr('value', (o) => o[0])
    .text((o) => o[1])
    .order();
  target.value = options.some(([value]) => value === chosen) ? chosen : '';
}

function fillFilters(timeline: TimelineData): void {
  const countries = new Set<string>();
  for (const d of timeline.documents) for (const c of d.countries) countries.add(c);
  for (const c of timeline.commitments) for (const x of c.countries) countries.add(x);
  fillSelect(countrySelect, [...countries].sort().map((c) => [c, c] as const), state.country);
  const officials = Object.entries(timeline.officials)
    .map(([id, o]) => [id, o.name + (o.country ? ` (${o.country})` : '')] as const)
    .sort((a, b) => a[1].localeCompare(b[1]));
  fillSelect(officialSelect, officials, state.official);
}

/** The documents and commitments that pass the filters. */
function visible(timeline: TimelineData): { documents: TimelineDocument[]; commitments: TimelineCommitment[] } {
  const country = countrySelect.value;
  const official = officialSelect.value;
  const byUri = new Map(timeline.documents.map((d) => [d.uri, d]));
  const documents = timeline.documents.filter((d) => (!country || d.countries.includes(country)) && (!official || d.officials.includes(official)));
  const commitments = timeline.commitments.filter((c) => {
    // A commitment involves the officials of the document that records it as well as its own actors.
    const officials = [...c.officials, ...(byUri.get(c.documentUri)?.officials ?? [])];
    return (!country || c.countries.includes(country)) && (!official || officials.includes(official));
  });
  return { documents, commitments };
}

function open(uri: string, range?: LineRange): void {
  vscode.postMessage(range ? { type: 'open', uri, range } : { type: 'open', uri });
}

/** Makes SVG nodes act as buttons: focusable, and activated by click, Enter or Space. */
function clickable<E extends SVGElement, D>(nodes: Selection<E, D, BaseType, unknown>, action: (d: D) => void): void {
  nodes
    .attr('tabindex', 0)
    .attr('role', 'button')
    .on('click', (_event: Event, d) => action(d))
    .on('keydown', (event: Event, d) => {
      if (event instanceof KeyboardEvent && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        action(d);
      }
    });
}

/** A diamond path centred on (cx, cy). */
function diamond(cx: number, cy: number, size: number): string {
  return `M${cx} ${cy - size}L${cx + size} ${cy}L${cx} ${cy + size}L${cx - size} ${cy}Z`;
}

/** Month names on the ticks, and the year where a year starts, so that every label is short. */
function tickLabel(value: Date | { valueOf(): number }): string {
  const date = value instanceof Date ? value : new Date(value.valueOf());
  return utcYear(date) < date ? monthLabel(date) : yearLabel(date);
}

function render(): void {
  svg.selectAll('*').remove();
  if (!data) return;
  const timeline = data;
  const { documents, commitments } = visible(timeline);
  const today = day(timeline.today);
  const known: Date[] = [];
  for (const d of documents) pushDay(known, d.date);
  for (const c of commitments) for (const iso of [c.made, c.due, c.fulfilledOn]) pushDay(known, iso);
  const overdue = commitments.filter((c) => c.overdue).length;
  summary.textContent = `${documents.length} document(s), ${commitments.length} commitment(s)${overdue ? `, ${overdue} overdue` : ''}`;
  empty.hidden = known.length > 0;
  svg.classed('hidden', known.length === 0);
  if (known.length === 0) return;
  if (today) known.push(today);

  const times = known.map((d) => d.getTime());
  const first = Math.min(...times);
  const last = Math.max(...times);
  // A little room on both sides, and at least a month, so that a single date is not drawn on the edge.
  const pad = Math.max((last - first) * 0.04, 15 * DAY);
  const width = Math.max(svg.node()?.parentElement?.clientWidth ?? 0, MIN_WIDTH);
  const height = AXIS + (1 + commitments.length) * ROW + BOTTOM;
  const x = scaleUtc()
    .domain([new Date(first - pad), new Date(last + pad)])
    .range([LABEL_WIDTH, width - RIGHT_PAD]);
  svg.attr('viewBox', `0 0 ${width} ${height}`).attr('width', width).attr('height', height);

  drawAxis(x, height);
  if (today) drawToday(x, today, timeline.today, height);
  drawDocuments(x, documents);
  drawCommitments(x, commitments, today);
}

function pushDay(into: Date[], iso: string | undefined): void {
  const date = day(iso);
  if (date) into.push(date);
}

/** The time axis at the top, its ticks extended down the chart as grid lines. */
function drawAxis(x: ScaleTime<number, number>, height: number): void {
  // About one label per 80 pixels; d3 picks the month, quarter or year interval that fits.
  const count = Math.max(2, Math.floor((x.range()[1]! - x.range()[0]!) / 80));
  const axis = axisTop(x)
    .ticks(count)
    .tickFormat(tickLabel)
    .tickSizeInner(-(height - AXIS - BOTTOM + 10))
    .tickSizeOuter(0)
    .tickPadding(6);
  const group: Group = svg.append('g').attr('class', 'axis').attr('transform', `translate(0, ${AXIS - 4})`);
  group.call(axis);
  group.select('.domain').attr('class', 'domain axis-line');
  group.selectAll('.tick line').attr('class', 'grid');
  group.selectAll('.tick text').attr('class', 'tick-label');
}

function drawToday(x: ScaleTime<number, number>, today: Date, label: string, height: number): void {
  const at = x(today);
  svg
    .append('line')
    .attr('class', 'today')
    .attr('x1', at)
    .attr('x2', at)
    .attr('y1', AXIS - 6)
    .attr('y2', height - 16)
    .append('title')
    .text(`today ${label}`);
  svg.append('text').attr('class', 'today-label').attr('x', at).attr('y', height - 4).attr('text-anchor', 'middle').text(`today ${label}`);
}

function drawDocuments(x: ScaleTime<number, number>, documents: readonly TimelineDocument[]): void {
  const row = svg.append('g').attr('class', 'row documents');
  const y = AXIS + ROW / 2;
  row.append('text').attr('class', 'row-label').attr('x', 8).attr('y', y + 4).text('Documents');
  const dated = documents.flatMap((d) => {
    const date = day(d.date);
    return date ? [{ document: d, at: x(date) }] : [];
  });
  const marks = row
    .selectAll<SVGGElement, (typeof dated)[number]>('g.document')
    .data(dated)
    .join('g')
    .attr('class', 'document')
    .attr('data-id', (d) => d.document.id ?? d.document.uri);
  marks.append('path').attr('class', 'marker document').attr('d', (d) => diamond(d.at, y, 7));
  marks.append('title').text(({ document: d }) => `${d.title ?? d.id ?? d.uri} — ${d.date ?? ''}${d.countries.length ? ` · ${d.countries.join(', ')}` : ''}`);
  clickable(marks, (d) => open(d.document.uri));
}

function drawCommitments(x: ScaleTime<number, number>, commitments: readonly TimelineCommitment[], today: Date | undefined): void {
  const rows = svg
    .selectAll<SVGGElement, TimelineCommitment>('g.commitment')
    .data(commitments)
    .join('g')
    .attr('class', (c) => ['commitment', `status-${c.status}`, ...(c.overdue ? ['overdue'] : [])].join(' '))
    .attr('data-id', (c) => c.id)
    .attr('transform', (_c, i) => `translate(0, ${AXIS + (i + 1) * ROW + ROW / 2})`);
  rows.append('title').text((c) => c.quote || c.id);

  rows.each(function (c) {
    const row = select(this);
    const made = day(c.made);
    const due = day(c.due);
    const fulfilled = day(c.fulfilledOn);
    // The bar runs from the making to the fulfilment, or to the due date, or to today while still open.
    const end = fulfilled ?? (c.status === 'open' && today ? (due && due > today ? due : today) : due);
    if (made && end) row.append('line').attr('class', 'span').attr('x1', x(made)).attr('x2', x(end)).attr('y1', 0).attr('y2', 0);
    if (made) {
      row
        .append('circle')
        .attr('class', 'marker made')
        .attr('cx', x(made))
        .attr('cy', 0)
        .attr('r', 5)
        .append('title')
        .text(`made ${c.made ?? ''}${c.documentTitle ? ` in ${c.documentTitle}` : ''}`);
    }
    if (due) {
      row
        .append('path')
        .attr('class', `marker due${c.overdue ? ' overdue' : ''}`)
        .attr('d', diamond(x(due), 0, 6))
        .append('title')
        .text(`due ${c.due ?? ''}${c.overdue && c.daysLeft !== undefined ? ` — overdue by ${-c.daysLeft} day(s)` : ''}`);
    }
    if (fulfilled) {
      const mark = row.append('circle').attr('class', 'marker fulfilled').attr('cx', x(fulfilled)).attr('cy', 0).attr('r', 6);
      mark.append('title').text(`fulfilled ${c.fulfilledOn ?? ''} by ${c.fulfilledBy ?? ''}`);
      const target = c.fulfilledByUri;
      if (target) clickable(mark, () => open(target));
    }
  });

  // The label is drawn last so that it sits above the bar; clicking it opens the quote.
  const labels = rows
    .append('text')
    .attr('class', 'row-label')
    .attr('x', 8)
    .attr('y', 4)
    .text((c) => (c.id.length > 30 ? `${c.id.slice(0, 29)}…` : c.id));
  clickable(labels, (c) => open(c.documentUri, c.range));
}

/** True for a message that carries timeline data (anything else posted to the window is ignored). */
function isDataMessage(message: unknown): message is { type: 'data'; data: TimelineData } {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as { type?: unknown; data?: { documents?: unknown; commitments?: unknown } };
  return m.type === 'data' && typeof m.data === 'object' && m.data !== null && Array.isArray(m.data.documents) && Array.isArray(m.data.commitments);
}

function onFilterChange(): void {
  state.country = countrySelect.value;
  state.official = officialSelect.value;
  vscode.setState(state);
  render();
}

countrySelect.addEventListener('change', onFilterChange);
officialSelect.addEventListener('change', onFilterChange);
window.addEventListener('resize', render);
window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (!isDataMessage(event.data)) return;
  data = event.data.data;
  fillFilters(data);
  render();
});
vscode.postMessage({ type: 'ready' });
