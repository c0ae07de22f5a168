// newsgraph web UI. Every piece of article text is untrusted: it is only ever
// put into the page as text (h() makes text nodes; no innerHTML anywhere).
"use strict";

const QUAD = { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" };

// h builds an element: h("a", {href: "/x", class: "y"}, "text", child...).
function h(tag, props, ...kids) {
  const el = tag === "svg" || SVGTAGS.has(tag) ? document.createElementNS("http://www.w3.org/2000/svg", tag) : document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k === "href") el.setAttribute("href", safeHref(v));
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const kid of kids.flat(Infinity)) {
    if (kid === undefined || kid === null || kid === false) continue;
    el.append(kid instanceof Node ? kid : document.createTextNode(String(kid)));
  }
  return el;
}
const SVGTAGS = new Set(["g", "rect", "line", "circle", "text", "title", "path"]);

// safeHref keeps internal paths and http(s) links; anything else (javascript:, data:) becomes "#".
function safeHref(v) {
  const s = String(v);
  if (s.startsWith("/") && !s.startsWith("//")) return s;
  try {
    const u = new URL(s);
    if (u.protocol === "http:" || u.protocol === "https:") return u.href;
  } catch (e) { /* not a URL */ }
  return "#";
}

// link is an internal link handled by the router.
function link(path, ...kids) { return h("a", { href: path, "data-nav": true }, ...kids); }

function qs(params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "" && v !== false) p.set(k, v);
  const s = p.toString();
  return s ? "?" + s : "";
}

async function api(path, params) {
  const r = await fetch("/api/" + path + qs(params || {}), { headers: { Accept: "application/json" } });
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error(body.error || r.status + " " + r.statusText);
  return body;
}

const main = () => document.getElementById("main");
// show replaces the page's content; page names the view for tests and styles.
function show(...kids) {
  const m = main();
  m.replaceChildren(...kids.flat(Infinity).filter((k) => k !== null && k !== undefined && k !== false));
  m.dataset.page = currentPage;
  window.scrollTo(0, 0);
}
let currentPage = "";
function fail(err) { show(h("p", { class: "error" }, "Error: " + err.message)); }
function entityPath(id) { return "/entity/" + encodeURIComponent(id); }
function articlePath(id) { return "/article/" + encodeURIComponent(id); }
function params() { return Object.fromEntries(new URLSearchParams(location.search)); }

// ---------- router ----------
const routes = [
  [/^\/$/, home], [/^\/search$/, searchPage], [/^\/article\/(.+)$/, articlePage], [/^\/entity\/(.+)$/, entityPage],
  [/^\/entities$/, entitiesPage], [/^\/timeline$/, timelinePage], [/^\/network$/, networkPage],
  [/^\/quotes$/, quotesPage], [/^\/duplicates$/, duplicatesPage],
];

function navigate(url, replace) {
  if (replace) history.replaceState(null, "", url); else history.pushState(null, "", url);
  route();
}

async function route() {
  const path = location.pathname;
  for (const a of document.querySelectorAll("header nav a")) a.classList.toggle("active", path.startsWith(a.getAttribute("href")));
  if (window.stopGraph) window.stopGraph();
  for (const [re, fn] of routes) {
    const m = path.match(re);
    if (m) {
      currentPage = fn.name.replace(/Page$/, "");
      try { await fn(...m.slice(1).map(decodeURIComponent)); } catch (e) { fail(e); }
      return;
    }
  }
  show(h("h1", {}, "Not found"), h("p", {}, link("/", "Back to the start")));
}

document.addEventListener("click", (ev) => {
  const a = ev.target.closest("a[data-nav]");
  if (!a || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.button !== 0) return;
  ev.preventDefault();
  navigate(a.getAttribute("href"));
});
window.addEventListener("popstate", route);
document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("topsearch").addEventListener("submit", (ev) => {
    ev.preventDefault();
    navigate("/search" + qs({ q: document.getElementById("topq").value }));
  });
  route();
});

// filterForm renders a form of fields [name, label, type] that navigates to path with the values.
function filterForm(path, fields, values) {
  const inputs = {};
  const form = h("form", { class: "filters", onsubmit: (ev) => {
    ev.preventDefault();
    const p = {};
    for (const [name, el] of Object.entries(inputs)) p[name] = el.type === "checkbox" ? (el.checked ? "1" : "") : el.value.trim();
    navigate(path + qs(p));
  } });
  for (const [name, label, type, opts] of fields) {
    let el;
    if (type === "select") {
      el = h("select", { name }, opts.map(([v, t]) => h("option", { value: v, selected: (values[name] || "") === v }, t)));
    } else if (type === "checkbox") {
      el = h("input", { type: "checkbox", name, checked: !!values[name] });
    } else {
      el = h("input", { type: type || "text", name, value: values[name] || "" });
    }
    inputs[name] = el;
    form.append(h("label", {}, label, el));
  }
  form.append(h("button", { type: "submit" }, "Apply"));
  return form;
}

const quadOptions = [["", "all"], ["1", "1 verbal cooperation"], ["2", "2 material cooperation"], ["3", "3 verbal conflict"], ["4", "4 material conflict"]];

function pager(path, p, count, limit) {
  const off = +(p.offset || 0);
  return h("div", { class: "pager" },
    off > 0 ? link(path + qs({ ...p, offset: Math.max(0, off - limit) }), "← Previous") : null,
    h("span", { class: "muted small" }, count ? `${off + 1}–${off + count}` : ""),
    count === limit ? link(path + qs({ ...p, offset: off + limit }), "Next →") : null);
}

// ---------- pages ----------
async function home() {
  const [st, ents, recent] = await Promise.all([api("stats"), api("entities", { limit: 15 }), api("articles", { limit: 10, primary: 1 })]);
  const stat = (n, label) => h("div", { class: "card" }, h("b", {}, n.toLocaleString()), h("span", { class: "muted small" }, label));
  show(
    h("h1", {}, "News knowledge base"),
    h("div", { class: "stats" }, stat(st.articles, "articles"), stat(st.groups, "distinct stories"), stat(st.entities, "entities"),
      stat(st.quotes, "quotes"), stat(st.events, "events")),
    h("div", { class: "grid" },
      h("section", {}, h("h2", {}, "Latest stories"), recent.hits.map(hitCard)),
      h("aside", { class: "side" }, h("h2", {}, "Most mentioned"), h("ul", {}, ents.map((e) =>
        h("li", {}, link(entityPath(e.id), e.name), h("span", { class: "badge" }, e.type), " ", h("span", { class: "muted small" }, e.articles + " articles")))))));
}

function hitCard(hit) {
  return h("article", { class: "card hit" },
    h("h2", {}, link(articlePath(hit.id), hit.title || "(untitled)")),
    h("div", { class: "meta" }, hit.source ? h("span", {}, hit.source) : null, hit.published ? h("span", {}, hit.published.slice(0, 10)) : null,
      hit.copies > 1 ? h("span", {}, h("span", { class: "badge" + (hit.primary ? " primary" : "") }, (hit.primary ? "primary of " : "copy, ") + hit.copies + " copies")) : null),
    h("p", { class: "small" }, hit.snippet));
}

async function searchPage() {
  const p = params();
  const limit = 20;
  document.getElementById("topq").value = p.q || "";
  const res = await api("articles", { ...p, limit });
  show(
    h("h1", {}, p.q ? `Articles matching “${p.q}”` : "Articles"),
    filterForm("/search", [["q", "Words"], ["entity", "Entity ID"], ["country", "Country (ISO3)"], ["type", "Event type"],
      ["source", "Source"], ["from", "From", "date"], ["to", "To", "date"], ["primary", "Primary copies only", "checkbox"]], p),
    h("p", { class: "muted small" }, res.total >= 10000 ? "10,000+ results" : res.total + " results"),
    res.hits.map(hitCard),
    pager("/search", p, res.hits.length, limit));
}

// annotate renders the body with every annotation as nested spans. Offsets are code points.
function annotate(art, entityIds) {
  const chars = Array.from(art.body);
  const spans = [];
  art.entities.forEach((e) => {
    for (const m of e.mentions) spans.push({ s: m.start, e: m.end, k: "m", rank: 1, ent: e });
  });
  art.quotes.forEach((q, i) => spans.push({ s: q.start, e: q.end, k: "q", rank: 0, q, i }));
  art.times.forEach((t) => spans.push({ s: t.start, e: t.end, k: "t", rank: 2, t }));
  art.events.forEach((ev, i) => spans.push({ s: ev.trigger.start, e: ev.trigger.end, k: "ev", rank: 3, ev, i }));
  const valid = spans.filter((x) => x.s >= 0 && x.e > x.s && x.e <= chars.length);
  const cuts = new Set([0, chars.length]);
  for (const x of valid) { cuts.add(x.s); cuts.add(x.e); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = h("div", { class: "body", id: "body" });
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    let node = document.createTextNode(chars.slice(a, b).join(""));
    const cover = valid.filter((x) => x.s <= a && x.e >= b).sort((x, y) => y.rank - x.rank);
    for (const x of cover) {
      if (x.k === "m") {
        const gid = entityIds[x.ent.id] || "";
        const label = `${x.ent.name} · ${x.ent.type}${x.ent.country ? " · " + x.ent.country : ""}`;
        node = gid ? h("a", { class: "m m-" + x.ent.type, href: entityPath(gid), "data-nav": true, "data-ent": x.ent.id, title: label }, node)
          : h("span", { class: "m m-" + x.ent.type, title: label }, node);
      } else if (x.k === "q") {
        node = h("span", { class: "q", "data-quote": x.i, title: "quote (" + x.q.kind + ")" }, node);
      } else if (x.k === "t") {
        node = h("span", { class: "t", title: `${x.t.type} ${x.t.value}${x.t.mod ? " " + x.t.mod : ""}` }, node);
      } else {
        node = h("span", { class: "ev q" + x.ev.quad_class, "data-event": x.i, title: `${x.ev.plover} (CAMEO ${x.ev.cameo}): ${actors(x.ev.source)} → ${actors(x.ev.target)}` }, node);
      }
    }
    out.append(node);
  }
  return out;
}

// joined puts ", " between nodes or strings.
function joined(items) { return items.flatMap((x, i) => (i ? [", ", x] : [x])); }

function actors(list) { return (list || []).map((a) => a.name || a.entity || "?").join(", ") || "—"; }

function legend(body) {
  const item = (cls, label, swatchStyle) => {
    const box = h("input", { type: "checkbox", checked: true, onchange: (ev) => body.classList.toggle("hide-" + cls, !ev.target.checked) });
    return h("label", {}, box, h("span", { class: "swatch " + swatchStyle }), label);
  };
  return h("div", { class: "legend" }, item("m", "entities", "m-PERSON"), item("q", "quotes", "q-swatch"), item("t", "times", "t-swatch"),
    item("ev", "events", "ev-swatch"));
}

async function articlePage(id) {
  const res = await api("articles/" + encodeURIComponent(id));
  const a = res.article;
  const ids = res.entity_ids || {};
  const body = annotate(a, ids);
  const entName = (local) => { const e = a.entities.find((x) => x.id === local); return e ? e.name : ""; };
  const entLink = (local, fallback) => ids[local] ? link(entityPath(ids[local]), entName(local) || fallback) : (fallback || entName(local) || "?");
  const flash = (sel) => () => {
    for (const el of body.querySelectorAll(sel)) { el.classList.add("flash"); setTimeout(() => el.classList.remove("flash"), 1500); }
    const first = body.querySelector(sel); if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
  };
  const byType = {};
  for (const e of a.entities) (byType[e.type] = byType[e.type] || []).push(e);
  const side = h("aside", { class: "side" },
    h("h3", {}, "Entities"),
    Object.entries(byType).map(([t, es]) => h("div", {}, h("div", { class: "small muted" }, t),
      h("ul", {}, es.map((e) => h("li", { onmouseenter: flash(`[data-ent="${CSS.escape(e.id)}"]`) },
        h("span", { class: "swatch m-" + e.type }), " ", entLink(e.id, e.name), e.country ? h("span", { class: "badge" }, e.country) : null,
        h("span", { class: "muted small" }, " ×" + e.mentions.length),
        e.roles.length ? h("div", { class: "small muted" }, e.roles.join("; ")) : null))))),
    h("h3", {}, "Quotes"),
    a.quotes.length ? h("ul", {}, a.quotes.map((q, i) => h("li", { class: "quote", onmouseenter: flash(`[data-quote="${i}"]`) },
      h("span", { class: "who" }, q.speaker ? entLink(q.speaker, q.speaker_text && q.speaker_text.text) : (q.speaker_text ? q.speaker_text.text : "unattributed")),
      h("span", { class: "muted small" }, " " + q.kind + (q.date ? " · " + q.date.value : "")), h("blockquote", {}, q.text)))) : h("p", { class: "muted small" }, "none found"),
    h("h3", {}, "Events"),
    a.events.length ? h("ul", {}, a.events.map((ev, i) => h("li", { onmouseenter: flash(`[data-event="${i}"]`) },
      h("span", { class: "swatch stack" + ev.quad_class }), " ",
      joined(ev.source.map((x) => x.entity ? entLink(x.entity, x.name) : x.name)), " ", h("b", {}, ev.plover), " ",
      joined(ev.target.map((x) => x.entity ? entLink(x.entity, x.name) : x.name)),
      h("div", { class: "small muted" }, `CAMEO ${ev.cameo} · ${QUAD[ev.quad_class] || ""} · ${ev.status}${ev.date ? " · " + ev.date.value : ""}`)))) : h("p", { class: "muted small" }, "none found"),
    h("h3", {}, "Times"),
    a.times.length ? h("ul", {}, a.times.map((t) => h("li", {}, t.text, " → ", h("code", {}, t.value)))) : h("p", { class: "muted small" }, "none found"),
    res.copies && res.copies.length ? [h("h3", {}, "Other copies of this story"), h("ul", {}, res.copies.map((c) =>
      h("li", {}, link(articlePath(c.id), c.title || c.id), h("div", { class: "small muted" }, [c.source, (c.published || "").slice(0, 10)].filter(Boolean).join(" · ")))))] : null,
    a.warnings.length ? [h("h3", {}, "Warnings"), h("ul", {}, a.warnings.map((w) => h("li", { class: "small muted" }, w)))] : null);
  const boiler = a.boilerplate.length ? h("section", { class: "card boiler" }, h("h3", {}, "Separated from the page (not part of the story)"),
    a.boilerplate.map((b) => h("p", {}, h("span", { class: "kind" }, b.kind), b.text))) : null;
  show(
    h("div", { class: "grid" },
      h("article", {},
        h("div", { class: "meta" }, a.source ? h("span", {}, a.source) : null, a.section ? h("span", {}, a.section) : null,
          a.published ? h("span", {}, a.published) : null, a.language ? h("span", {}, a.language) : null,
          res.primary ? null : h("span", {}, h("span", { class: "badge" }, "syndicated copy"))),
        h("h1", {}, a.title || "(untitled)"),
        a.authors.length ? h("p", { class: "meta" }, "By " + a.authors.join(", ")) : null,
        a.dateline ? h("p", { class: "meta" }, a.dateline) : null,
        a.url ? h("p", { class: "small" }, h("a", { href: a.url, rel: "noopener noreferrer nofollow", target: "_blank" }, a.url)) : null,
        legend(body),
        h("div", { class: "card" }, body),
        boiler),
      side));
  document.title = (a.title || "Article") + " · newsgraph";
}

// barChart draws counts per day as SVG bars, filling the days between.
function barChart(perDay, onClick) {
  const W = 900, H = 180, pad = 24;
  const svg = h("svg", { class: "chart", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "mentions over time" });
  if (!perDay.length) { svg.append(h("text", { x: 10, y: 20 }, "no dated mentions")); return svg; }
  const days = fillDays(perDay.map((d) => d.date));
  const counts = Object.fromEntries(perDay.map((d) => [d.date, d.count]));
  const max = Math.max(...perDay.map((d) => d.count));
  const bw = Math.min(60, (W - 2 * pad) / days.length);
  days.forEach((day, i) => {
    const c = counts[day] || 0;
    if (!c) return;
    const bh = (H - 2 * pad) * c / max;
    svg.append(h("rect", { class: "bar", x: pad + i * bw, y: H - pad - bh, width: Math.max(1, bw - 1), height: bh, onclick: onClick ? () => onClick(day) : null },
      h("title", {}, `${day}: ${c}`)));
  });
  svg.append(h("text", { x: pad, y: H - 6 }, days[0]), h("text", { x: W - pad, y: H - 6, "text-anchor": "end" }, days[days.length - 1]),
    h("text", { x: 2, y: pad }, String(max)));
  return svg;
}

function fillDays(dates) {
  const sorted = [...new Set(dates)].sort();
  const start = new Date(sorted[0] + "T00:00:00Z"), end = new Date(sorted[sorted.length - 1] + "T00:00:00Z");
  const span = (end - start) / 864e5;
  if (!(span >= 0) || span > 1500) return sorted;
  const out = [];
  for (let d = start; d <= end; d = new Date(d.getTime() + 864e5)) out.push(d.toISOString().slice(0, 10));
  return out;
}

async function entityPage(id) {
  const [e, quotes, events, arts] = await Promise.all([api("entities/" + encodeURIComponent(id)), api("quotes", { speaker: id, limit: 20 }),
    api("events", { entity: id, limit: 30 }), api("articles", { entity: id, limit: 10 })]);
  show(
    h("h1", {}, e.name, h("span", { class: "badge" }, e.type), e.country ? h("span", { class: "badge" }, e.country) : null),
    h("p", { class: "meta" }, h("span", {}, `${e.articles} articles`), h("span", {}, `${e.mentions} mentions`), h("span", {}, `${e.quotes} quotes`),
      h("span", {}, `${e.as_source} events as source`), h("span", {}, `${e.as_target} as target`)),
    e.roles.length ? h("p", {}, h("b", {}, "Roles: "), e.roles.join("; ")) : null,
    e.orgs.length ? h("p", {}, h("b", {}, "Affiliations: "), e.orgs.join("; ")) : null,
    e.names.length ? h("p", { class: "small muted" }, "Also written: " + e.names.join(", ")) : null,
    h("p", {}, link("/network" + qs({ entity: id }), "Network around " + e.name), " · ", link("/timeline" + qs({ entity: id }), "Timeline of events"),
      " · ", link("/search" + qs({ entity: id }), "All articles"), " · ", h("a", { href: "/api/export/events.csv" + qs({ entity: id }) }, "Events CSV")),
    h("h2", {}, "Mentions over time"), h("div", { class: "card" }, barChart(e.per_day, (day) => navigate("/search" + qs({ entity: id, from: day, to: day })))),
    h("div", { class: "grid" },
      h("section", {},
        h("h2", {}, "What they said"),
        quotes.length ? quotes.map(quoteCard) : h("p", { class: "muted" }, "No attributed quotes."),
        h("h2", {}, "Events"),
        events.length ? eventTable(events, id) : h("p", { class: "muted" }, "No events.")),
      h("aside", { class: "side" }, h("h2", {}, "Articles"), arts.hits.map((x) => h("li", {}, link(articlePath(x.id), x.title || x.id),
        h("div", { class: "small muted" }, [x.source, (x.published || "").slice(0, 10)].filter(Boolean).join(" · ")))))));
  document.title = e.name + " · newsgraph";
}

function quoteCard(q) {
  return h("div", { class: "card quote" }, h("blockquote", {}, q.text),
    h("div", { class: "meta" }, h("span", { class: "who" }, q.speaker ? link(entityPath(q.speaker), q.speaker_name) : (q.speaker_name || "unattributed")),
      h("span", {}, q.kind), q.published ? h("span", {}, q.published.slice(0, 10)) : null, h("span", {}, link(articlePath(q.article), q.title || "article"))));
}

function actorCell(list, idsList) {
  return (list || []).map((a, i) => {
    const gid = (idsList || [])[i];
    return h("div", {}, gid ? link(entityPath(gid), a.name) : a.name, a.country ? h("span", { class: "badge" }, a.country) : null);
  });
}

function eventTable(events) {
  return h("table", { class: "list" }, h("tr", {}, ["Date", "Source", "Event", "Target", "Evidence"].map((t) => h("th", {}, t))),
    events.map((e) => h("tr", {}, h("td", {}, e.date), h("td", {}, actorCell(e.source, e.source_ids)),
      h("td", {}, h("span", { class: "swatch stack" + e.quad_class, title: QUAD[e.quad_class] }), " ", h("b", {}, e.plover), h("div", { class: "small muted" }, "CAMEO " + e.cameo + " · " + e.status)),
      h("td", {}, actorCell(e.target, e.target_ids)),
      h("td", { class: "small" }, e.sentence, " ", link(articlePath(e.article), "→")))));
}

async function entitiesPage() {
  const p = params();
  const limit = 50;
  const es = await api("entities", { ...p, limit });
  show(h("h1", {}, "Entities"),
    filterForm("/entities", [["q", "Name"], ["type", "Type", "select", [["", "all"], ["PERSON", "person"], ["ORG", "organisation"], ["GPE", "country/city"],
      ["LOC", "place"], ["NORP", "group/nationality"], ["MISC", "other"]]], ["country", "Country (ISO3)"]], p),
    h("table", { class: "list" }, h("tr", {}, ["Name", "Type", "Country", "Articles", "Mentions"].map((t) => h("th", {}, t))),
      es.map((e) => h("tr", {}, h("td", {}, link(entityPath(e.id), e.name)), h("td", {}, e.type), h("td", {}, e.country), h("td", {}, e.articles), h("td", {}, e.mentions)))),
    pager("/entities", p, es.length, limit));
}

const eventFields = [["entity", "Entity ID"], ["country", "Country (ISO3)"], ["type", "Event type"], ["quad", "Quad class", "select", quadOptions],
  ["from", "From", "date"], ["to", "To", "date"], ["all_copies", "Count every copy", "checkbox"]];

async function timelinePage() {
  const p = params();
  const [tl, evs] = await Promise.all([api("timeline", p), api("events", { ...p, limit: 50 })]);
  const W = 900, H = 220, pad = 26;
  const svg = h("svg", { class: "chart", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "events per day" });
  if (tl.length) {
    const byDay = {};
    for (const b of tl) (byDay[b.date] = byDay[b.date] || {})[b.quad_class] = b.count;
    const days = fillDays(Object.keys(byDay));
    const max = Math.max(...Object.values(byDay).map((c) => Object.values(c).reduce((x, y) => x + y, 0)));
    const bw = Math.min(60, (W - 2 * pad) / days.length);
    days.forEach((day, i) => {
      let y = H - pad;
      for (const q of [1, 2, 3, 4]) {
        const c = (byDay[day] || {})[q] || 0;
        if (!c) continue;
        const bh = (H - 2 * pad) * c / max;
        y -= bh;
        svg.append(h("rect", { class: "stack" + q, x: pad + i * bw, y, width: Math.max(1, bw - 1), height: bh, style: "cursor:pointer",
          onclick: () => navigate("/timeline" + qs({ ...p, from: day, to: day })) }, h("title", {}, `${day}: ${c} ${QUAD[q]}`)));
      }
    });
    svg.append(h("text", { x: pad, y: H - 6 }, days[0]), h("text", { x: W - pad, y: H - 6, "text-anchor": "end" }, days[days.length - 1]), h("text", { x: 2, y: pad }, String(max)));
  } else svg.append(h("text", { x: 10, y: 20 }, "no events"));
  show(h("h1", {}, "Timeline of events"), filterForm("/timeline", eventFields, p),
    h("div", { class: "legend" }, [1, 2, 3, 4].map((q) => h("span", {}, h("span", { class: "swatch stack" + q }), " " + QUAD[q]))),
    h("div", { class: "card" }, svg),
    h("p", { class: "small" }, h("a", { href: "/api/export/events.csv" + qs(p) }, "Download events CSV"), " · ", h("a", { href: "/api/export/events.jsonl" + qs(p) }, "JSON Lines")),
    h("h2", {}, "Events"), evs.length ? eventTable(evs) : h("p", { class: "muted" }, "No events match."));
}

async function networkPage() {
  const p = params();
  const net = await api("network", p);
  const svg = h("svg", { id: "net", role: "img", "aria-label": "actor network" });
  show(h("h1", {}, "Actor network"), filterForm("/network", eventFields, p),
    h("div", { class: "legend" }, h("span", {}, h("span", { class: "swatch stack1" }), " cooperation"), h("span", {}, h("span", { class: "swatch stack4" }), " conflict"),
      h("span", { class: "muted" }, `${net.nodes.length} actors, ${net.edges.length} links · drag to move, click an actor to open it, wheel to zoom`)),
    svg);
  if (!net.nodes.length) { svg.append(h("text", { x: 20, y: 30 }, "No events with both a source and a target match.")); return; }
  window.drawGraph(svg, net, (node) => { if (!node.id.startsWith("name:")) navigate(entityPath(node.id)); });
}

async function quotesPage() {
  const p = params();
  const limit = 30;
  const qsList = await api("quotes", { ...p, limit });
  show(h("h1", {}, "Quotes"), filterForm("/quotes", [["q", "Words"], ["speaker", "Speaker entity ID"], ["from", "From", "date"], ["to", "To", "date"]], p),
    qsList.length ? qsList.map(quoteCard) : h("p", { class: "muted" }, "No quotes match."),
    h("p", { class: "small" }, h("a", { href: "/api/export/quotes.csv" + qs({ speaker: p.speaker, from: p.from, to: p.to }) }, "Download quotes CSV")),
    pager("/quotes", p, qsList.length, limit));
}

async function duplicatesPage() {
  const p = params();
  const groups = await api("duplicates", { ...p, limit: 30 });
  show(h("h1", {}, "Syndicated and near-duplicate stories"),
    h("p", { class: "muted small" }, "Copies of one story are grouped; timelines, networks and counts use only the primary copy (the earliest, then the most complete)."),
    groups.length ? groups.map((g) => h("div", { class: "card" }, h("h3", {}, g.members.length + " copies"),
      h("ul", {}, g.members.map((m) => h("li", {}, link(articlePath(m.id), m.title || m.id), m.primary ? h("span", { class: "badge primary" }, "primary") : null,
        h("span", { class: "muted small" }, " " + [m.source, (m.published || "").slice(0, 10)].filter(Boolean).join(" · "))))))) : h("p", { class: "muted" }, "No duplicates found."),
    pager("/duplicates", p, groups.length, 30));
}
