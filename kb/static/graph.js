// The geokb graph page. Every string from the data goes into the DOM as text (textContent,
// option.text, element.title), never as markup; links only ever point to http(s) IRIs or to
// the service's own paths.
(function () {
  "use strict";
  const t0 = performance.now();
  const data = JSON.parse(document.getElementById("geokb-data").textContent);
  const meta = data.meta;
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const clusterById = new Map(data.clusters.map((c) => [c.id, c]));
  const NAMED_CLUSTERS = 12;
  const namedClusters = new Set(data.clusters.filter((c) => c.size > 1).slice(0, NAMED_CLUSTERS).map((c) => c.id));
  const STATUSES = ["asserted", "reported", "alleged", "structural"];

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function safeHref(url) {
    return typeof url === "string" && /^(https?:\/\/|\/(?!\/))/i.test(url) ? url : null;
  }
  function link(text, url) {
    const href = safeHref(url);
    if (!href) return el("span", text);
    const a = el("a", text);
    a.href = href;
    return a;
  }
  function fold(s) {
    return String(s).normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
  }
  function clusterKey(n) {
    const c = n.gk.cluster;
    return namedClusters.has(c) ? String(c) : "other";
  }
  function articleTitle(i) {
    return i === null || i === undefined ? null : data.articles[i].title;
  }

  // Edge tooltips: built once as elements, so vis-network shows them as text.
  function edgeTip(e) {
    const g = e.gk;
    const tip = el("div", null, "tip");
    const from = byId.get(e.from), to = byId.get(e.to);
    const what = g.kind === "structural" ? "part of" : g.kind === "membership" ? "member of" :
      g.polarity > 0 ? "supports" : g.polarity < 0 ? "opposes" : "neutral towards";
    tip.append(el("div", `${from ? from.label : e.from} — ${what} — ${to ? to.label : e.to}`, "head"));
    if (g.quote) tip.append(el("div", `“${g.quote}”`, "quote"));
    const said = [];
    if (g.speaker) said.push(`said by ${g.speaker}`);
    if (g.via) said.push(`via ${g.via}`);
    if (said.length) tip.append(el("div", said.join(", "), "meta"));
    const art = articleTitle(g.article);
    if (art) tip.append(el("div", `article: ${art}`, "meta"));
    tip.append(el("div", `status: ${g.status} · weight ${g.weight}`, `meta status-${g.status}`));
    if (g.annotation === "drafted") tip.append(el("div", madeBy(g), "meta drafted"));
    if (g.count > 1) tip.append(el("div", `and ${g.count - 1} more ties like it (merged: the graph is large)`, "meta"));
    return tip;
  }

  // A machine draft never passes for a curator's reading: say so wherever a tie is shown.
  function madeBy(g) {
    return `drafted by ${g.generator || "the drafter"}, not reviewed`;
  }

  const nodes = new vis.DataSet(data.nodes.map((n) => ({ ...n, title: nodeTip(n) })));
  const edges = new vis.DataSet(data.edges.map((e) => ({ ...e, title: edgeTip(e) })));
  function nodeTip(n) {
    const tip = el("div", null, "tip");
    tip.append(el("div", n.label, "head"));
    if (n.gk.aliases.length) tip.append(el("div", `also: ${n.gk.aliases.join(", ")}`, "meta"));
    tip.append(el("div", `${n.gk.type || "unknown type"} · quoted ${n.gk.spoken}× · targeted ${n.gk.targeted}×`, "meta"));
    return tip;
  }

  // What is drawn: the actors shown so far (the most central ones first, expanded on
  // demand), narrowed by the filters. Filters only refresh the views: no reload.
  const shown = new Set(meta.initial);
  const f = { article: "", types: new Set(data.types), statuses: new Set(STATUSES),
    clusters: new Set([...namedClusters].map(String).concat(["other"])), minWeight: 0, hideIsolated: false,
    curatedOnly: false };

  function nodePasses(n) {
    if (!shown.has(n.id)) return false;
    if (!f.types.has(n.gk.type || "unknown")) return false;
    if (!f.clusters.has(clusterKey(n))) return false;
    if (f.article !== "" && !n.gk.articles.includes(Number(f.article))) return false;
    return true;
  }
  function edgePasses(e) {
    const g = e.gk;
    if (!f.statuses.has(g.status || "asserted")) return false;
    if (f.curatedOnly && g.annotation === "drafted") return false;
    if (Math.abs(g.weight) < f.minWeight) return false;
    if (f.article !== "" && !(g.articles ? g.articles.includes(Number(f.article)) : g.article === Number(f.article))) return false;
    const a = byId.get(e.from), b = byId.get(e.to);
    return a !== undefined && b !== undefined && nodePasses(a) && nodePasses(b);
  }
  let withTies = null;
  function nodeVisible(n) {
    if (!nodePasses(n)) return false;
    return !f.hideIsolated || withTies.has(n.id);
  }
  const edgeView = new vis.DataView(edges, { filter: edgePasses });
  const nodeView = new vis.DataView(nodes, { filter: nodeVisible });
  function tiedNodes() {
    const s = new Set();
    edgeView.forEach((e) => { s.add(e.from); s.add(e.to); });
    return s;
  }
  withTies = tiedNodes();

  const container = document.getElementById("network");
  // Listeners first, data second: a small graph can settle inside setData itself.
  const network = new vis.Network(container, {}, data.options);
  const timings = { script: t0 };
  const physics = Boolean(data.options.physics && data.options.physics.enabled);
  network.once("afterDrawing", () => {
    timings.firstDraw = performance.now();
    if (!physics) { // the layout came frozen from the server: nothing moves after the first frame
      timings.stable = timings.firstDraw;
      document.body.dataset.ready = "true";
    }
  });
  if (physics) { // the physics engine lays it out once; then it stops, for good
    network.once("stabilizationIterationsDone", () => {
      network.setOptions({ physics: { enabled: false } });
      timings.stable = performance.now();
      document.body.dataset.ready = "true";
    });
  }
  network.setData({ nodes: nodeView, edges: edgeView });

  function refresh() {
    edgeView.refresh();
    withTies = tiedNodes();
    nodeView.refresh();
    updateCounts();
  }
  function updateCounts() {
    document.getElementById("counts").textContent =
      `${nodeView.length} of ${meta.nodes} actors and ${edgeView.length} of ${meta.edges} ties drawn`;
    const all = document.getElementById("show-all");
    const hidden = meta.nodes - shown.size;
    all.hidden = hidden === 0;
    all.textContent = `Show all ${meta.nodes} actors (${hidden} more)`;
  }

  // Filters.
  const articleSelect = document.getElementById("f-article");
  data.articles.forEach((a, i) => {
    const o = el("option", a.title);
    o.value = String(i);
    articleSelect.append(o);
  });
  articleSelect.addEventListener("change", () => { f.article = articleSelect.value; refresh(); });

  function checkboxes(fieldsetId, items, set) {
    const fs = document.getElementById(fieldsetId);
    for (const [value, text, colour] of items) {
      const label = el("label");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.checked = true;
      box.value = value;
      box.addEventListener("change", () => { box.checked ? set.add(value) : set.delete(value); refresh(); });
      label.append(box, " ");
      if (colour) { const sw = el("span", null, "swatch"); sw.style.background = colour; label.append(sw); }
      label.append(text);
      fs.append(label);
    }
  }
  const typeCounts = {};
  for (const n of data.nodes) typeCounts[n.gk.type || "unknown"] = (typeCounts[n.gk.type || "unknown"] || 0) + 1;
  checkboxes("f-types", data.types.map((t) => [t, `${t} (${typeCounts[t]})`]), f.types);
  const statusCounts = {};
  for (const e of data.edges) statusCounts[e.gk.status] = (statusCounts[e.gk.status] || 0) + 1;
  checkboxes("f-status", STATUSES.map((s) => [s, `${s} (${statusCounts[s] || 0})`]), f.statuses);
  const clusterItems = data.clusters.filter((c) => namedClusters.has(c.id))
    .map((c) => [String(c.id), `#${c.id + 1} ${c.label} (${c.size})`, c.colour]);
  const others = data.clusters.filter((c) => !namedClusters.has(c.id));
  if (others.length) clusterItems.push(["other", `other clusters (${others.reduce((s, c) => s + c.size, 0)} actors)`, "#b9c0c8"]);
  checkboxes("f-clusters", clusterItems, f.clusters);

  const weight = document.getElementById("f-weight");
  const weightOut = document.getElementById("f-weight-out");
  weight.addEventListener("input", () => { f.minWeight = Number(weight.value); weightOut.textContent = weight.value; refresh(); });
  const isolated = document.getElementById("f-isolated");
  isolated.addEventListener("change", () => { f.hideIsolated = isolated.checked; refresh(); });
  const curated = document.getElementById("f-curated");
  const draftedTies = data.edges.filter((e) => e.gk.annotation === "drafted").length;
  curated.parentElement.append(` (${draftedTies} drafted ties)`);
  curated.addEventListener("change", () => { f.curatedOnly = curated.checked; refresh(); });
  document.getElementById("show-all").addEventListener("click", () => {
    for (const n of data.nodes) shown.add(n.id);
    refresh();
  });
  document.getElementById("reset").addEventListener("click", () => {
    document.querySelectorAll("#controls input[type=checkbox]").forEach((b) => {
      if (b !== isolated && b !== curated && !b.checked) b.click();
    });
    if (isolated.checked) isolated.click();
    if (curated.checked) curated.click();
    articleSelect.value = ""; f.article = "";
    weight.value = "0"; f.minWeight = 0; weightOut.textContent = "0";
    refresh();
  });

  // Search: any label or alias, case and accents ignored; a name that is not shown yet is
  // shown; one hidden by a filter is reported, not silently revealed.
  const names = new Map();
  const datalist = document.getElementById("names");
  for (const n of data.nodes) {
    for (const name of [n.label, ...n.gk.aliases]) {
      const k = fold(name);
      if (!names.has(k)) {
        names.set(k, n.id);
        const o = document.createElement("option");
        o.value = name;
        datalist.append(o);
      }
    }
  }
  function find(query) {
    const q = fold(query);
    if (!q) return null;
    if (names.has(q)) return names.get(q);
    const hits = [...names.entries()].filter(([k]) => k.split(" ").includes(q) || k.includes(q));
    const ids = [...new Set(hits.map(([, id]) => id))];
    return ids.length ? ids[0] : null;
  }
  function focusNode(id) {
    const status = document.getElementById("search-status");
    const n = byId.get(id);
    shown.add(id);
    refresh();
    if (nodeView.get(id) === null) {
      status.textContent = `${n.label} is hidden by the filters; press Reset to see it.`;
      return false;
    }
    network.selectNodes([id]);
    network.focus(id, { scale: 1.3, animation: false });
    openPanel(id);
    status.textContent = `Found ${n.label}.`;
    return true;
  }
  document.getElementById("search").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const q = document.getElementById("search-input").value;
    const id = find(q);
    if (id === null) {
      document.getElementById("search-status").textContent = `No actor called “${q}”.`;
      return;
    }
    focusNode(id);
  });

  // Side panel: an actor's claims, as speaker and as target, with links to the service.
  const panel = document.getElementById("panel");
  const body = document.getElementById("panel-body");
  function showPanel(on) {
    panel.hidden = !on;
    network.setSize("100%", "100%"); // the canvas takes the width the panel gives up, or gives it
  }
  document.getElementById("panel-close").addEventListener("click", () => showPanel(false));
  function openPanel(id) {
    const n = byId.get(id);
    body.replaceChildren();
    body.append(el("h2", n.label));
    const facts = el("p", null, "muted");
    const cluster = clusterById.get(n.gk.cluster);
    facts.append(`${n.gk.type || "unknown type"}`, cluster ? ` · cluster #${cluster.id + 1} (${cluster.size} actors)` : "");
    body.append(facts);
    if (n.gk.aliases.length) body.append(el("p", `Also called: ${n.gk.aliases.join(", ")}`));
    const links = el("p");
    links.append(link("IRI", n.id));
    if (n.gk.wikidata) links.append(" · ", link(`Wikidata ${n.gk.wikidata}`, `https://www.wikidata.org/wiki/${encodeURIComponent(n.gk.wikidata)}`));
    if (meta.api !== null) {
      const q = encodeURIComponent(n.id);
      links.append(" · ", link("claims it speaks (API)", `${meta.api}/claims?speaker=${q}`),
        " · ", link("claims about it (API)", `${meta.api}/claims?target=${q}`),
        " · ", link("why this cluster", `${meta.api}/clusters/explain?actor=${q}`));
    }
    body.append(links);
    const hiddenNeighbours = new Set();
    for (const e of data.edges) {
      if (e.from === id && !shown.has(e.to)) hiddenNeighbours.add(e.to);
      if (e.to === id && !shown.has(e.from)) hiddenNeighbours.add(e.from);
    }
    if (hiddenNeighbours.size) {
      const b = el("button", `Show ${hiddenNeighbours.size} more actors tied to ${n.label}`);
      b.type = "button";
      b.id = "expand";
      b.addEventListener("click", () => { hiddenNeighbours.forEach((x) => shown.add(x)); refresh(); openPanel(id); });
      body.append(b);
    }
    const ties = data.edges.filter((e) => e.from === id || e.to === id);
    body.append(el("h3", `${ties.length} ties`));
    const list = el("ul", null, "claims");
    for (const e of ties.slice(0, 200)) {
      const g = e.gk;
      const li = el("li");
      const other = byId.get(e.from === id ? e.to : e.from);
      const dir = e.from === id ? "→" : "←";
      li.append(el("div", `${dir} ${other ? other.label : ""} (${g.kind}, ${g.polarity > 0 ? "+" : g.polarity < 0 ? "−" : "0"}${Math.abs(g.weight)})`));
      if (g.quote) li.append(el("div", `“${g.quote}”`, "quote"));
      const m = el("div", null, `muted status-${g.status}`);
      m.append(`${g.status}`, g.speaker ? ` · said by ${g.speaker}` : "", g.via ? ` · via ${g.via}` : "");
      if (g.annotation === "drafted") m.append(` · ${madeBy(g)}`);
      if (articleTitle(g.article)) m.append(` · ${articleTitle(g.article)}`);
      if (g.claim) m.append(" · ", link("claim", g.claim));
      li.append(m);
      list.append(li);
    }
    if (ties.length > 200) list.append(el("li", `… and ${ties.length - 200} more`));
    body.append(list);
    if (panel.hidden) showPanel(true);
  }
  network.on("click", (params) => {
    if (params.nodes.length) openPanel(params.nodes[0]);
  });

  updateCounts();
  // For tests, benchmarks and the curious console user.
  window.geokb = {
    network, nodes, edges, timings, focusNode, find, refresh,
    visibleNodeIds: () => nodeView.getIds(),
    visibleEdgeIds: () => edgeView.getIds(),
  };
})();
