// dyad's web UI: one page, hash routes, plain DOM. Article text is untrusted: every string
// from the API reaches the page through text nodes (h() below), never through innerHTML.
"use strict";

const PLOVER = ["AGREE", "ASSAULT", "AID", "CONCEDE", "CONSULT", "COERCE", "ACCUSE", "MOBILIZE",
  "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN", "COOPERATE"];
const QUAD = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
  4: "material conflict"};
const QUAD_COLOR = {1: "#4c9f70", 2: "#1f6f43", 3: "#e59f3c", 4: "#c2412d"};
const SVG_NS = "http://www.w3.org/2000/svg";

// h("a", {href: "#"}, "text", child...): an element whose strings become text nodes.
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

async function api(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== "" && v != null) q.set(k, v);
  const url = "/api/" + path + (q.toString() ? "?" + q : "");
  const r = await fetch(url);
  if (!r.ok) {
    let detail = r.statusText;
    try { detail = JSON.stringify((await r.json()).detail); } catch (e) { /* not JSON */ }
    throw new Error(`${r.status}: ${detail}`);
  }
  return r.json();
}

function route() {
  const raw = location.hash.replace(/^#\/?/, "") || "events";
  const [path, query] = raw.split("?");
  return {parts: path.split("/").map(decodeURIComponent), params: new URLSearchParams(query || "")};
}

function go(path, params) {
  const q = params ? new URLSearchParams(
    Object.entries(params).filter(([, v]) => v !== "" && v != null && v !== false)) : null;
  location.hash = "#/" + path + (q && q.toString() ? "?" + q : "");
}

function actorLink(id, name) {
  if (!id) return h("span", {class: "muted"}, name || "—");
  return h("a", {href: "#/actor/" + encodeURIComponent(id), class: "actor-link"}, name || id);
}

function actorList(ids, names) {
  if (!ids || !ids.length) return h("span", {class: "muted"}, "—");
  return ids.map((id, i) => [i ? ", " : "", actorLink(id, (names || [])[i])]);
}

function typePill(e) {
  return h("span", {class: "pill q" + (e.quad_class || 0), title: QUAD[e.quad_class] || ""},
    e.plover, e.cameo ? ` ${e.cameo}` : "");
}

// A table's rows as CSV, downloaded by the browser: every view can export what it shows.
function downloadCsv(name, rows) {
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v) => {
    let t = v == null ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
    if (/^[=+\-@\t\r]/.test(t)) t = "'" + t;  // no formulas in spreadsheets
    return /[",\n]/.test(t) ? '"' + t.replace(/"/g, '""') + '"' : t;
  };
  const text = [cols.join(","), ...rows.map((r) => cols.map((c) => cell(r[c])).join(","))].join("\n");
  const a = h("a", {href: URL.createObjectURL(new Blob([text], {type: "text/csv"})),
    download: name});
  document.body.append(a);
  a.click();
  a.remove();
}

function exportButtons(kind, params, rowsForCsv) {
  const q = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v != null));
  const out = [];
  if (kind) {
    for (const fmt of ["csv", "jsonl"]) {
      const p = new URLSearchParams(q);
      p.set("format", fmt);
      out.push(h("a", {class: "export", href: `/api/export/${kind}?${p}`, download: true},
        h("button", {type: "button"}, `Export ${fmt.toUpperCase()}`)));
    }
  }
  if (rowsForCsv) {
    out.push(h("button", {type: "button", class: "export-view",
      onclick: () => downloadCsv("dyad-view.csv", rowsForCsv())}, "Download this view (CSV)"));
  }
  return out;
}

function filterForm(fields, params, onSubmit) {
  const inputs = {};
  const form = h("form", {class: "filters", onsubmit: (ev) => {
    ev.preventDefault();
    const values = {};
    for (const [k, el] of Object.entries(inputs)) {
      values[k] = el.type === "checkbox" ? (el.checked ? "true" : "") : el.value.trim();
    }
    onSubmit(values);
  }});
  for (const [name, label, kind, options] of fields) {
    let el;
    if (kind === "select") {
      el = h("select", {name}, h("option", {value: ""}, "any"),
        options.map(([v, t]) => h("option", {value: v, selected: params.get(name) === String(v)}, t)));
    } else if (kind === "checkbox") {
      el = h("input", {type: "checkbox", name, checked: params.get(name) === "true"});
    } else {
      el = h("input", {type: kind || "text", name, value: params.get(name) || "", size: 12});
    }
    inputs[name] = el;
    form.append(h("label", {}, label, el));
  }
  form.append(h("button", {type: "submit"}, "Apply"));
  return form;
}

const EVENT_FILTERS = [
  ["search", "Text", "search"], ["actor", "Actor"], ["country", "Country (ISO3)"],
  ["type", "Type", "select", PLOVER.map((t) => [t, t])],
  ["quad_class", "Quad class", "select", Object.entries(QUAD)],
  ["certainty", "Certainty", "select",
    ["asserted", "attributed", "hedged", "denied"].map((c) => [c, c])],
  ["since", "Since", "date"], ["until", "Until", "date"],
  ["happened_only", "Happened only", "checkbox"],
];

function paramsObject(params, keys) {
  const out = {};
  for (const k of keys) if (params.get(k)) out[k] = params.get(k);
  return out;
}

// --- Events ---------------------------------------------------------------------------
// (an event told as background: inside another event's report or a clause of time)
// (an event that names a source and a target: the dyadic events ICEWS and PETRARCH code)
const EVENTS_VIEW_FILTERS = [...EVENT_FILTERS, ["main_only", "Main reports only", "checkbox"],
  ["dyadic_only", "Both actors named", "checkbox"]];

async function viewEvents(root, params) {
  const filters = paramsObject(params, EVENTS_VIEW_FILTERS.map((f) => f[0]));
  root.append(h("h1", {}, "Events"),
    filterForm(EVENTS_VIEW_FILTERS, params, (v) => go("events", v)));
  const events = await api("events", {...filters, limit: 500});
  root.append(h("div", {class: "toolbar"},
    h("span", {class: "count", id: "event-count"}, `${events.length} events`),
    exportButtons("events", filters)));
  const table = h("table", {id: "events-table"}, h("thead", {}, h("tr", {},
    ["Date", "Source", "Event", "Target", "Certainty", "Evidence"].map((t) => h("th", {}, t)))));
  const body = h("tbody");
  for (const e of events) {
    const ev = e.evidence.text;
    const at = e.trigger.start - e.evidence.start;
    const snippet = at >= 0 && at <= ev.length
      ? [ev.slice(0, at), h("mark", {class: "trigger"}, e.trigger.text),
        ev.slice(at + e.trigger.text.length)]
      : [ev];
    const flags = [e.negated ? " (negated)" : "", e.modality !== "asserted" ? ` (${e.modality})` : ""];
    body.append(h("tr", {class: "row", "data-event": e.id,
      onclick: (ev2) => { if (ev2.target.tagName !== "A") go(`evidence/${e.article_id}/${e.id}`); }},
    h("td", {}, e.date || h("span", {class: "muted"}, "undated")),
    h("td", {}, actorList(e.source, e.source_names)),
    h("td", {}, typePill(e), flags.join("")),
    h("td", {}, actorList(e.target, e.target_names)),
    h("td", {}, e.attribution.certainty),
    h("td", {class: "snippet"}, snippet)));
  }
  table.append(body);
  root.append(events.length ? table : h("p", {class: "muted"}, "No events match."));
}

// --- Evidence -------------------------------------------------------------------------
function attributionSentence(att) {
  const parts = [];
  const outlets = att.sources.filter((x) => x.via_text).map((x) => x.via_text);
  const named = att.sources.map((x) => x.text).filter(Boolean);
  if (outlets.length) parts.push(`reported by ${[...new Set(outlets)].join(" and ")}`);
  if (named.length) parts.push((outlets.length ? "citing " : "according to ") + named.join(" and "));
  if (!parts.length) parts.push("asserted by the article itself");
  let text = parts.join(", ");
  if (att.hedges.length) text += ` — hedged: ${att.hedges.map((x) => `“${x}”`).join(", ")}`;
  return text.charAt(0).toUpperCase() + text.slice(1) + ".";
}

// The article's text cut at every span boundary; each piece carries the classes covering it.
function highlighted(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const sp of spans) { cuts.add(sp.start); cuts.add(sp.end); }
  const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const over = spans.filter((sp) => sp.start <= a && sp.end >= b);
    const piece = text.slice(a, b);
    if (!over.length) { out.push(piece); continue; }
    const actor = over.find((sp) => sp.actor);
    out.push(h("span", {
      class: [...new Set(over.map((sp) => sp.cls))].join(" "),
      "data-actor": actor ? actor.actor : null,
      onclick: actor ? () => go("actor/" + encodeURIComponent(actor.actor)) : null,
    }, piece));
  }
  return out;
}

async function viewEvidence(root, parts) {
  const [articleId, eventId] = [parts[1], parts[2]];
  const data = await api("articles/" + encodeURIComponent(articleId));
  const art = data.article;
  const names = Object.fromEntries(data.actors.map((a) => [a.id, a.name]));
  const event = data.events.find((e) => e.id === eventId) || data.events[0];
  root.append(h("h1", {}, art.title || "(untitled article)"),
    h("p", {class: "muted"}, [art.outlet, art.published, art.url].filter(Boolean).join(" · ")));
  const spans = [];
  for (const m of data.mentions) spans.push({start: m.start, end: m.end, cls: "actor", actor: m.actor});
  for (const q of data.quotes) {
    for (const c of q.content) spans.push({start: c.start, end: c.end, cls: "quote"});
    if (q.cue) spans.push({start: q.cue.start, end: q.cue.end, cls: "cue"});
  }
  const side = h("div", {});
  if (event) {
    const ev = event.evidence;
    spans.push({start: ev.start, end: ev.end, cls: "evidence"});
    spans.push({start: event.trigger.start, end: event.trigger.end, cls: "trigger"});
    // Hedge words inside the evidence sentence, found where the attribution names them.
    for (const hedge of event.attribution.hedges) {
      const at = ev.text.toLowerCase().indexOf(hedge.toLowerCase());
      if (at >= 0) spans.push({start: ev.start + at, end: ev.start + at + hedge.length, cls: "hedge"});
    }
    side.append(h("div", {class: "card", id: "event-card"},
      h("h2", {}, "Event"),
      h("p", {}, actorList(event.source, event.source.map((i) => names[i])), " ",
        typePill(event), " ", actorList(event.target, event.target.map((i) => names[i]))),
      h("dl", {class: "codes"},
        h("dt", {}, "Trigger"), h("dd", {}, `“${event.trigger.text}”`),
        h("dt", {}, "Date"), h("dd", {}, `${event.date || "undated"} (${event.date_precision})`),
        h("dt", {}, "Place"), h("dd", {}, event.place ? `${event.place.name} (${event.place.country || "?"})` : "—"),
        h("dt", {}, "Quad class"), h("dd", {}, QUAD[event.quad_class] || "—"),
        h("dt", {}, "Goldstein"), h("dd", {}, event.goldstein ?? "—"),
        h("dt", {}, "Modality"), h("dd", {}, event.modality + (event.negated ? ", negated" : "")),
        h("dt", {}, "Certainty"), h("dd", {}, event.attribution.certainty)),
      h("p", {id: "attribution"}, attributionSentence(event.attribution))));
  }
  const list = h("ul", {class: "plain"});
  for (const e of data.events) {
    list.append(h("li", {}, h("a", {href: `#/evidence/${art.id}/${e.id}`,
      class: e === event ? "current" : null}, `${e.plover}: “${e.trigger.text}”`),
    " ", h("span", {class: "muted"}, e.date || "")));
  }
  side.append(h("div", {class: "card"}, h("h2", {}, `All events in this article (${data.events.length})`), list));
  root.append(h("div", {class: "grid"},
    h("div", {}, h("div", {class: "legend"},
      h("span", {class: "trigger"}, "trigger"), h("span", {class: "evidence"}, "evidence"),
      h("span", {class: "actor"}, "actor"), h("span", {class: "quote"}, "quote"),
      h("span", {class: "hedge"}, "hedge")),
    h("div", {class: "article-text", id: "article-text"}, highlighted(art.text, spans))),
    side));
  const mark = root.querySelector(".trigger.evidence, .trigger");
  if (mark && mark.scrollIntoView) mark.scrollIntoView({block: "center"});
}

// --- Charts (SVG, drawn here: no chart library) -----------------------------------------
function barChart(points, onPick) {
  const W = 900, H = 300, L = 40, R = 40, T = 10, B = 50;
  const svg = s("svg", {viewBox: `0 0 ${W} ${H}`, width: "100%", id: "series-chart", role: "img"});
  const max = Math.max(1, ...points.map((p) => p.events));
  const n = Math.max(points.length, 1);
  const bw = (W - L - R) / n;
  const y = (v) => T + (H - T - B) * (1 - v / max);
  const gy = (g) => T + (H - T - B) * (1 - (g + 10) / 20);
  svg.append(s("line", {x1: L, x2: W - R, y1: H - B, y2: H - B, stroke: "#aab"}));
  svg.append(s("text", {x: 4, y: T + 10}, String(max)), s("text", {x: 4, y: H - B}, "0"));
  svg.append(s("text", {x: W - R + 4, y: T + 10}, "+10"), s("text", {x: W - R + 4, y: H - B}, "−10"));
  points.forEach((p, i) => {
    let base = 0;
    const g = s("g", {class: "bar", "data-period": p.period, style: "cursor:pointer",
      onclick: () => onPick(p)});
    for (const q of ["1", "2", "3", "4"]) {
      const c = p.by_quad_class[q] || 0;
      if (!c) continue;
      g.append(s("rect", {x: L + i * bw + bw * 0.15, width: bw * 0.7, y: y(base + c),
        height: y(base) - y(base + c), fill: QUAD_COLOR[q]},
      s("title", {}, `${p.period}: ${c} ${QUAD[q]}`)));
      base += c;
    }
    svg.append(g);
    svg.append(s("text", {x: L + i * bw + bw / 2, y: H - B + 14, "text-anchor": "middle"}, p.period));
  });
  const line = points.filter((p) => p.goldstein_mean != null)
    .map((p) => [L + points.indexOf(p) * bw + bw / 2, gy(p.goldstein_mean)]);
  if (line.length > 1) {
    svg.append(s("polyline", {points: line.map((xy) => xy.join(",")).join(" "), fill: "none",
      stroke: "#333", "stroke-dasharray": "4 3"}));
  }
  for (const [i, [px, py]] of line.entries()) {
    const p = points.filter((q) => q.goldstein_mean != null)[i];
    svg.append(s("circle", {cx: px, cy: py, r: 4, fill: "#333", class: "point",
      "data-period": p.period, style: "cursor:pointer", onclick: () => onPick(p)},
    s("title", {}, `${p.period}: mean Goldstein ${p.goldstein_mean}, ${p.events} events`)));
  }
  return svg;
}

function legend() {
  return h("div", {class: "legend"}, Object.entries(QUAD).map(([q, t]) =>
    h("span", {}, h("span", {class: "swatch", style: `background:${QUAD_COLOR[q]}`}), t)),
  h("span", {}, "- - mean Goldstein score (right axis)"));
}

async function eventList(ids) {
  const box = h("div", {id: "period-events"});
  const events = await Promise.all(ids.slice(0, 50).map((id) => api("events/" + encodeURIComponent(id))));
  const list = h("ul", {class: "plain"});
  for (const e of events) {
    list.append(h("li", {}, h("a", {href: `#/evidence/${e.article_id}/${e.id}`}, e.date || "undated"),
      " ", actorList(e.source, e.source_names), " ", typePill(e), " ",
      actorList(e.target, e.target_names), " — ", h("span", {class: "muted"}, e.evidence.text)));
  }
  box.append(list);
  return box;
}

// --- Dyad -------------------------------------------------------------------------------
async function viewDyad(root, params) {
  let a = params.get("a"), b = params.get("b");
  if (!a && !b) {
    // With no pair asked for, show the strongest pair of countries in the store.
    const net = await api("network", {limit: 50});
    const country = Object.fromEntries(net.nodes.map((n) => [n.id, n.country]));
    const top = net.edges.find((e) => country[e.source] && country[e.target] &&
      country[e.source] !== country[e.target]) || net.edges[0];
    if (top) {
      a = country[top.source] || top.source;
      b = country[top.target] || top.target;
    }
  }
  const by = params.get("by") || "month";
  const directed = params.get("directed") === "true";
  const happened = params.get("happened_only") === "true";
  root.append(h("h1", {}, "Dyad"), filterForm([
    ["a", "Actor or country A"], ["b", "Actor or country B"],
    ["by", "By", "select", [["day", "day"], ["week", "week"], ["month", "month"], ["year", "year"]]],
    ["directed", "A → B only", "checkbox"], ["happened_only", "Happened only", "checkbox"],
  ], new URLSearchParams({a: a || "", b: b || "", by, directed: String(directed),
    happened_only: String(happened)}), (v) => go("dyad", v)));
  const points = await api("series", {a, b, by, directed, happened_only: happened, event_ids: true});
  const detail = h("div", {});
  root.append(h("div", {class: "toolbar"},
    h("span", {class: "count"}, `${a || "all"} ↔ ${b || "all"}: ${points.reduce((t, p) => t + p.events, 0)} events in ${points.length} periods`),
    exportButtons(null, {}, () => points.map((p) => ({period: p.period, events: p.events,
      goldstein_mean: p.goldstein_mean, ...Object.fromEntries(Object.entries(p.by_quad_class)
        .map(([q, c]) => ["quad_" + q, c])), ...p.by_type})))));
  root.append(h("div", {class: "card"}, legend(), barChart(points, async (p) => {
    detail.replaceChildren(h("h2", {}, `Events in ${p.period}`), await eventList(p.event_ids));
  })), detail);
}

// --- Network ----------------------------------------------------------------------------
function layout(nodes, edges, W, H) {
  // A small force layout: springs on edges, repulsion between nodes, fixed seed positions.
  const pos = nodes.map((n, i) => ({x: W / 2 + Math.cos(i * 2.4) * W / 3 * ((i % 3 + 1) / 3),
    y: H / 2 + Math.sin(i * 2.4) * H / 3 * ((i % 3 + 1) / 3)}));
  const index = Object.fromEntries(nodes.map((n, i) => [n.id, i]));
  for (let it = 0; it < 300; it++) {
    const force = pos.map(() => ({x: 0, y: 0}));
    for (let i = 0; i < pos.length; i++) {
      for (let j = i + 1; j < pos.length; j++) {
        const dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
        const d2 = Math.max(dx * dx + dy * dy, 25);
        const f = 6000 / d2;
        force[i].x += f * dx / Math.sqrt(d2); force[i].y += f * dy / Math.sqrt(d2);
        force[j].x -= f * dx / Math.sqrt(d2); force[j].y -= f * dy / Math.sqrt(d2);
      }
    }
    for (const e of edges) {
      const [i, j] = [index[e.source], index[e.target]];
      const dx = pos[j].x - pos[i].x, dy = pos[j].y - pos[i].y;
      const d = Math.sqrt(dx * dx + dy * dy) || 1;
      const f = (d - 120) * 0.02;
      force[i].x += f * dx / d; force[i].y += f * dy / d;
      force[j].x -= f * dx / d; force[j].y -= f * dy / d;
    }
    pos.forEach((p, i) => {
      p.x = Math.min(W - 60, Math.max(60, p.x + Math.max(-10, Math.min(10, force[i].x))));
      p.y = Math.min(H - 20, Math.max(20, p.y + Math.max(-10, Math.min(10, force[i].y))));
    });
  }
  return pos;
}

async function viewNetwork(root, params) {
  const filters = paramsObject(params, ["type", "since", "until", "happened_only", "actor"]);
  root.append(h("h1", {}, "Network"), filterForm([
    ["actor", "Around actor"], ["type", "Type", "select", PLOVER.map((t) => [t, t])],
    ["since", "Since", "date"], ["until", "Until", "date"],
    ["happened_only", "Happened only", "checkbox"]], params, (v) => go("network", v)));
  const net = await api("network", {...filters, limit: 150});
  root.append(h("div", {class: "toolbar"},
    h("span", {class: "count"}, `${net.nodes.length} actors, ${net.edges.length} links`),
    exportButtons(null, {}, () => net.edges)));
  const W = 900, H = 560;
  const svg = s("svg", {viewBox: `0 0 ${W} ${H}`, width: "100%", id: "network-graph"});
  svg.append(s("defs", {}, s("marker", {id: "arrow", viewBox: "0 0 10 10", refX: 18, refY: 5,
    markerWidth: 6, markerHeight: 6, orient: "auto"}, s("path", {d: "M0,0 L10,5 L0,10 z", fill: "#99a"}))));
  const pos = layout(net.nodes, net.edges, W, H);
  const index = Object.fromEntries(net.nodes.map((n, i) => [n.id, i]));
  for (const e of net.edges) {
    const [a, b] = [pos[index[e.source]], pos[index[e.target]]];
    const color = e.goldstein_mean < 0 ? QUAD_COLOR[4] : QUAD_COLOR[1];
    svg.append(s("line", {x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: color, class: "edge",
      "stroke-width": 1 + Math.log2(e.weight), "marker-end": "url(#arrow)", opacity: 0.7},
    s("title", {}, `${e.weight} events, mean Goldstein ${e.goldstein_mean}: ${Object.entries(e.by_type).map(([t, c]) => `${t} ${c}`).join(", ")}`)));
  }
  net.nodes.forEach((n, i) => {
    const g = s("g", {class: "node", "data-actor": n.id, style: "cursor:pointer",
      onclick: () => go("actor/" + encodeURIComponent(n.id))});
    g.append(s("circle", {cx: pos[i].x, cy: pos[i].y, r: 6 + Math.sqrt(n.weight) * 2,
      fill: "#2754c5", opacity: 0.85}), s("text", {x: pos[i].x + 10, y: pos[i].y - 8}, n.name));
    svg.append(g);
  });
  root.append(h("div", {class: "card"}, h("p", {class: "muted"},
    "Arrows point from source to target; green: cooperation on average, red: conflict. Click an actor for its card."), svg));
}

// --- Map --------------------------------------------------------------------------------
async function viewMap(root, params) {
  const filters = paramsObject(params, ["type", "since", "until", "search"]);
  root.append(h("h1", {}, "Map"), filterForm([
    ["search", "Text", "search"], ["type", "Type", "select", PLOVER.map((t) => [t, t])],
    ["since", "Since", "date"], ["until", "Until", "date"]], params, (v) => go("map", v)));
  const data = await api("places", {...filters, limit: 1000});
  const W = 960, H = 480;
  const x = (lon) => (lon + 180) / 360 * W, y = (lat) => (90 - lat) / 180 * H;
  const svg = s("svg", {viewBox: `0 0 ${W} ${H}`, width: "100%", id: "map",
    style: "background:#eef3f8"});
  for (let lon = -180; lon <= 180; lon += 30) {
    svg.append(s("line", {x1: x(lon), x2: x(lon), y1: 0, y2: H, stroke: "#d5dde8"}));
  }
  for (let lat = -90; lat <= 90; lat += 30) {
    svg.append(s("line", {x1: 0, x2: W, y1: y(lat), y2: y(lat), stroke: "#d5dde8"}));
    svg.append(s("text", {x: 2, y: y(lat) - 2, fill: "#889"}, `${lat}°`));
  }
  const detail = h("div", {});
  for (const c of data.countries) {  // a backdrop: one faint dot per country
    svg.append(s("circle", {cx: x(c.lon), cy: y(c.lat), r: 2.5, fill: "#c3cedc"},
      s("title", {}, c.name)));
  }
  for (const p of data.mentioned) {
    svg.append(s("circle", {cx: x(p.lon), cy: y(p.lat), r: 3 + Math.sqrt(p.mentions), fill: "#8894a8",
      opacity: 0.6, class: "mentioned"}, s("title", {}, `${p.name} (${p.country || "?"}): named ${p.mentions} times`)));
    svg.append(s("text", {x: x(p.lon) + 6, y: y(p.lat) + 4, fill: "#556"}, p.name));
  }
  for (const p of data.events) {
    svg.append(s("circle", {cx: x(p.lon), cy: y(p.lat), r: 4 + Math.sqrt(p.events) * 2,
      fill: QUAD_COLOR[4], opacity: 0.85, class: "event-point", style: "cursor:pointer",
      onclick: async () => detail.replaceChildren(h("h2", {}, `Events at ${p.name}`), await eventList(p.event_ids))},
    s("title", {}, `${p.name}: ${p.events} events`)));
  }
  root.append(h("div", {class: "toolbar"},
    h("span", {class: "count"}, `${data.events.length} places with events, ${data.mentioned.length} places named`),
    exportButtons(null, {}, () => [...data.events.map((p) => ({layer: "events", ...p})),
      ...data.mentioned.map((p) => ({layer: "named", ...p}))])),
  h("div", {class: "card"}, h("div", {class: "legend"},
    h("span", {}, h("span", {class: "swatch", style: `background:${QUAD_COLOR[4]}`}), "events placed here"),
    h("span", {}, h("span", {class: "swatch", style: "background:#8894a8"}), "places the articles name")), svg),
  detail);
}

// --- Quotes -----------------------------------------------------------------------------
async function viewQuotes(root, params) {
  const filters = paramsObject(params, ["search", "actor", "country", "since", "until"]);
  root.append(h("h1", {}, "Quotes"), filterForm([
    ["search", "Text", "search"], ["actor", "Speaker"], ["country", "Country (ISO3)"],
    ["since", "Since", "date"], ["until", "Until", "date"]], params, (v) => go("quotes", v)));
  const quotes = await api("quotes", {...filters, limit: 500});
  root.append(h("div", {class: "toolbar"}, h("span", {class: "count"}, `${quotes.length} quotes`),
    exportButtons("quotes", filters)));
  const table = h("table", {id: "quotes-table"}, h("thead", {}, h("tr", {},
    ["Speaker", "Cue", "Kind", "Content"].map((t) => h("th", {}, t)))));
  const body = h("tbody");
  for (const q of quotes) {
    body.append(h("tr", {class: "row", onclick: (ev) => {
      if (ev.target.tagName !== "A") go(`evidence/${q.article_id}`);
    }},
    h("td", {}, q.speaker ? actorLink(q.speaker, q.speaker_name || q.speaker_text) : q.speaker_text || "—",
      q.speaker_role ? h("div", {class: "muted"}, q.speaker_role) : null),
    h("td", {}, q.cue ? q.cue.text : "—"), h("td", {}, q.kind),
    h("td", {class: "quote"}, q.content.map((c) => c.text).join(" … "))));
  }
  table.append(body);
  root.append(quotes.length ? table : h("p", {class: "muted"}, "No quotes match."));
}

// --- Stories: each real event once, with its reports ---------------------------------
async function viewStories(root, params) {
  const filters = paramsObject(params, EVENT_FILTERS.map((f) => f[0]));
  root.append(h("h1", {}, "Story events"),
    h("p", {class: "muted"}, "Reports of one real event, from any sentence or article, merged: each row is counted once in series, networks and alerts."),
    filterForm(EVENT_FILTERS, params, (v) => go("stories", v)));
  const stories = await api("stories", {...filters, limit: 500});
  root.append(h("div", {class: "toolbar"},
    h("span", {class: "count"}, `${stories.length} story events`),
    exportButtons("stories", filters),
    ["gdelt", "polecat"].map((layout) => h("a", {class: "export", download: true,
      href: `/api/export/stories/${layout}?${new URLSearchParams(filters)}`},
    h("button", {type: "button"}, `${layout.toUpperCase()} layout`)))));
  const table = h("table", {id: "stories-table"}, h("thead", {}, h("tr", {},
    ["Date", "Source", "Event", "Target", "Reports", "Certainty", "First seen"].map((t) => h("th", {}, t)))));
  const body = h("tbody");
  for (const st of stories) {
    const reports = h("tr", {class: "mentions", hidden: true}, h("td", {colspan: 7},
      h("ul", {class: "plain"}, st.mentions.map((m) => h("li", {},
        h("a", {href: `#/evidence/${m.article_id}/${m.event_id}`}, m.outlet || m.article_id),
        ` ${m.published || ""} · ${m.certainty} — `, h("span", {class: "muted"}, m.evidence.text))))));
    body.append(h("tr", {class: "row", "data-story": st.id, onclick: (ev) => {
      if (ev.target.tagName !== "A") reports.hidden = !reports.hidden;
    }},
    h("td", {}, st.date || h("span", {class: "muted"}, "undated")),
    h("td", {}, actorList(st.source, st.source_names)), h("td", {}, typePill(st)),
    h("td", {}, actorList(st.target, st.target_names)),
    h("td", {}, `${st.mention_count} in ${st.article_count} articles, ${st.outlet_count} outlets`),
    h("td", {}, st.certainty), h("td", {}, st.first_seen || "—")), reports);
  }
  table.append(body);
  root.append(stories.length ? table : h("p", {class: "muted"}, "No story events match."));
}

// --- Alerts, with the top actors and dyads -----------------------------------------------
async function viewAlerts(root, params) {
  const by = params.get("by") || "week";
  const minEvents = params.get("min_events") || "3";
  const z = params.get("z") || "2";
  root.append(h("h1", {}, "Alerts"), h("p", {class: "muted"},
    "Periods where a country's story events exceed twice their 4-period mean and their 52-period mean by 2 standard deviations, or a dyad's mean Goldstein score falls 3 below its 52-period mean."),
  filterForm([["by", "By", "select", [["week", "week"], ["month", "month"]]],
    ["min_events", "Minimum events", "number"], ["z", "Standard deviations", "number"]],
  new URLSearchParams({by, min_events: minEvents, z}), (v) => go("alerts", v)));
  const [alerts, dyads, actors] = await Promise.all([
    api("alerts", {by, min_events: minEvents, z}), api("top/dyads", {limit: 15}),
    api("top/actors", {limit: 15})]);
  const table = h("table", {id: "alerts-table"}, h("thead", {}, h("tr", {},
    ["Period", "Subject", "Kind", "Value", "4-period mean", "52-period mean", "z"].map((t) => h("th", {}, t)))),
  h("tbody", {}, alerts.map((a) => h("tr", {}, h("td", {}, a.period),
    h("td", {}, a.subject.includes("-")
      ? h("a", {href: `#/dyad?a=${a.subject.split("-")[0]}&b=${a.subject.split("-")[1]}&by=${by}`}, a.subject)
      : h("a", {href: `#/events?country=${a.subject}`}, a.subject)),
    h("td", {}, a.kind), h("td", {}, a.value), h("td", {}, a.baseline_4 ?? "—"),
    h("td", {}, a.baseline_52), h("td", {}, a.z ?? "—")))));
  root.append(h("div", {class: "toolbar"}, h("span", {class: "count"}, `${alerts.length} alerts`),
    exportButtons(null, {}, () => alerts)),
  alerts.length ? table : h("p", {class: "muted", id: "no-alerts"}, "No period departs from its baselines."),
  h("div", {class: "grid"},
    h("div", {class: "card"}, h("h2", {}, "Top dyads (story events)"),
      h("ul", {class: "plain", id: "top-dyads"}, dyads.map((d) => h("li", {},
        h("a", {href: `#/dyad?a=${d.source}&b=${d.target}`}, `${d.source} → ${d.target}`),
        ` · ${d.stories} events · mean Goldstein ${d.goldstein ?? "—"}`)))),
    h("div", {class: "card"}, h("h2", {}, "Top actors"),
      h("ul", {class: "plain", id: "top-actors"}, actors.map((a) => h("li", {},
        actorLink(a.id, a.name), ` ${a.country || ""} · ${a.stories} events`))))));
}

// --- Actors -----------------------------------------------------------------------------
async function viewActors(root, params) {
  const filters = paramsObject(params, ["actor", "country", "search"]);
  root.append(h("h1", {}, "Actors"), filterForm([
    ["actor", "Name"], ["country", "Country (ISO3)"], ["search", "In articles about", "search"]],
  params, (v) => go("actors", v)));
  const actors = await api("actors", {...filters, limit: 500});
  root.append(h("div", {class: "toolbar"}, h("span", {class: "count"}, `${actors.length} actors`),
    exportButtons("actors", filters)));
  const table = h("table", {id: "actors-table"}, h("thead", {}, h("tr", {},
    ["Name", "Kind", "Country", "Sector", "Mentions", "Articles"].map((t) => h("th", {}, t)))));
  const body = h("tbody");
  for (const a of actors) {
    body.append(h("tr", {}, h("td", {}, actorLink(a.id, a.name)), h("td", {}, a.kind),
      h("td", {}, a.country || "—"), h("td", {}, a.sector || "—"), h("td", {}, a.mention_count),
      h("td", {}, a.article_count)));
  }
  table.append(body);
  root.append(table);
}

async function viewActor(root, parts) {
  const a = await api("actors/" + encodeURIComponent(parts[1]));
  root.append(h("h1", {id: "actor-name"}, a.name));
  const codes = h("div", {class: "card", id: "actor-card"}, h("dl", {class: "codes"},
    h("dt", {}, "Also called"), h("dd", {}, a.aliases.length ? a.aliases.join(", ") : "—"),
    h("dt", {}, "Kind"), h("dd", {}, a.kind),
    h("dt", {}, "Country"), h("dd", {}, a.country || "—"),
    h("dt", {}, "Sector"), h("dd", {}, a.sector || "—"),
    h("dt", {}, "Mentions"), h("dd", {}, `${a.mention_count} in ${a.article_count} articles`),
    h("dt", {}, "First seen"), h("dd", {}, a.first_seen || "—"),
    h("dt", {}, "Last seen"), h("dd", {}, a.last_seen || "—")));
  if (a.roles.length) {
    codes.append(h("h2", {}, "Roles"), h("ul", {class: "plain", id: "actor-roles"}, a.roles.map((r) =>
      h("li", {}, `${r.role} (${r.country}, ${r.sector}): ${r.start || "?"} – ${r.end || "present"}`))));
  }
  if (a.described_as.length) {  // what the stored articles say the actor is
    codes.append(h("h2", {}, "Described as"), h("ul", {class: "plain", id: "actor-described"},
      a.described_as.map((r) => h("li", {}, r.role,
        r.affiliation ? [" — ", actorLink(r.affiliation, r.affiliation_name)] : null,
        ` (${r.articles} article${r.articles === 1 ? "" : "s"})`))));
  }
  const partners = h("ul", {class: "plain", id: "actor-partners"}, a.partners.map((p) =>
    h("li", {}, actorLink(p.id, p.name), ` ${p.country || ""} · ${p.events} events · mean Goldstein ${p.goldstein_mean ?? "—"} `,
      h("a", {href: `#/dyad?a=${encodeURIComponent(a.id)}&b=${encodeURIComponent(p.id)}`}, "dyad"))));
  const quotes = h("ul", {class: "plain", id: "actor-quotes"}, a.quotes.map((q) =>
    h("li", {}, h("a", {href: `#/evidence/${q.article_id}`}, q.cue ? q.cue.text : q.kind), " ",
      h("span", {class: "quote"}, q.content.map((c) => c.text).join(" … ")))));
  const detail = h("div", {});
  root.append(h("div", {class: "grid"},
    h("div", {}, codes, h("div", {class: "card"}, h("h2", {}, "Timeline (events by month)"), legend(),
      barChart(a.timeline.map((p) => ({...p, event_ids: []})), (p) =>
        go("events", {actor: a.id, since: p.period.length === 7 ? p.period + "-01" : p.period,
          until: p.period.length === 7 ? p.period + "-31" : p.period}))), detail),
    h("div", {}, h("div", {class: "card"}, h("h2", {}, "Top partners"),
      a.partners.length ? partners : h("p", {class: "muted"}, "none")),
    h("div", {class: "card"}, h("h2", {}, `Quotes (${a.quotes.length})`),
      a.quotes.length ? quotes : h("p", {class: "muted"}, "none")),
    h("div", {class: "toolbar"}, exportButtons("events", {actor: a.id})))));
}

const VIEWS = {events: viewEvents, stories: viewStories, dyad: viewDyad, network: viewNetwork,
  map: viewMap, quotes: viewQuotes, actors: viewActors, alerts: viewAlerts};

async function render() {
  const {parts, params} = route();
  const root = document.getElementById("view");
  root.replaceChildren();
  root.removeAttribute("data-ready");
  for (const a of document.querySelectorAll("nav a")) {
    a.classList.toggle("active", a.dataset.view === parts[0]);
  }
  try {
    if (parts[0] === "evidence") await viewEvidence(root, parts);
    else if (parts[0] === "actor") await viewActor(root, parts);
    else await (VIEWS[parts[0]] || viewEvents)(root, params);
  } catch (err) {
    root.append(h("p", {class: "error"}, "Could not load: " + err.message));
  }
  root.setAttribute("data-ready", parts[0]);  // for tests and scripts waiting on the view
}

window.addEventListener("hashchange", render);
render();
