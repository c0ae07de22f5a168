// A small force-directed layout for the actor network, drawn in SVG.
// Nodes repel (Coulomb), edges pull (Hooke), a weak gravity keeps the graph
// centred, and the temperature cools so the layout settles. Text is only ever
// set with textContent.
"use strict";

(function () {
  const NS = "http://www.w3.org/2000/svg";
  let frame = 0;

  function el(tag, attrs) {
    const e = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    return e;
  }

  window.stopGraph = function () { if (frame) cancelAnimationFrame(frame); frame = 0; };

  // drawGraph lays out net ({nodes, edges}) in svg; onOpen(node) runs on a click.
  window.drawGraph = function (svg, net, onOpen) {
    window.stopGraph();
    const W = svg.clientWidth || 900, H = svg.clientHeight || 640;
    svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
    const index = new Map();
    const nodes = net.nodes.map((n, i) => {
      const a = (2 * Math.PI * i) / net.nodes.length;
      const node = { ...n, x: W / 2 + (W / 3) * Math.cos(a) * Math.random(), y: H / 2 + (H / 3) * Math.sin(a) * Math.random(), vx: 0, vy: 0,
        r: 4 + 3 * Math.sqrt(n.events), fixed: false };
      index.set(n.id, node);
      return node;
    });
    const edges = net.edges.filter((e) => index.has(e.source) && index.has(e.target))
      .map((e) => ({ ...e, s: index.get(e.source), t: index.get(e.target), w: e.cooperation + e.conflict }));
    const maxW = Math.max(1, ...edges.map((e) => e.w));
    const view = el("g");
    svg.replaceChildren(view);
    const tip = document.createElement("div");
    tip.className = "tip";
    tip.style.display = "none";
    document.body.append(tip);
    const showTip = (ev, text) => { tip.textContent = text; tip.style.display = "block"; tip.style.left = ev.clientX + 12 + "px"; tip.style.top = ev.clientY + 12 + "px"; };
    const hideTip = () => { tip.style.display = "none"; };
    svg.addEventListener("mouseleave", hideTip);
    window.addEventListener("popstate", () => tip.remove(), { once: true });

    for (const e of edges) {
      const coop = e.cooperation / Math.max(1, e.w);
      const color = `rgb(${Math.round(192 * (1 - coop) + 46 * coop)},${Math.round(57 * (1 - coop) + 158 * coop)},${Math.round(43 * (1 - coop) + 91 * coop)})`;
      e.line = el("line", { stroke: color, "stroke-width": 1 + 5 * e.w / maxW });
      e.line.addEventListener("mousemove", (ev) => showTip(ev, `${e.s.name} → ${e.t.name}: ${e.cooperation} cooperation, ${e.conflict} conflict`));
      e.line.addEventListener("mouseleave", hideTip);
      view.append(e.line);
    }
    const colors = { PERSON: "#e69b2e", ORG: "#3b73c8", GPE: "#2e9e5b", LOC: "#6aa84f", NORP: "#9b59b6", MISC: "#888" };
    const ranked = [...nodes].sort((a, b) => b.events - a.events);
    const labelled = new Set(ranked.slice(0, 40));
    for (const n of nodes) {
      n.circle = el("circle", { r: n.r, fill: colors[n.type] || "#777" });
      n.circle.setAttribute("data-id", n.id);
      n.circle.addEventListener("mousemove", (ev) => showTip(ev, `${n.name}${n.country ? " (" + n.country + ")" : ""}: ${n.events} events`));
      n.circle.addEventListener("mouseleave", hideTip);
      view.append(n.circle);
      if (labelled.has(n)) {
        n.label = el("text", { dx: n.r + 3, dy: 4 });
        n.label.textContent = n.name;
        view.append(n.label);
      }
    }

    // Pan, zoom and drag.
    let scale = 1, tx = 0, ty = 0, drag = null, moved = false, userView = false;
    // fit scales and centres the drawing on the nodes until the user pans or zooms.
    const fit = () => {
      if (userView || !nodes.length) return;
      let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      for (const n of nodes) { x0 = Math.min(x0, n.x - n.r); y0 = Math.min(y0, n.y - n.r); x1 = Math.max(x1, n.x + n.r + 90); y1 = Math.max(y1, n.y + n.r); }
      scale = Math.min(2, (W - 40) / Math.max(1, x1 - x0), (H - 40) / Math.max(1, y1 - y0));
      tx = (W - (x1 - x0) * scale) / 2 - x0 * scale;
      ty = (H - (y1 - y0) * scale) / 2 - y0 * scale;
      apply();
    };
    const apply = () => view.setAttribute("transform", `translate(${tx},${ty}) scale(${scale})`);
    const toWorld = (ev) => {
      const r = svg.getBoundingClientRect();
      return { x: ((ev.clientX - r.left) * (W / r.width) - tx) / scale, y: ((ev.clientY - r.top) * (H / r.height) - ty) / scale };
    };
    svg.addEventListener("wheel", (ev) => {
      ev.preventDefault();
      userView = true;
      const k = ev.deltaY < 0 ? 1.15 : 1 / 1.15;
      const p = toWorld(ev);
      scale *= k; tx -= p.x * scale * (1 - 1 / k); ty -= p.y * scale * (1 - 1 / k);
      apply();
    }, { passive: false });
    svg.addEventListener("pointerdown", (ev) => {
      const id = ev.target.getAttribute && ev.target.getAttribute("data-id");
      moved = false;
      drag = id ? { node: index.get(id) } : { pan: true, x: ev.clientX, y: ev.clientY, tx, ty };
      if (drag.node) drag.node.fixed = true;
      svg.setPointerCapture(ev.pointerId);
    });
    svg.addEventListener("pointermove", (ev) => {
      if (!drag) return;
      moved = true;
      if (drag.node) { const p = toWorld(ev); drag.node.x = p.x; drag.node.y = p.y; temp = Math.max(temp, 0.3); if (!frame) frame = requestAnimationFrame(step); }
      else { userView = true; tx = drag.tx + (ev.clientX - drag.x); ty = drag.ty + (ev.clientY - drag.y); apply(); }
    });
    svg.addEventListener("pointerup", () => {
      if (drag && drag.node && !moved) onOpen(drag.node);
      drag = null;
    });

    const k = Math.sqrt((W * H) / Math.max(1, nodes.length)) * 0.6;
    let temp = 1;
    function step() {
      for (let it = 0; it < 3; it++) {
        for (let i = 0; i < nodes.length; i++) {
          const a = nodes[i];
          for (let j = i + 1; j < nodes.length; j++) {
            const b = nodes[j];
            let dx = a.x - b.x, dy = a.y - b.y;
            let d2 = dx * dx + dy * dy;
            if (d2 < 0.01) { dx = Math.random() - 0.5; dy = Math.random() - 0.5; d2 = 0.25; }
            if (d2 > 9 * k * k) continue;
            const f = (k * k) / d2 * 0.05;
            a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
          }
        }
        for (const e of edges) {
          const dx = e.t.x - e.s.x, dy = e.t.y - e.s.y;
          const d = Math.sqrt(dx * dx + dy * dy) || 1;
          const f = ((d - k) / d) * 0.02 * (1 + Math.log(1 + e.w));
          e.s.vx += dx * f; e.s.vy += dy * f; e.t.vx -= dx * f; e.t.vy -= dy * f;
        }
        for (const n of nodes) {
          n.vx += (W / 2 - n.x) * 0.01; n.vy += (H / 2 - n.y) * 0.01;
          if (n.fixed) { n.vx = n.vy = 0; continue; }
          const v = Math.sqrt(n.vx * n.vx + n.vy * n.vy) || 1;
          const cap = Math.min(v, 20 * temp);
          n.x += (n.vx / v) * cap; n.y += (n.vy / v) * cap;
          n.vx *= 0.5; n.vy *= 0.5;
        }
        temp *= 0.985;
      }
      for (const e of edges) {
        e.line.setAttribute("x1", e.s.x); e.line.setAttribute("y1", e.s.y); e.line.setAttribute("x2", e.t.x); e.line.setAttribute("y2", e.t.y);
      }
      for (const n of nodes) {
        n.circle.setAttribute("cx", n.x); n.circle.setAttribute("cy", n.y);
        if (n.label) { n.label.setAttribute("x", n.x); n.label.setAttribute("y", n.y); }
      }
      fit();
      frame = temp > 0.01 ? requestAnimationFrame(step) : 0;
      if (!frame) svg.setAttribute("data-settled", "1");
    }
    apply();
    frame = requestAnimationFrame(step);
  };
})();
