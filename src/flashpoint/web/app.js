/* flashpoint dashboard. Every text that came from a document reaches the page through
   textContent or a text node (el() below), never as markup. */
(function () {
  'use strict';

  const TYPES = ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots',
    'Strategic developments'];
  const COLORS = {};
  TYPES.forEach((t, i) => { COLORS[t] = getComputedStyle(document.documentElement).getPropertyValue('--t' + i).trim(); });
  const OTHER = '#8d99ae';
  const SHORT = { Battles: 'Battles', 'Explosions/Remote violence': 'Explosions', 'Violence against civilians': 'Civilians',
    Protests: 'Protests', Riots: 'Riots', 'Strategic developments': 'Strategic' };
  const PLACE_PRECISION = { 1: 'the place itself', 2: 'near it, or part of a region', 3: 'only the province or country' };
  const PAGE = 50;

  const state = { cursor: null, selected: null, tab: 'list', countryNames: {}, perCountry: {}, total: 0, seq: {} };

  // ---------------------------------------------------------------- DOM helpers (no markup strings)
  function el(tag, props, ...kids) {
    const node = document.createElement(tag);
    setProps(node, props);
    append(node, kids);
    return node;
  }
  function svg(tag, attrs, ...kids) {
    const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    setProps(node, attrs);
    append(node, kids);
    return node;
  }
  function setProps(node, props) {
    for (const [key, value] of Object.entries(props || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'class') node.setAttribute('class', value);
      else if (key === 'text') node.textContent = String(value);
      else if (key === 'style') Object.assign(node.style, value);
      else if (key === 'dataset') Object.assign(node.dataset, value);
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    }
  }
  function append(node, kids) {
    for (const kid of kids.flat(Infinity)) {
      if (kid === null || kid === undefined || kid === false) continue;
      node.append(kid instanceof Node ? kid : String(kid));
    }
  }
  const $ = (sel) => document.querySelector(sel);
  const clear = (node) => { node.replaceChildren(); return node; };
  const fmt = (n) => (n === null || n === undefined ? '' : Number(n).toLocaleString('en'));
  const color = (type) => COLORS[type] || OTHER;
  const safeUrl = (url) => (typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null);

  function killed(low, high) {
    if (low === null || low === undefined) return null;
    return high !== null && high !== undefined && high !== low ? `${low}–${high} killed` : `${low} killed`;
  }
  function showError(message) {
    const box = $('#error');
    box.textContent = message;
    box.hidden = false;
    clearTimeout(showError.timer);
    showError.timer = setTimeout(() => { box.hidden = true; }, 7000);
  }

  // ---------------------------------------------------------------- the API
  async function api(path, params) {
    const query = params && params.toString();
    const response = await fetch(query ? `${path}?${query}` : path, { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      let detail = response.statusText;
      try { detail = (await response.json()).detail; } catch (e) { /* not JSON */ }
      const error = new Error(typeof detail === 'string' ? detail : JSON.stringify(detail));
      error.status = response.status;
      throw error;
    }
    return response.json();
  }
  // the latest call of each kind wins: an answer to an older request is dropped
  async function latest(kind, promise) {
    const mine = (state.seq[kind] = (state.seq[kind] || 0) + 1);
    busy(1);
    try {
      const value = await promise;
      return mine === state.seq[kind] ? value : null;
    } finally { busy(-1); }
  }
  let inFlight = 0;
  function busy(delta) {
    inFlight += delta;
    document.body.dataset.busy = String(inFlight);
    if (!inFlight && document.body.dataset.ready === '1' && !document.body.dataset.loadedMs) {
      document.body.dataset.loadedMs = String(Math.round(performance.now()));  // first full view drawn
    }
  }

  // ---------------------------------------------------------------- filters
  const form = $('#filters');
  function filterParams({ dates = true, bbox = true } = {}) {
    const params = new URLSearchParams();
    for (const name of ['country', 'type', 'actor', 'q', 'since', 'until', 'min_fatalities']) {
      if (!dates && (name === 'since' || name === 'until')) continue;
      const value = form.elements[name].value.trim();
      if (value) params.set(name, value);
    }
    if (bbox && form.elements.inview.checked && map) params.set('bbox', viewBox());
    return params;
  }
  function saveHash() {
    const params = filterParams({ bbox: false });
    if (form.elements.inview.checked) params.set('inview', '1');
    if (state.selected) params.set('event', state.selected);
    history.replaceState(null, '', params.toString() ? `#${params}` : location.pathname);
  }
  function loadHash() {
    const params = new URLSearchParams(location.hash.slice(1));
    for (const name of ['country', 'type', 'actor', 'q', 'since', 'until', 'min_fatalities']) {
      if (!params.has(name)) continue;
      const field = form.elements[name];
      if (field.tagName === 'SELECT' && ![...field.options].some((o) => o.value === params.get(name))) {
        field.append(el('option', { value: params.get(name), text: params.get(name) }));  // until the choices arrive
      }
      field.value = params.get(name);
    }
    form.elements.inview.checked = params.get('inview') === '1';
    return params.get('event');
  }
  let typingTimer = null;
  form.addEventListener('input', (e) => {
    if (e.target.type === 'search' || e.target.type === 'number') {
      clearTimeout(typingTimer);
      typingTimer = setTimeout(applyFilters, 350);
    }
  });
  form.addEventListener('change', (e) => {
    if (e.target.type !== 'search' && e.target.type !== 'number') applyFilters();
  });
  form.addEventListener('submit', (e) => { e.preventDefault(); applyFilters(); });
  form.addEventListener('reset', () => setTimeout(applyFilters, 0));
  $('#toggle-filters').addEventListener('click', () => {
    const open = form.classList.toggle('open');
    $('#toggle-filters').setAttribute('aria-expanded', String(open));
    setTimeout(() => map.invalidateSize(), 50);
  });
  $('#clear-dates').addEventListener('click', () => {
    form.elements.since.value = '';
    form.elements.until.value = '';
    applyFilters();
  });

  function applyFilters() {
    state.applied = (state.applied || 0) + 1;
    saveHash();
    $('#clear-dates').hidden = !(form.elements.since.value || form.elements.until.value);
    refreshMap();
    refreshCounts();
    refreshTimeline();
    refreshList(true);
    refreshTab();
  }

  // ---------------------------------------------------------------- the map
  let map = null;
  let eventLayer = null;
  let selectedLayer = null;
  let baseLayer = null;

  function setUpMap() {
    const narrow = document.documentElement.clientWidth < 700;
    map = L.map('map', { worldCopyJump: true, minZoom: 1, maxZoom: 13, zoomSnap: 0.5, attributionControl: true })
      .setView([24, 22], narrow ? 1.5 : 2.5);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('Natural Earth · world-atlas · Leaflet');
    map.createPane('base').style.zIndex = 200;
    eventLayer = L.layerGroup().addTo(map);
    selectedLayer = L.layerGroup().addTo(map);
    let moveTimer = null;
    map.on('moveend', () => {
      clearTimeout(moveTimer);
      moveTimer = setTimeout(() => {
        refreshMap();
        if (form.elements.inview.checked) { refreshList(true); refreshCounts(); }
      }, 120);
    });
  }

  async function loadBasemap() {
    const topo = await (await fetch('/static/vendor/countries-50m.json')).json();
    const shapes = topojson.feature(topo, topo.objects.countries);
    for (const f of shapes.features) {
      if (f.properties.a3) state.countryNames[f.properties.a3] = f.properties.name;
    }
    // canvas, not SVG: the 1:50m shapes hold ~100,000 points, which SVG takes several times longer to draw
    baseLayer = L.geoJSON(shapes, { pane: 'base', renderer: L.canvas({ pane: 'base', padding: 0.3 }), interactive: false,
      style: countryStyle }).addTo(map);
  }
  function countryStyle(feature) {
    const n = state.perCountry[feature.properties.a3] || 0;
    const heat = n ? Math.min(1, 0.2 + Math.log10(n + 1) / 3) : 0;
    return { color: '#3a4a5e', weight: 0.7, fillColor: n ? `rgb(${Math.round(36 + 34 * heat)},${Math.round(48 + 36 * heat)},${Math.round(64 + 44 * heat)})` : '#19202a',
      fillOpacity: 1 };
  }

  function viewBox() {
    const b = map.getBounds().pad(0.15);
    const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));
    let west = b.getWest(), east = b.getEast();
    if (east - west >= 360) { west = -180; east = 180; }
    return [clamp(west, -180, 180), clamp(b.getSouth(), -90, 90), clamp(east, -180, 180), clamp(b.getNorth(), -90, 90)]
      .map((v) => v.toFixed(4)).join(',');
  }
  function radius(fatalities) { return 5 + Math.min(16, 2.2 * Math.sqrt(fatalities || 0)); }

  async function refreshMap() {
    const params = filterParams({ bbox: false });
    params.set('bbox', viewBox());
    params.set('zoom', String(map.getZoom()));
    let data;
    try { data = await latest('map', api('/api/map', params)); } catch (e) { showError(e.message); return; }
    if (!data) return;
    eventLayer.clearLayers();
    let points = 0;
    for (const cell of data.cells) {
      if (cell.events === 1 && cell.event_id) {
        points += 1;
        const marker = L.circleMarker([cell.lat, cell.lon], {
          radius: radius(cell.fatalities_low), color: '#0d1117', weight: 1, fillColor: color(cell.event_type), fillOpacity: 0.9,
          className: 'fp-point',
        });
        marker.on('click', () => openEvent(cell.event_id));
        marker.bindTooltip(el('div', null,
          el('div', { class: 't', text: cell.event_type || 'event' }),
          el('div', { class: 'm', text: [cell.location, killed(cell.fatalities_low)].filter(Boolean).join(' · ') })),
        { className: 'fp-tip', direction: 'top', offset: [0, -6] });
        eventLayer.addLayer(marker);
      } else {
        const size = Math.round(22 + 10 * Math.log10(cell.events));  // 2 → 25 px, 1,000 → 52 px, 200,000 → 75 px
        const badge = el('div', { class: 'fp-cluster' + (cell.events >= 100 ? ' big' : ''), dataset: { count: cell.events },
          style: { width: `${size}px`, height: `${size}px`, borderColor: color(cell.event_type) },
          title: `${fmt(cell.events)} events, ${fmt(cell.fatalities_low)} killed; mostly ${cell.event_type}` },
        cell.events >= 10000 ? `${Math.round(cell.events / 1000)}k` : fmt(cell.events));
        const marker = L.marker([cell.lat, cell.lon], { icon: L.divIcon({ html: badge, className: '', iconSize: [size, size] }),
          keyboard: false });
        marker.on('click', () => {
          if (map.getZoom() >= map.getMaxZoom() - 1) {
            form.elements.inview.checked = true;
            map.setView([cell.lat, cell.lon], map.getMaxZoom());
            applyFilters();
          } else {
            map.setView([cell.lat, cell.lon], Math.min(map.getZoom() + 2.5, map.getMaxZoom()));
          }
        });
        eventLayer.addLayer(marker);
      }
    }
    document.body.dataset.mapEvents = String(data.events);
    document.body.dataset.mapPoints = String(points);
    const note = $('#map-note');
    note.hidden = data.events > 0;
    note.textContent = 'no located event matches here';
  }

  function markSelected(event) {
    selectedLayer.clearLayers();
    const loc = event.location || {};
    if (loc.lat === null || loc.lat === undefined) return;
    L.circleMarker([loc.lat, loc.lon], { radius: 15, color: '#f0883e', weight: 3, fill: false, interactive: false,
      className: 'fp-selected' }).addTo(selectedLayer);
    if (!map.getBounds().pad(-0.1).contains([loc.lat, loc.lon])) map.panTo([loc.lat, loc.lon]);
  }

  function drawLegend(byType) {
    const box = clear($('#legend'));
    const current = form.elements.type.value;
    for (const type of TYPES) {
      const row = el('div', { class: 'row' + (current && current !== type ? ' off' : ''), title: 'show only this type',
        onclick: () => { form.elements.type.value = current === type ? '' : type; applyFilters(); } },
      el('span', { class: 'dot', style: { background: color(type) } }), el('span', { class: 'full', text: type }),
      el('span', { class: 'short', text: SHORT[type] }), el('span', { class: 'n', text: fmt(byType[type] || 0) }));
      box.append(row);
    }
    box.append(el('div', { class: 'size', text: 'dot size: fatalities · rings: clusters' }));
  }

  // ---------------------------------------------------------------- counts: legend, header, country shading
  async function refreshCounts() {
    const params = filterParams();
    let answer;
    try {
      answer = await latest('counts', Promise.all([
        api('/api/aggregates', withParam(params, 'by', 'type')), api('/api/aggregates', withParam(params, 'by', 'country'))]));
    } catch (e) { showError(e.message); return; }
    if (!answer) return;
    const [types, countries] = answer;
    const byType = {};
    let total = 0;
    for (const row of types.rows) { byType[row.type] = row.events; total += row.events; }
    state.total = total;
    drawLegend(byType);
    state.perCountry = {};
    for (const row of countries.rows) if (row.country) state.perCountry[row.country] = row.events;
    if (baseLayer) baseLayer.setStyle(countryStyle);
    updateListHead();
  }
  function withParam(params, key, value) {
    const copy = new URLSearchParams(params);
    copy.set(key, value);
    return copy;
  }

  // ---------------------------------------------------------------- timeline (stacked bars, brushable)
  const DAY = 86400000;
  const parseDay = (s) => new Date(`${String(s).slice(0, 10)}T00:00:00Z`);
  const isoDay = (d) => d.toISOString().slice(0, 10);
  function nextPeriod(d, period) {
    const n = new Date(d);
    if (period === 'month') n.setUTCMonth(n.getUTCMonth() + 1);
    else n.setUTCDate(n.getUTCDate() + (period === 'week' ? 7 : 1));
    return n;
  }
  let timelineData = null;

  async function refreshTimeline() {
    let data;
    try { data = await latest('timeline', api('/api/timeline', filterParams({ dates: false }))); } catch (e) { showError(e.message); return; }
    if (!data) return;
    timelineData = data;
    $('#period').textContent = data.period;
    drawTimeline();
  }

  function drawTimeline() {
    const box = clear($('#timeline'));
    const width = box.clientWidth || 600, height = box.clientHeight || 120;
    const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'events over time by type' });
    box.append(root);
    if (!timelineData || !timelineData.rows.length) {
      root.append(svg('text', { class: 'empty', x: width / 2, y: height / 2, 'text-anchor': 'middle', text: 'no dated event matches' }));
      return;
    }
    const period = timelineData.period;
    const stacks = new Map();
    let total = 0;
    for (const row of timelineData.rows) {
      const key = String(row.period).slice(0, 10);
      if (!stacks.has(key)) stacks.set(key, {});
      stacks.get(key)[row.event_type] = (stacks.get(key)[row.event_type] || 0) + row.events;
      total += row.events;
    }
    // the server leaves stray dates at either end off the axis, and counts them
    const keys = [...stacks.keys()].sort();
    const startKey = timelineData.first || keys[0], endKey = timelineData.last || keys[keys.length - 1];
    const seen = timelineData.earlier || 0, after = timelineData.later || 0;
    const buckets = [];
    let first = parseDay(startKey);
    if (period === 'month') first = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1));
    if (period === 'week') first = new Date(first - ((first.getUTCDay() + 6) % 7) * DAY);
    for (let d = first, last = parseDay(endKey); d <= last; d = nextPeriod(d, period)) {
      buckets.push({ start: d, key: isoDay(d), counts: stacks.get(isoDay(d)) || {} });
      if (buckets.length > 4000) break;
    }
    const left = 34, right = 8, top = 6, bottom = 18;
    const plotW = width - left - right, plotH = height - top - bottom;
    const bw = plotW / buckets.length;
    const maxN = Math.max(1, ...buckets.map((b) => Object.values(b.counts).reduce((a, c) => a + c, 0)));
    const axis = svg('g', { class: 'axis' });
    for (const frac of [0, 0.5, 1]) {
      const y = top + plotH - frac * plotH;
      axis.append(svg('line', { x1: left - 3, x2: width - right, y1: y, y2: y, 'stroke-opacity': frac ? 0.35 : 1 }),
        svg('text', { x: left - 6, y: y + 3, 'text-anchor': 'end', text: fmt(Math.round(frac * maxN)) }));
    }
    const bars = svg('g');
    buckets.forEach((b, i) => {
      let y = top + plotH;
      for (const type of TYPES) {
        const n = b.counts[type];
        if (!n) continue;
        const h = (n / maxN) * plotH;
        y -= h;
        bars.append(svg('rect', { x: left + i * bw, y, width: Math.max(1, bw - (bw > 4 ? 1 : 0)), height: h, fill: color(type) },
          svg('title', { text: `${b.key}: ${n} ${type}` })));
      }
    });
    const tickEvery = Math.max(1, Math.ceil(buckets.length / Math.max(2, Math.floor(plotW / 80))));
    const label = (d) => (period === 'month'
      ? d.toLocaleDateString('en', { month: 'short', year: 'numeric', timeZone: 'UTC' })
      : d.toLocaleDateString('en', { month: 'short', day: 'numeric', year: '2-digit', timeZone: 'UTC' }));
    for (let i = 0; i < buckets.length; i += tickEvery) {
      axis.append(svg('text', { x: left + i * bw + bw / 2, y: height - 4, 'text-anchor': i ? 'middle' : 'start', text: label(buckets[i].start) }));
    }
    root.append(axis, bars);
    const parts = [seen ? `${fmt(seen)} earlier` : null, after ? `${fmt(after)} later` : null].filter(Boolean).join(', ');
    $('#off-axis').textContent = parts ? `${parts} event${seen + after === 1 ? '' : 's'} off the axis` : '';
    // the brush: the selected dates, and a drag to choose new ones
    const brush = svg('rect', { class: 'brush', y: top, height: plotH, x: 0, width: 0, visibility: 'hidden' });
    root.append(brush);
    const indexAt = (clientX) => {
      const r = root.getBoundingClientRect();
      const x = ((clientX - r.left) / r.width) * width;
      return Math.max(0, Math.min(buckets.length - 1, Math.floor((x - left) / bw)));
    };
    const show = (i0, i1) => {
      const a = Math.min(i0, i1), b = Math.max(i0, i1);
      setProps(brush, { x: left + a * bw, width: (b - a + 1) * bw, visibility: 'visible' });
    };
    const since = form.elements.since.value, until = form.elements.until.value;
    if (since || until) {
      const i0 = since ? buckets.findIndex((b) => nextPeriod(b.start, period) > parseDay(since)) : 0;
      let i1 = buckets.length - 1;
      if (until) { const j = buckets.findIndex((b) => b.start > parseDay(until)); i1 = j === -1 ? buckets.length - 1 : j - 1; }
      if (i0 >= 0 && i1 >= i0) show(i0, i1);
    }
    let anchor = null;
    root.addEventListener('pointerdown', (e) => { anchor = indexAt(e.clientX); root.setPointerCapture(e.pointerId); show(anchor, anchor); });
    root.addEventListener('pointermove', (e) => { if (anchor !== null) show(anchor, indexAt(e.clientX)); });
    root.addEventListener('pointerup', (e) => {
      if (anchor === null) return;
      const i = indexAt(e.clientX), a = Math.min(anchor, i), b = Math.max(anchor, i);
      anchor = null;
      form.elements.since.value = buckets[a].key;
      form.elements.until.value = isoDay(new Date(nextPeriod(buckets[b].start, period) - DAY));
      applyFilters();
    });
  }

  // ---------------------------------------------------------------- the event list
  function updateListHead() {
    const shown = $('#event-list').children.length;
    $('#list-head').textContent = state.total
      ? `${fmt(state.total)} events match · newest first${shown < state.total ? ` · showing ${fmt(shown)}` : ''}`
      : 'no event matches these filters';
  }

  async function refreshList(reset) {
    const params = filterParams();
    params.set('limit', String(PAGE));
    if (!reset && state.cursor) params.set('cursor', state.cursor);
    let data;
    try { data = await latest('list', api('/api/events', params)); } catch (e) { showError(e.message); return; }
    if (!data) return;
    const list = $('#event-list');
    if (reset) { clear(list); list.scrollTop = 0; }
    for (const row of data.events) list.append(listItem(row));
    state.cursor = data.next_cursor;
    $('#more').hidden = !data.next_cursor;
    updateListHead();
  }
  $('#more').addEventListener('click', () => refreshList(false));

  function listItem(row) {
    const place = [row.location, row.admin1 && row.admin1 !== row.location ? row.admin1 : null, row.country_code].filter(Boolean).join(', ');
    const dead = killed(row.fatalities_low, row.fatalities_high);
    return el('li', { dataset: { id: row.event_id }, class: row.event_id === state.selected ? 'selected' : null, tabindex: '0',
      onclick: () => openEvent(row.event_id), onkeydown: (e) => { if (e.key === 'Enter') openEvent(row.event_id); } },
    el('span', { class: 'dot', style: { background: color(row.event_type) } }),
    el('div', { class: 'what' }, row.sub_event_type || row.event_type || 'event', dead && el('span', { class: row.fatalities_high ? 'killed' : 'killed none', text: dead })),
    el('div', { class: 'when', text: row.date_start || 'undated' }),
    el('div', { class: 'who', text: `${row.actor1 || '?'} → ${row.actor2 || '—'}` }),
    el('div', { class: 'where', text: place || 'place unknown' }));
  }

  // ---------------------------------------------------------------- the event panel
  $('#panel-close').addEventListener('click', closePanel);
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') closePanel(); });
  function closePanel() {
    $('#panel').hidden = true;
    state.selected = null;
    selectedLayer.clearLayers();
    document.querySelectorAll('.event-list li.selected').forEach((li) => li.classList.remove('selected'));
    saveHash();
  }

  async function openEvent(eventId) {
    let data;
    try { data = await latest('event', api(`/api/events/${encodeURIComponent(eventId)}`)); } catch (e) { showError(e.message); return; }
    if (!data) return;
    state.selected = eventId;
    saveHash();
    document.querySelectorAll('.event-list li').forEach((li) => li.classList.toggle('selected', li.dataset.id === eventId));
    renderPanel(data);
    markSelected(data.event);
  }

  function actorBox(actor) {
    if (!actor) return el('span', { class: 'muted', text: 'no one named' });
    const meta = [actor.type, actor.country_code, actor.backer ? `backed by ${actor.backer}` : null].filter(Boolean).join(' · ');
    return el('span', { class: 'actor', title: actor.text ? `in the text: ${actor.text}` : null }, actor.name, meta && el('span', { class: 'meta', text: meta }));
  }

  function renderPanel(data) {
    const e = data.event;
    const title = clear($('#panel-title'));
    title.append(el('span', { class: 'dot', style: { background: color(e.event_type) } }),
      e.kind === 'tally' ? `Tally: ${fmt(e.count)} incidents` : (e.sub_event_type || e.event_type || 'event'));
    const body = clear($('#panel-body'));
    const d = e.date || {}, loc = e.location || {}, fat = e.fatalities || {}, inj = e.injured || {};
    const when = d.start ? (d.end && d.end !== d.start ? `${d.start} to ${d.end}` : d.start) : 'unknown';
    const facts = el('dl', { class: 'facts' });
    const fact = (name, ...value) => facts.append(el('dt', { text: name }), el('dd', null, ...value));
    fact('Type', el('span', { class: 'chip' }, el('span', { class: 'dot', style: { background: color(e.event_type) } }), e.event_type || '—'),
      e.sub_event_type ? ` ${e.sub_event_type}` : '');
    fact('Actors', el('div', { class: 'actor-line' }, actorBox(e.actor1), '→', actorBox(e.actor2)));
    fact('Date', when, el('div', { class: 'muted', text: `precision: ${d.precision || 'unknown'}${d.text ? ` · “${d.text}”` : ''}` }));
    const place = [loc.name, loc.admin1 && loc.admin1 !== loc.name ? loc.admin1 : null, loc.country].filter(Boolean).join(', ');
    fact('Place', place || 'unknown', el('div', { class: 'muted', text: [
      loc.precision ? `precision ${loc.precision}: ${PLACE_PRECISION[loc.precision] || ''}` : null,
      loc.lat !== null && loc.lat !== undefined ? `${Number(loc.lat).toFixed(3)}, ${Number(loc.lon).toFixed(3)}` : null,
      loc.text && loc.text !== loc.name ? `“${loc.text}”` : null].filter(Boolean).join(' · ') }));
    const dead = fat.low === null || fat.low === undefined ? 'no figure given'
      : (fat.high !== null && fat.high !== undefined && fat.high !== fat.low ? `${fat.low} to ${fat.high}` : String(fat.low));
    fact('Killed', dead, fat.text ? el('div', { class: 'muted', text: `“${fat.text}”` }) : null);
    if (inj.low !== null && inj.low !== undefined) fact('Injured', inj.high && inj.high !== inj.low ? `${inj.low} to ${inj.high}` : String(inj.low));
    if (e.weapons && e.weapons.length) fact('Weapons', e.weapons.join(', '));
    if (e.kind === 'tally') fact('Count', fmt(e.count));
    fact('Confidence', e.confidence !== undefined ? `${Math.round(100 * e.confidence)}%` : '—');
    fact('Id', el('code', { text: e.event_id }));
    body.append(facts);

    body.append(el('h3', { text: `Evidence in ${data.documents.length} source${data.documents.length === 1 ? '' : 's'}` }));
    for (const doc of data.documents) body.append(documentBox(doc));
    renderLinks(body, data);
    $('#panel').hidden = false;
    for (const box of body.querySelectorAll('.doc-text')) {
      const mark = box.querySelector('mark');
      if (mark) box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 40);
    }
    body.scrollTop = 0;
  }

  function documentBox(doc) {
    const url = safeUrl(doc.url);
    const head = el('div', { class: 'doc-head' },
      el('span', { class: 'title', text: doc.title || doc.doc_id }),
      el('span', { class: 'muted', text: [doc.source, doc.published, doc.doc_id !== doc.title ? doc.doc_id : null].filter(Boolean).join(' · ') }),
      url && el('div', null, el('a', { href: url, target: '_blank', rel: 'noopener noreferrer', text: url })));
    return el('div', { class: 'doc' }, head, el('div', { class: 'doc-text' }, highlighted(doc.text, doc.evidence || [])));
  }

  // the document's text with its evidence sentences marked: text nodes and <mark> elements only
  function highlighted(text, spans) {
    const out = [];
    if (typeof text !== 'string') {
      for (const s of spans) out.push(el('mark', { text: s.sentence || '' }), ' ');
      return out;
    }
    const sorted = spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start)
      .sort((a, b) => a.start - b.start);
    const merged = [];
    for (const s of sorted) {
      const last = merged[merged.length - 1];
      if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
      else merged.push({ start: s.start, end: s.end });
    }
    const CONTEXT = 700;
    let pos = 0;
    for (const s of merged) {
      const from = Math.max(pos, s.start - CONTEXT);
      if (from > pos) out.push(el('span', { class: 'gap', text: pos === 0 ? '… ' : ' … ' }));
      out.push(text.slice(from, s.start), el('mark', { text: text.slice(s.start, s.end) }));
      pos = s.end;
    }
    const tail = merged.length ? Math.min(text.length, pos + CONTEXT) : Math.min(text.length, 2 * CONTEXT);
    out.push(text.slice(pos, tail));
    if (tail < text.length) out.push(el('span', { class: 'gap', text: ' …' }));
    return out;
  }

  function briefText(b, id) {
    if (!b) return id;
    return [b.date_start, b.sub_event_type || b.event_type, `${b.actor1 || '?'} → ${b.actor2 || '—'}`, b.location]
      .filter(Boolean).join(' · ');
  }
  function renderLinks(body, data) {
    const e = data.event, linked = data.linked || {};
    const items = [];
    for (const id of e.responds_to || []) items.push(['answers', id, 'explicit']);
    for (const inf of e.responds_to_inferred || []) items.push(['may answer', inf.event_id, `inferred${inf.score ? `, score ${inf.score}` : ''}`]);
    for (const a of data.answered_by || []) items.push(['answered by', a.event_id, a.kind]);
    if (!items.length) return;
    body.append(el('h3', { text: 'Action and reaction' }));
    const list = el('ul', { class: 'links' });
    for (const [how, id, kind] of items) {
      list.append(el('li', null, el('span', { class: 'kind', text: `${how} (${kind}) ` }),
        linked[id] ? el('a', { class: 'event-link', href: '#', onclick: (ev) => { ev.preventDefault(); openEvent(id); }, text: briefText(linked[id], id) })
          : el('span', { class: 'muted', text: id })));
    }
    body.append(list);
  }

  // ---------------------------------------------------------------- tabs: chains, dyads, tallies
  document.querySelectorAll('.tabs button').forEach((button) => button.addEventListener('click', () => {
    state.tab = button.dataset.tab;
    document.querySelectorAll('.tabs button').forEach((b) => b.setAttribute('aria-selected', String(b === button)));
    document.querySelectorAll('.tab').forEach((t) => { t.hidden = t.id !== `tab-${state.tab}`; });
    refreshTab();
  }));
  function refreshTab() {
    if (state.tab === 'chains') refreshChains();
    else if (state.tab === 'dyads') refreshDyads();
    else if (state.tab === 'tallies') refreshTallies();
  }

  async function refreshChains() {
    const box = $('#tab-chains');
    let data;
    try { data = await latest('chains', api('/api/chains', filterParams())); } catch (e) { clear(box).append(el('p', { class: 'empty-note', text: e.message })); return; }
    if (!data) return;
    clear(box).append(el('div', { class: 'list-head', text: data.count
      ? `${data.count} chain${data.count === 1 ? '' : 's'} of events that answer one another${data.count > data.chains.length ? ` · newest ${data.chains.length}` : ''}`
      : 'no chain: no matching event answers another' }));
    data.chains.forEach((chain, i) => box.append(chainCard(chain, i)));
  }

  function chainCard(chain, index) {
    const events = chain.events;
    const lanes = chain.sides.slice();
    for (const e of events) if (!lanes.includes(e.actor1)) lanes.push(e.actor1);
    const width = 370, laneH = 38, top = 10, left = 10, right = 14;
    const height = top + lanes.length * laneH + 18;
    const step = events.length > 1 ? (width - left - right - 20) / (events.length - 1) : 0;
    const pos = {};
    events.forEach((e, i) => { pos[e.event_id] = { x: left + 10 + i * step, y: top + lanes.indexOf(e.actor1) * laneH + laneH / 2 + 6 }; });
    const markerId = `arrow-${index}`;
    const root = svg('svg', { class: 'lanes', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'chain of events by side' },
      svg('defs', null, svg('marker', { id: markerId, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
        svg('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#f0883e' }))));
    lanes.forEach((name, i) => {
      const y = top + i * laneH + laneH / 2 + 6;
      root.append(svg('line', { class: 'lane', x1: left, x2: width - right, y1: y, y2: y }),
        svg('text', { class: 'lane-label', x: left, y: y - 9, text: name }));
    });
    for (const link of chain.links) {
      const a = pos[link.antecedent], b = pos[link.answer];
      if (!a || !b) continue;
      const mx = (a.x + b.x) / 2, my = Math.min(a.y, b.y) - 16;
      root.append(svg('path', { class: 'arrow' + (link.explicit ? '' : ' inferred'), d: `M${a.x},${a.y} Q${mx},${my} ${b.x - 7},${b.y}`,
        'marker-end': `url(#${markerId})` }));
      if (link.lag_days !== null && link.lag_days !== undefined && chain.links.length <= 3) {  // more: they collide
        root.append(svg('text', { class: 'lag', x: mx, y: my + 4, 'text-anchor': 'middle', text: `+${link.lag_days}d` }));
      }
    }
    let lastDate = null;
    for (const e of events) {
      const p = pos[e.event_id];
      root.append(svg('circle', { class: 'ev', cx: p.x, cy: p.y, r: 6 + Math.min(6, Math.sqrt(e.fatalities_low || 0)), fill: color(e.event_type),
        dataset: { id: e.event_id }, onclick: () => openEvent(e.event_id) }, svg('title', { text: `${e.date || '?'} ${e.actor1} → ${e.actor2}: ${e.sub_event_type || e.event_type} in ${e.location || '?'}` })));
      if (e.date !== lastDate) root.append(svg('text', { class: 'tick', x: p.x, y: height - 4, 'text-anchor': 'middle', text: (e.date || '?').slice(5) }));
      lastDate = e.date;
    }
    const first = events[0].date, last = events[events.length - 1].date;
    const list = el('ol', { class: 'chain-events' });
    for (const e of events) {
      list.append(el('li', { onclick: () => openEvent(e.event_id) },
        el('span', { class: 'dot', style: { background: color(e.event_type), marginRight: '6px', width: '8px', height: '8px' } }),
        `${e.date || '?'} · ${e.actor1} → ${e.actor2} · ${e.sub_event_type || e.event_type} · ${e.location || '?'}`,
        killed(e.fatalities_low, e.fatalities_high) && el('span', { class: e.fatalities_high ? 'killed' : 'killed none', text: killed(e.fatalities_low, e.fatalities_high) })));
    }
    return el('div', { class: 'card' },
      el('div', { class: 'card-head' }, el('b', { text: `${events.length} events, ${chain.links.length} link${chain.links.length === 1 ? '' : 's'}` }),
        el('span', { class: 'muted', text: ` · ${first || '?'}${last && last !== first ? ` to ${last}` : ''}` })),
      root, list);
  }

  async function refreshDyads() {
    const box = $('#tab-dyads');
    let data;
    try { data = await latest('dyads', api('/api/dyads', filterParams())); } catch (e) { clear(box).append(el('p', { class: 'empty-note', text: e.message })); return; }
    if (!data) return;
    clear(box).append(el('div', { class: 'list-head', text: data.count
      ? `${data.count} pairs of sides · answered = the other side struck back within ${data.k_days} days`
      : 'no dyad: no matching event names both who acted and who was hit' }));
    const most = Math.max(1, ...data.dyads.map((d) => Math.max(d.forward.events, d.backward.events)));
    for (const d of data.dyads) box.append(dyadCard(d, most));
  }
  function trendBadge(trend) {
    const up = /^escalating/.test(trend), down = /^de-escalating/.test(trend);
    return el('span', { class: 'trend' + (up ? ' up' : down ? ' down' : ''), text: trend });
  }
  function dyadCard(d, most) {
    const direction = (x, back) => {
      if (!x.events) return el('div', { class: 'dir' }, el('div', { class: 'fig', text: `${x.actor} → ${x.target}: no act reported` }));
      const figs = [`${fmt(x.events)} event${x.events === 1 ? '' : 's'}`, `${fmt(x.fatalities)} killed`,
        x.answered === null ? null : `answered ${Math.round(100 * x.answered)}%`,
        x.median_lag === null ? null : `median lag ${x.median_lag} d`].filter(Boolean).join(' · ');
      return el('div', { class: 'dir' },
        el('div', null, el('b', { text: x.actor }), ' → ', x.target, x.trend !== 'n/a' ? trendBadge(x.trend) : null),
        el('div', { class: 'bar' + (back ? ' back' : ''), style: { width: `${Math.max(3, (100 * x.events) / most)}%` } }),
        el('div', { class: 'fig', text: figs }));
    };
    return el('div', { class: 'card' },
      el('div', { class: 'dyad-title' }, `${d.a} ⇄ ${d.b}`, trendBadge(d.trend)),
      direction(d.forward, false), direction(d.backward, true));
  }

  async function refreshTallies() {
    const box = $('#tab-tallies');
    const params = filterParams();
    params.set('limit', '100');
    let data;
    try { data = await latest('tallies', api('/api/tallies', params)); } catch (e) { clear(box).append(el('p', { class: 'empty-note', text: e.message })); return; }
    if (!data) return;
    clear(box).append(el('div', { class: 'list-head', text: data.count
      ? 'counts of incidents as reports give them (never expanded into events)' : 'no tally matches these filters' }));
    const list = el('ol', { class: 'event-list' });
    for (const t of data.tallies) {
      const span = t.date_start ? (t.date_end && t.date_end !== t.date_start ? `${t.date_start} to ${t.date_end}` : t.date_start) : (t.date_text || 'period unknown');
      list.append(el('li', { dataset: { id: t.event_id }, onclick: () => openEvent(t.event_id) },
        el('span', { class: 'dot', style: { background: color(t.event_type) } }),
        el('div', { class: 'what', text: `${fmt(t.count)} × ${t.sub_event_type || t.event_type || 'incidents'}` }),
        el('div', { class: 'when', text: span }),
        el('div', { class: 'who', text: `${t.actor1 || '?'} → ${t.actor2 || '—'}` }),
        el('div', { class: 'where', text: t.notes || '' })));
    }
    box.append(list);
  }

  // ---------------------------------------------------------------- start
  function fillChoices(stats) {
    const summary = clear($('#summary'));
    summary.append(el('b', { text: fmt(stats.events) }), ' events · ', el('b', { text: fmt(stats.tallies) }), ' tallies · ',
      el('b', { text: fmt(stats.documents) }), ' reports from ', el('b', { text: fmt(stats.sources) }), ' sources',
      stats.first_date ? ` · ${stats.first_date} to ${stats.last_date}` : '');
    const choices = (select, items) => {
      const wanted = select.value;
      select.replaceChildren(select.options[0]);
      for (const [value, text] of items) select.append(el('option', { value, text }));
      if (wanted && ![...select.options].some((o) => o.value === wanted)) select.append(el('option', { value: wanted, text: wanted }));
      select.value = wanted;
    };
    choices(form.elements.country, stats.per_country.filter((row) => row.country !== '?').map((row) => {
      const name = state.countryNames[row.country];
      return [row.country, `${name ? `${name} (${row.country})` : row.country} · ${fmt(row.events)}`];
    }));
    choices(form.elements.type, stats.types.map((type) => [type, type]));
  }

  async function start() {
    setUpMap();
    // the events first; the basemap and the filter choices arrive beside them
    const hashEvent = loadHash();
    busy(1);
    const basemap = loadBasemap().catch((e) => showError(`basemap: ${e.message}`));
    const stats = api('/api/stats');
    applyFilters();
    if (hashEvent) openEvent(hashEvent);
    new ResizeObserver(() => drawTimeline()).observe($('#timeline'));
    document.body.dataset.ready = '1';
    try { await basemap; fillChoices(await stats); } catch (e) { showError(e.message); } finally { busy(-1); }
  }

  window.flashpoint = { state, openEvent, applyFilters };
  start();
}());
