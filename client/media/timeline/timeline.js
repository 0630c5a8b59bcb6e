// @ts-check
// The timeline webview: plain SVG and DOM, no charting library, so it works offline and under a
// strict Content-Security-Policy. Data arrives from the extension as a `TimelineData` message.
(function () {
  'use strict';

  const SVG_NS = 'http://www.w3.org/2000/svg';
  const DAY = 86400000;
  const LABEL_WIDTH = 220;
  const ROW = 26;
  const AXIS = 34;
  const RIGHT_PAD = 24;

  /** @type {{ postMessage(message: unknown): void; getState(): any; setState(state: unknown): void }} */
  // @ts-ignore acquireVsCodeApi is provided by the webview host.
  const vscode = acquireVsCodeApi();
  const svg = /** @type {SVGSVGElement} */ (/** @type {unknown} */ (document.getElementById('timeline')));
  const countrySelect = /** @type {HTMLSelectElement} */ (document.getElementById('country-filter'));
  const officialSelect = /** @type {HTMLSelectElement} */ (document.getElementById('official-filter'));
  const summary = /** @type {HTMLElement} */ (document.getElementById('summary'));
  const empty = /** @type {HTMLElement} */ (document.getElementById('empty'));

  /** @type {any} */
  let data = null;
  const state = vscode.getState() || { country: '', official: '' };

  /** @param {string} tag @param {Record<string, string | number>} attributes @param {Element} [parent] */
  function el(tag, attributes, parent) {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
    if (parent) parent.appendChild(node);
    return node;
  }

  /** @param {string | undefined} iso */
  function time(iso) {
    if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
    const t = Date.parse(iso + 'T00:00:00Z');
    return Number.isNaN(t) ? undefined : t;
  }

  /** @param {HTMLSelectElement} select @param {[string, string][]} options @param {string} chosen */
  function fillSelect(select, options, chosen) {
    while (select.options.length > 1) select.remove(1);
    for (const [value, label] of options) {
      const option = document.createElement('option');
      option.value = value;
      option.textContent = label;
      select.appendChild(option);
    }
    select.value = options.some(([v]) => v === chosen) ? chosen : '';
  }

  function fillFilters() {
    const countries = new Set();
    for (const d of data.documents) for (const c of d.countries) countries.add(c);
    for (const c of data.commitments) for (const x of c.countries) countries.add(x);
    fillSelect(countrySelect, [...countries].sort().map((c) => [c, c]), state.country);
    const officials = Object.entries(data.officials)
      .map(([id, o]) => /** @type {[string, string]} */ ([id, o.name + (o.country ? ' (' + o.country + ')' : '')]))
      .sort((a, b) => a[1].localeCompare(b[1]));
    fillSelect(officialSelect, officials, state.official);
  }

  /** The documents and commitments that pass the filters. */
  function visible() {
    const country = countrySelect.value;
    const official = officialSelect.value;
    const documentsByUri = new Map(data.documents.map((/** @type {any} */ d) => [d.uri, d]));
    const documents = data.documents.filter(
      (/** @type {any} */ d) => (!country || d.countries.includes(country)) && (!official || d.officials.includes(official)),
    );
    const commitments = data.commitments.filter((/** @type {any} */ c) => {
      const doc = documentsByUri.get(c.documentUri);
      const officials = [...c.officials, ...((doc && doc.officials) || [])];
      return (!country || c.countries.includes(country)) && (!official || officials.includes(official));
    });
    return { documents, commitments };
  }

  /** @param {string} uri @param {any} [range] */
  function open(uri, range) {
    vscode.postMessage(range ? { type: 'open', uri, range } : { type: 'open', uri });
  }

  /** @param {Element} node @param {() => void} action */
  function clickable(node, action) {
    node.setAttribute('tabindex', '0');
    node.setAttribute('role', 'button');
    node.addEventListener('click', action);
    node.addEventListener('keydown', (event) => {
      const key = /** @type {KeyboardEvent} */ (event).key;
      if (key === 'Enter' || key === ' ') action();
    });
  }

  /** @param {Element} parent @param {string} text */
  function title(parent, text) {
    el('title', {}, parent).textContent = text;
  }

  function render() {
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    if (!data) return;
    const { documents, commitments } = visible();
    const today = time(data.today);
    const times = [];
    for (const d of documents) times.push(time(d.date));
    for (const c of commitments) times.push(time(c.made), time(c.due), time(c.fulfilledOn));
    const known = /** @type {number[]} */ (times.filter((t) => t !== undefined));
    const overdue = commitments.filter((/** @type {any} */ c) => c.overdue).length;
    summary.textContent =
      documents.length + ' document(s), ' + commitments.length + ' commitment(s)' + (overdue ? ', ' + overdue + ' overdue' : '');
    empty.hidden = known.length > 0;
    svg.classList.toggle('hidden', known.length === 0);
    if (known.length === 0) return;
    if (today !== undefined) known.push(today);
    let start = Math.min(...known);
    let end = Math.max(...known);
    // A little room on both sides, and at least a month, so a single date is not drawn on the edge.
    const pad = Math.max((end - start) * 0.04, 15 * DAY);
    start -= pad;
    end += pad;
    const width = Math.max((svg.parentElement && svg.parentElement.clientWidth) || 0, 560);
    const plot = width - LABEL_WIDTH - RIGHT_PAD;
    const x = (/** @type {number} */ t) => LABEL_WIDTH + ((t - start) / (end - start)) * plot;
    const rows = 1 + commitments.length;
    // The bottom strip holds the "today" label, clear of the month labels at the top.
    const height = AXIS + rows * ROW + 22;
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(height));

    drawAxis(start, end, x, height);
    if (today !== undefined) {
      const line = el('line', { class: 'today', x1: x(today), x2: x(today), y1: AXIS - 6, y2: height - 16 }, svg);
      title(line, 'today ' + data.today);
      el('text', { class: 'today-label', x: x(today), y: height - 4, 'text-anchor': 'middle' }, svg).textContent = 'today ' + data.today;
    }

    const docRow = el('g', { class: 'row documents' }, svg);
    const docY = AXIS + ROW / 2;
    el('text', { class: 'row-label', x: 8, y: docY + 4 }, docRow).textContent = 'Documents';
    for (const d of documents) {
      const t = time(d.date);
      if (t === undefined) continue;
      const g = el('g', { class: 'document', 'data-id': d.id || d.uri }, docRow);
      el('rect', { class: 'marker document', x: x(t) - 5, y: docY - 5, width: 10, height: 10, transform: 'rotate(45 ' + x(t) + ' ' + docY + ')' }, g);
      title(g, (d.title || d.id || d.uri) + ' — ' + d.date + (d.countries.length ? ' · ' + d.countries.join(', ') : ''));
      clickable(g, () => open(d.uri));
    }

    commitments.forEach((/** @type {any} */ c, /** @type {number} */ i) => {
      const y = AXIS + (i + 1) * ROW + ROW / 2;
      const classes = ['commitment', 'status-' + c.status];
      if (c.overdue) classes.push('overdue');
      const g = el('g', { class: classes.join(' '), 'data-id': c.id }, svg);
      const label = el('text', { class: 'row-label', x: 8, y: y + 4 }, g);
      label.textContent = c.id.length > 30 ? c.id.slice(0, 29) + '…' : c.id;
      const made = time(c.made);
      const due = time(c.due);
      const fulfilled = time(c.fulfilledOn);
      // The bar runs from the making to the fulfilment, or to the due date, or to today while open.
      const last = fulfilled !== undefined ? fulfilled : c.status === 'open' && today !== undefined ? Math.max(today, due || today) : due;
      if (made !== undefined && last !== undefined) {
        el('line', { class: 'span', x1: x(made), x2: x(last), y1: y, y2: y }, g);
      }
      if (made !== undefined) {
        const m = el('circle', { class: 'marker made', cx: x(made), cy: y, r: 5 }, g);
        title(m, 'made ' + c.made + (c.documentTitle ? ' in ' + c.documentTitle : ''));
      }
      if (due !== undefined) {
        const size = 6;
        const cx = x(due);
        const d = el('path', { class: 'marker due' + (c.overdue ? ' overdue' : ''), d: 'M' + cx + ' ' + (y - size) + 'L' + (cx + size) + ' ' + y + 'L' + cx + ' ' + (y + size) + 'L' + (cx - size) + ' ' + y + 'Z' }, g);
        title(d, 'due ' + c.due + (c.overdue ? ' — overdue by ' + -c.daysLeft + ' day(s)' : ''));
      }
      if (fulfilled !== undefined) {
        const f = el('circle', { class: 'marker fulfilled', cx: x(fulfilled), cy: y, r: 6 }, g);
        title(f, 'fulfilled ' + c.fulfilledOn + ' by ' + c.fulfilledBy);
        if (c.fulfilledByUri) clickable(f, () => open(c.fulfilledByUri));
      }
      title(g, c.quote || c.id);
      clickable(label, () => open(c.documentUri, c.range));
    });
  }

  /** @param {number} start @param {number} end @param {(t: number) => number} x @param {number} height */
  function drawAxis(start, end, x, height) {
    const axis = el('g', { class: 'axis' }, svg);
    el('line', { class: 'axis-line', x1: LABEL_WIDTH, x2: x(end), y1: AXIS - 4, y2: AXIS - 4 }, axis);
    const first = new Date(start);
    const spanDays = (end - start) / DAY;
    // Months for spans up to three years, otherwise years; ticks never crowd closer than ~60px.
    const step = spanDays > 3 * 366 ? 12 : spanDays > 540 ? 3 : 1;
    let tick = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1);
    if (step === 12) tick = Date.UTC(first.getUTCFullYear() + 1, 0, 1);
    let lastX = -Infinity;
    while (tick <= end) {
      const tx = x(tick);
      const date = new Date(tick);
      if (tx - lastX >= 60) {
        el('line', { class: 'tick', x1: tx, x2: tx, y1: AXIS - 8, y2: height - 16 }, axis);
        const month = date.getUTCMonth();
        const text = step === 12 || month === 0 ? String(date.getUTCFullYear()) : date.toLocaleString('en', { month: 'short', timeZone: 'UTC' });
        el('text', { class: 'tick-label', x: tx + 2, y: AXIS - 12 }, axis).textContent = text;
        lastX = tx;
      }
      tick = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + step, 1);
    }
  }

  countrySelect.addEventListener('change', () => {
    state.country = countrySelect.value;
    vscode.setState(state);
    render();
  });
  officialSelect.addEventListener('change', () => {
    state.official = officialSelect.value;
    vscode.setState(state);
    render();
  });
  window.addEventListener('resize', () => render());
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message && message.type === 'data' && message.data) {
      data = message.data;
      fillFilters();
      render();
    }
  });
  vscode.postMessage({ type: 'ready' });
})();
