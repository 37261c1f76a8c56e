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
    if (g.voice === "article") said.push("in the article's own voice");
    else if (g.speaker) said.push(`said by ${g.speaker}`);
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
    curatedOnly: false, since: "", until: "", undated: false };

  function nodeFiltered(n) { // the filters alone, whether or not the actor is drawn yet
    if (!f.types.has(n.gk.type || "unknown")) return false;
    if (!f.clusters.has(clusterKey(n))) return false;
    if (f.article !== "" && !n.gk.articles.includes(Number(f.article))) return false;
    return true;
  }
  function nodePasses(n) {
    return shown.has(n.id) && nodeFiltered(n);
  }
  function tieFiltered(e) { // what the side panel lists: ties to actors not drawn yet count
    const g = e.gk;
    if (!f.statuses.has(g.status || "asserted")) return false;
    if (f.curatedOnly && g.annotation === "drafted") return false;
    if (Math.abs(g.weight) < f.minWeight) return false;
    if ((f.since || f.until) && g.kind !== "structural" && !inRange(g)) return false;
    if (f.article !== "" && !(g.articles ? g.articles.includes(Number(f.article)) : g.article === Number(f.article))) return false;
    const a = byId.get(e.from), b = byId.get(e.to);
    return a !== undefined && b !== undefined && nodeFiltered(a) && nodeFiltered(b);
  }
  function inRange(g) { // a tie's date (a merged edge's first and last) against the time range
    const lo = g.dates ? g.dates[0] : g.date, hi = g.dates ? g.dates[1] : g.date;
    if (lo === null || lo === undefined) return f.undated;
    return !((f.since && hi < f.since) || (f.until && lo > f.until));
  }
  function edgePasses(e) {
    return tieFiltered(e) && shown.has(e.from) && shown.has(e.to);
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
    if (selected !== null) openPanel(selected); // the panel follows the filters
  }
  function updateCounts() {
    document.getElementById("counts").textContent =
      `${nodeView.length} of ${meta.nodes} actors and ${edgeView.length} of ${meta.edges} ties drawn`;
    const all = document.getElementById("show-all");
    const hidden = meta.nodes - shown.size;
    all.hidden = hidden === 0;
    all.textContent = `Show all ${meta.nodes} actors (${hidden} more)`;
  }

  // Filters. Each control writes the filter state `f`, redraws, and records the view in the
  // URL (see "The view in the URL" below).
  const articleSelect = document.getElementById("f-article");
  data.articles.forEach((a, i) => {
    const o = el("option", a.title);
    o.value = String(i);
    articleSelect.append(o);
  });
  articleSelect.addEventListener("change", () => { f.article = articleSelect.value; refresh(); record(); });

  const boxes = {}; // fieldset id -> [value, checkbox, set]
  function checkboxes(fieldsetId, items, set) {
    const fs = document.getElementById(fieldsetId);
    boxes[fieldsetId] = [];
    for (const [value, text, colour] of items) {
      const label = el("label");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.checked = true;
      box.value = value;
      box.addEventListener("change", () => { box.checked ? set.add(value) : set.delete(value); refresh(); record(); });
      label.append(box, " ");
      if (colour) { const sw = el("span", null, "swatch"); sw.style.background = colour; label.append(sw); }
      label.append(text);
      fs.append(label);
      boxes[fieldsetId].push([value, box, set]);
    }
  }
  const typeCounts = {};
  for (const n of data.nodes) typeCounts[n.gk.type || "unknown"] = (typeCounts[n.gk.type || "unknown"] || 0) + 1;
  checkboxes("f-types", data.types.map((t) => [t, `${t} (${typeCounts[t]})`]), f.types);
  const statusCounts = {};
  for (const e of data.edges) statusCounts[e.gk.status] = (statusCounts[e.gk.status] || 0) + 1;
  checkboxes("f-status", STATUSES.map((s) => [s, `${s} (${statusCounts[s] || 0})`]), f.statuses);
  const clusterItems = data.clusters.filter((c) => namedClusters.has(c.id))
    .map((c) => [String(c.id), `#${c.id} ${c.label} (${c.size})`, c.colour]);
  const others = data.clusters.filter((c) => !namedClusters.has(c.id));
  if (others.length) clusterItems.push(["other", `other clusters (${others.reduce((s, c) => s + c.size, 0)} actors)`, "#b9c0c8"]);
  checkboxes("f-clusters", clusterItems, f.clusters);

  const weight = document.getElementById("f-weight");
  const weightOut = document.getElementById("f-weight-out");
  weight.addEventListener("input", () => { f.minWeight = Number(weight.value); weightOut.textContent = weight.value; refresh(); });
  weight.addEventListener("change", () => record()); // one history entry per drag, at its end
  // On/off filters: [URL key, checkbox id, field of f]. A new one is a line here (and its box).
  // "Curated only" on a served page asks the server for the alignment of the curated articles
  // alone (?annotation=curated), so that the clusters, not only the ties, leave the drafts out;
  // a page written to a file has no server to ask, and can only hide the drafted ties.
  const served = document.body.dataset.assets === "served";
  const curatedBox = document.getElementById("f-curated");
  const SWITCHES = [["isolated", "f-isolated", "hideIsolated"]].concat(served ? [] : [["curated", "f-curated", "curatedOnly"]])
    .map(([key, id, field]) => [key, document.getElementById(id), field]);
  for (const [, box, field] of SWITCHES) {
    box.addEventListener("change", () => { f[field] = box.checked; refresh(); record(); });
  }
  function showAnnotation(curated) { // a new page from the server, the rest of the view kept
    location.assign(location.pathname + (curated ? "?annotation=curated" : "") + location.hash);
  }
  if (served) {
    curatedBox.checked = meta.annotation === "curated";
    curatedBox.addEventListener("change", () => showAnnotation(curatedBox.checked));
  }
  // The time range: ties of articles published from..to (ISO dates compare as text).
  const since = document.getElementById("f-since"), until = document.getElementById("f-until");
  const undatedBox = document.getElementById("f-undated");
  if (meta.dates) {
    document.getElementById("f-time").hidden = false;
    for (const input of [since, until]) { input.min = meta.dates.first; input.max = meta.dates.last; }
    undatedBox.parentElement.append(` (${meta.dates.undated})`);
  }
  for (const [input, field] of [[since, "since"], [until, "until"], [undatedBox, "undated"]]) {
    input.addEventListener("change", () => {
      f[field] = field === "undated" ? input.checked : input.value;
      refresh();
      record();
    });
  }
  const draftedTies = data.edges.filter((e) => e.gk.annotation === "drafted").length;
  curatedBox.parentElement.append(meta.annotation === "curated"
    ? " (drafted articles left out: these clusters were computed without them)"
    : served ? ` (${draftedTies} drafted ties; the clusters are recomputed without them)`
      : ` (${draftedTies} drafted ties; it hides them, but these clusters count them: \`geokb graph --annotation curated\` draws a page without)`);
  document.getElementById("show-all").addEventListener("click", () => {
    for (const n of data.nodes) shown.add(n.id);
    refresh();
    record();
  });
  const searchInput = document.getElementById("search-input");
  const searchStatus = document.getElementById("search-status");
  document.getElementById("reset").addEventListener("click", () => {
    if (served && meta.annotation) return void location.assign(location.pathname);
    applyState(new URLSearchParams());
    network.fit({ animation: false });
    record();
  });

  // Search: any label or alias, case and accents ignored; a name that is not shown yet is
  // shown; one hidden by a filter is reported, not silently revealed.
  const names = new Map();
  const datalist = document.getElementById("names");
  for (const n of data.nodes) {
    for (const name of [n.label, ...n.gk.aliases, ...(n.gk.hidden || [])]) {
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
    const n = byId.get(id);
    shown.add(id);
    refresh();
    if (nodeView.get(id) === null) {
      searchStatus.textContent = `${n.label} is hidden by the filters; press Reset to see it.`;
      return false;
    }
    network.selectNodes([id]);
    network.focus(id, { scale: 1.3, animation: false });
    openPanel(id);
    searchStatus.textContent = `Found ${n.label}.`;
    return true;
  }
  document.getElementById("search").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const q = searchInput.value;
    const id = find(q);
    if (id === null) searchStatus.textContent = `No actor called “${q}”.`;
    else focusNode(id);
    record();
  });

  // Side panel: an actor's ties that pass the filters, as holder and as target, grouped by
  // article (each article named once), with links to the service.
  const panel = document.getElementById("panel");
  const body = document.getElementById("panel-body");
  let selected = null; // the actor whose panel is open
  function showPanel(on) {
    panel.hidden = !on;
    network.setSize("100%", "100%"); // the canvas takes the width the panel gives up, or gives it
  }
  function closePanel() {
    selected = null;
    network.unselectAll();
    if (!panel.hidden) showPanel(false);
  }
  document.getElementById("panel-close").addEventListener("click", () => { closePanel(); record(); });

  function sparqlAbout(n) { // the actor's claims: as speaker, holder, target or member
    const iri = `<${n.id}>`;
    return `# Claims by and about ${n.label.replace(/[\r\n]+/g, " ")}
SELECT DISTINCT ?claim ?role ?status ?speaker ?quote WHERE {
  { GRAPH ?g { ?claim prov:wasAttributedTo ${iri} } BIND("speaker" AS ?role) }
  UNION { GRAPH ?cg { ?x gk:statedIn ?claim ; gk:holder ${iri} } BIND("holder" AS ?role) }
  UNION { GRAPH ?cg { ?x gk:statedIn ?claim ; gk:target ${iri} } BIND("target" AS ?role) }
  UNION { GRAPH ?cg { ?x gk:statedIn ?claim ; org:member ${iri} } BIND("member" AS ?role) }
  GRAPH ?h { ?claim gk:epistemicStatus ?status ; gk:quote ?quote ; prov:wasAttributedTo ?who .
             OPTIONAL { ?who rdfs:label ?speaker } }
} ORDER BY ?claim ?role`;
  }

  function tieItem(e, id) {
    const g = e.gk;
    const li = el("li");
    const other = byId.get(e.from === id ? e.to : e.from);
    const dir = e.from === id ? "→" : "←";
    li.append(el("div", `${dir} ${other ? other.label : ""} (${g.kind}, ${g.polarity > 0 ? "+" : g.polarity < 0 ? "−" : "0"}${Math.abs(g.weight)})`));
    if (g.quote) li.append(el("div", `“${g.quote}”`, "quote"));
    const m = el("div", null, `muted status-${g.status}`);
    m.append(`${g.status}`);
    if (g.voice === "article") m.append(" · the article's own voice");
    else if (g.speaker) m.append(` · said by ${g.speaker}`);
    if (g.via) m.append(` · via ${g.via}`);
    if (g.annotation === "drafted") m.append(` · ${madeBy(g)}`);
    if (g.count > 1) m.append(` · and ${g.count - 1} more like it`);
    if (g.claim) m.append(" · ", link("claim", g.claim));
    li.append(m);
    return li;
  }

  function openPanel(id) {
    const n = byId.get(id);
    selected = id;
    body.replaceChildren();
    body.append(el("h2", n.label));
    const facts = el("p", null, "muted");
    const cluster = clusterById.get(n.gk.cluster);
    facts.append(`${n.gk.type || "unknown type"}`, cluster ? ` · cluster #${cluster.id} (${cluster.size} actors)` : "");
    body.append(facts);
    if (!nodeFiltered(n)) body.append(el("p", "This actor is hidden by the filters.", "note"));
    if (n.gk.aliases.length) body.append(el("p", `Also called: ${n.gk.aliases.join(", ")}`));
    const links = el("p");
    links.append(link("IRI", n.id));
    if (n.gk.wikidata) links.append(" · ", link(`Wikidata ${n.gk.wikidata}`, `https://www.wikidata.org/wiki/${encodeURIComponent(n.gk.wikidata)}`));
    if (meta.api !== null) {
      const q = encodeURIComponent(n.id);
      links.append(" · ", link("claims it speaks (API)", `${meta.api}/claims?speaker=${q}`),
        " · ", link("claims about it (API)", `${meta.api}/claims?target=${q}`),
        " · ", link("why this cluster", `${meta.api}/clusters/explain?actor=${q}`));
      const sparql = link("open in SPARQL", `${meta.api}/sparql?query=${encodeURIComponent(sparqlAbout(n))}`);
      sparql.id = "open-sparql";
      links.append(" · ", sparql);
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
    driftOf(id);
    const ties = data.edges.filter((e) => e.from === id || e.to === id);
    const listed = ties.filter(tieFiltered);
    const hidden = ties.length - listed.length;
    const head = el("h3", `${listed.length} ties`);
    head.id = "panel-ties";
    body.append(head);
    if (hidden) {
      const note = el("p", `${hidden} more ${hidden === 1 ? "tie is" : "ties are"} hidden by the filters.`, "muted");
      note.id = "panel-hidden";
      body.append(note);
    }
    const groups = new Map(); // article index (or "none") -> ties, in the order first met
    for (const e of listed.slice(0, 200)) {
      const key = e.gk.article === null || e.gk.article === undefined ? "none" : e.gk.article;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(e);
    }
    for (const [key, group] of groups) {
      body.append(el("h4", key === "none" ? "Curated structure" : `In “${articleTitle(key)}”`, "article-head"));
      const list = el("ul", null, "claims");
      group.forEach((e) => list.append(tieItem(e, id)));
      body.append(list);
    }
    if (listed.length > 200) body.append(el("p", `… and ${listed.length - 200} more`, "muted"));
    if (panel.hidden) showPanel(true);
  }
  function driftOf(id) { // the actor's moves between camps over time, with the claims that moved it
    const moves = (data.drift || {})[id] || [];
    if (!moves.length) return;
    const head = el("h3", `Drift: ${moves.length} move${moves.length === 1 ? "" : "s"} between camps`);
    head.id = "panel-drift";
    body.append(head);
    const list = el("ul", null, "claims drift");
    for (const m of moves) {
      const item = el("li");
      item.append(el("div", `${m.since} – ${m.until}: from ${m.from_label || "camp " + m.from} to ${m.to_label || "camp " + m.to}`));
      const why = el("ul");
      for (const c of m.claims) {
        why.append(el("li", `${c.date || "undated"} · ${c.source_label} ${c.polarity > 0 ? "backs" : "opposes"} ${c.target_label}: “${c.quote}” (${c.status})`));
      }
      item.append(why);
      list.append(item);
    }
    body.append(list);
  }
  network.on("click", (params) => {
    if (params.nodes.length) {
      openPanel(params.nodes[0]);
      record();
    }
  });

  // The view in the URL: search, filters, the selected actor and "show all" live in the
  // fragment (#q=...&actor=...&hide-status=alleged), which works for the served page and for
  // a file alike. Every change adds a history entry (a drag of the weight slider, one at its
  // end), so Back and Forward step through the views, and a link reopens the same one.
  function slug(id) {
    const tail = id.slice(id.lastIndexOf("/") + 1);
    const same = data.nodes.filter((n) => n.id.slice(n.id.lastIndexOf("/") + 1) === tail);
    return same.length === 1 ? tail : id;
  }
  function fromSlug(s) {
    if (byId.has(s)) return s;
    const hit = data.nodes.filter((n) => n.id.slice(n.id.lastIndexOf("/") + 1) === s);
    return hit.length === 1 ? hit[0].id : null;
  }
  const HIDE = { "hide-type": "f-types", "hide-status": "f-status", "hide-cluster": "f-clusters" };
  function currentState() {
    const p = new URLSearchParams();
    if (searchInput.value) p.set("q", searchInput.value);
    if (selected !== null) p.set("actor", slug(selected));
    if (f.article !== "") p.set("article", data.articles[Number(f.article)].id);
    for (const [key, fs] of Object.entries(HIDE)) {
      const off = boxes[fs].filter(([v, , set]) => !set.has(v)).map(([v]) => v);
      if (off.length) p.set(key, off.join(","));
    }
    if (f.minWeight) p.set("min-weight", String(f.minWeight));
    if (f.since) p.set("since", f.since);
    if (f.until) p.set("until", f.until);
    if (f.undated) p.set("undated", "on");
    for (const [key, , field] of SWITCHES) if (f[field]) p.set(key, "on");
    if (shown.size === meta.nodes && meta.initial.length < meta.nodes) p.set("all", "1");
    return p;
  }
  function applyState(p) {
    const i = data.articles.findIndex((a) => a.id === p.get("article"));
    f.article = i < 0 ? "" : String(i);
    articleSelect.value = f.article;
    for (const [key, fs] of Object.entries(HIDE)) {
      const off = new Set((p.get(key) || "").split(",").filter(Boolean));
      for (const [v, box, set] of boxes[fs]) {
        box.checked = !off.has(v);
        box.checked ? set.add(v) : set.delete(v);
      }
    }
    const w = Number(p.get("min-weight"));
    f.minWeight = Number.isFinite(w) && w > 0 ? w : 0;
    weight.value = String(f.minWeight);
    weightOut.textContent = weight.value;
    for (const [key, box, field] of SWITCHES) {
      f[field] = p.get(key) === "on";
      box.checked = f[field];
    }
    const iso = /^\d{4}-\d{2}-\d{2}$/;
    f.since = iso.test(p.get("since") || "") ? p.get("since") : "";
    f.until = iso.test(p.get("until") || "") ? p.get("until") : "";
    f.undated = p.get("undated") === "on";
    since.value = f.since;
    until.value = f.until;
    undatedBox.checked = f.undated;
    shown.clear();
    (p.get("all") === "1" ? data.nodes.map((n) => n.id) : meta.initial).forEach((id) => shown.add(id));
    searchInput.value = p.get("q") || "";
    searchStatus.textContent = "";
    const actor = p.has("actor") ? fromSlug(p.get("actor")) : null;
    if (actor !== null) shown.add(actor);
    selected = null;
    refresh();
    if (actor !== null) {
      network.selectNodes(nodeView.get(actor) === null ? [] : [actor]);
      openPanel(actor);
    } else {
      closePanel();
    }
  }
  function record() {
    const hash = currentState().toString();
    if (hash === location.hash.slice(1)) return;
    try {
      history.pushState(null, "", hash ? "#" + hash : location.pathname + location.search);
    } catch (_) { // some browsers refuse history entries for file: pages
      location.hash = hash;
    }
  }
  function fromUrl() {
    const p = new URLSearchParams(location.hash.slice(1));
    if (p.toString() !== currentState().toString()) applyState(p);
  }
  window.addEventListener("popstate", fromUrl);
  window.addEventListener("hashchange", fromUrl);

  // Export: the drawing as PNG (on white), and what is drawn as JSON, with its positions.
  function save(blob, name) {
    const a = el("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }
  document.getElementById("export-png").addEventListener("click", () => {
    const drawn = container.querySelector("canvas");
    const out = document.createElement("canvas");
    out.width = drawn.width;
    out.height = drawn.height;
    const ctx = out.getContext("2d");
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(drawn, 0, 0);
    out.toBlob((blob) => save(blob, "geokb-graph.png"), "image/png");
  });
  document.getElementById("export-json").addEventListener("click", () => {
    const positions = network.getPositions(nodeView.getIds());
    const view = {
      meta: { title: meta.title, generated: meta.generated, exported: new Date().toISOString(), view: currentState().toString() },
      nodes: nodeView.get().map((n) => ({ id: n.id, label: n.label, ...n.gk, x: positions[n.id].x, y: positions[n.id].y })),
      edges: edgeView.get().map((e) => ({ id: e.id, from: e.from, to: e.to, ...e.gk,
        article: e.gk.article === null || e.gk.article === undefined ? null : data.articles[e.gk.article].iri })),
      clusters: data.clusters,
    };
    save(new Blob([JSON.stringify(view, null, 1)], { type: "application/json" }), "geokb-graph.json");
  });

  updateCounts();
  if (location.hash.length > 1) { // a shared link: its view, fitted to the canvas its panel leaves
    fromUrl();
    network.once("afterDrawing", () => network.fit({ animation: false }));
  }
  // For tests, benchmarks and the curious console user.
  window.geokb = {
    network, nodes, edges, timings, focusNode, find, refresh,
    visibleNodeIds: () => nodeView.getIds(),
    visibleEdgeIds: () => edgeView.getIds(),
    state: () => currentState().toString(),
  };
})();
