// The SPARQL query page: a highlighted editor that completes the predeclared prefixes, runs
// the query with fetch, draws the results as a table and keeps the query in the URL, so a
// link to /sparql?query=... reopens the page with its results. Every value from a result is
// inserted with textContent, never as HTML.
(function () {
  "use strict";
  const page = JSON.parse(document.getElementById("page-data").textContent);
  const prefixes = page.prefixes; // name -> namespace IRI
  const query = document.getElementById("query");
  const highlight = document.getElementById("highlight");
  const completions = document.getElementById("completions");
  const status = document.getElementById("status");
  const error = document.getElementById("error");
  const table = document.getElementById("results");
  const downloads = document.getElementById("downloads");
  const permalink = document.getElementById("permalink");

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  // --- highlighting: one pass of sticky regular expressions over the text -----------------
  const KEYWORDS = new Set(("select construct describe ask where from named graph optional union minus " +
    "filter bind values service silent as distinct reduced order by asc desc limit offset group having " +
    "prefix base not exists in a true false undef count sum min max avg sample group_concat separator " +
    "str lang langmatches datatype bound iri uri bnode rand abs ceil floor round concat strlen ucase " +
    "lcase encode_for_uri contains strstarts strends strbefore strafter year month day hours minutes " +
    "seconds timezone tz now uuid struuid md5 sha1 sha256 sha384 sha512 coalesce if strlang strdt " +
    "sameterm isiri isuri isblank isliteral isnumeric regex substr replace").split(" "));
  const TOKENS = [
    ["comment", /#[^\n]*/y],
    ["string", /"""[\s\S]*?(?:"""|$)|'''[\s\S]*?(?:'''|$)|"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?/y],
    ["iri", /<[^<>"{}|^`\\\s]*>/y],
    ["var", /[?$][\w\u00B7\u00C0-\uFFFF]+/y],
    ["pname", /(?:[A-Za-z][\w-]*(?:\.[\w-]+)*)?:(?:[\w%-]+(?:\.[\w%-]+)*)?/y],
    ["word", /[A-Za-z_][\w]*/y],
    ["number", /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y],
    ["lang", /@[A-Za-z]+(?:-[A-Za-z0-9]+)*/y],
    ["space", /\s+/y],
  ];
  function tokens(text) {
    const declared = new Set([...text.matchAll(/prefix\s+([\w-]*):/gi)].map((m) => m[1]));
    const out = [];
    let i = 0;
    while (i < text.length) {
      let kind = "punct", len = 1;
      for (const [name, re] of TOKENS) {
        re.lastIndex = i;
        const m = re.exec(text);
        if (m && m[0].length) { kind = name; len = m[0].length; break; }
      }
      const word = text.slice(i, i + len);
      if (kind === "word") kind = KEYWORDS.has(word.toLowerCase()) ? "keyword" : "plain";
      const pfx = kind === "pname" ? word.split(":")[0] : "";
      if (pfx && !(pfx in prefixes) && !declared.has(pfx)) kind = "pname unknown"; // undeclared: a typo?
      out.push([kind, word]);
      i += len;
    }
    return out;
  }
  function paint() {
    const frag = document.createDocumentFragment();
    for (const [kind, text] of tokens(query.value)) {
      frag.append(kind === "space" || kind === "plain" ? text : el("span", text, "tok-" + kind.replace(" ", " tok-")));
    }
    frag.append("\n"); // a trailing newline in the textarea needs a line here too
    highlight.replaceChildren(frag);
    highlight.scrollTop = query.scrollTop;
    highlight.scrollLeft = query.scrollLeft;
  }
  query.addEventListener("input", () => { paint(); suggest(); });
  query.addEventListener("scroll", () => { highlight.scrollTop = query.scrollTop; highlight.scrollLeft = query.scrollLeft; });

  // --- completion of the predeclared prefixes (Tab takes the first) -----------------------
  function candidates() {
    if (query.selectionStart !== query.selectionEnd) return { word: "", names: [] };
    const before = query.value.slice(0, query.selectionStart);
    const m = /(^|[^\w?$:<"'])([A-Za-z][\w-]*)$/.exec(before);
    if (!m) return { word: "", names: [] };
    const word = m[2];
    const names = Object.keys(prefixes).filter((p) => p.startsWith(word)).sort((a, b) => a.length - b.length);
    return { word, names };
  }
  function suggest() {
    const { names } = candidates();
    completions.textContent = names.length ? "Tab completes: " + names.map((p) => p + ":").join("  ") : "";
  }
  query.addEventListener("keydown", (ev) => {
    if (ev.key !== "Tab" || ev.shiftKey) return;
    const { word, names } = candidates();
    if (!names.length) return;
    ev.preventDefault();
    const at = query.selectionStart;
    query.setRangeText(names[0].slice(word.length) + ":", at, at, "end");
    paint();
    suggest();
  });
  query.addEventListener("click", suggest);

  document.getElementById("question").addEventListener("change", function (e) {
    if (page.questions[e.target.value]) { query.value = page.questions[e.target.value]; paint(); }
  });

  // --- results -----------------------------------------------------------------------------
  function shortIri(iri) {
    if (iri.startsWith(page.base)) return iri.slice(page.base.length);
    for (const [p, ns] of Object.entries(prefixes)) {
      if (iri.startsWith(ns) && iri.length > ns.length && !iri.slice(ns.length).includes("/")) return p + ":" + iri.slice(ns.length);
    }
    return iri;
  }
  function termCell(term) {
    const td = el("td");
    if (!term) return td;
    if (term.type === "uri") {
      const local = term.value.startsWith(page.base) ? "/id/" + term.value.slice(page.base.length) : null;
      const node = el(local ? "a" : "span", shortIri(term.value), "iri");
      node.title = term.value;
      if (local) node.href = local;
      td.append(node);
    } else if (term.type === "bnode") {
      td.append(el("span", "_:" + term.value, "iri"));
    } else {
      td.append(term.value);
      const tag = term["xml:lang"] ? "@" + term["xml:lang"] : term.datatype ? "^^" + shortIri(term.datatype) : "";
      if (tag && !tag.endsWith("xsd:string")) td.append(" ", el("span", tag, "muted small"));
    }
    return td;
  }

  const FORMATS = {
    table: [["csv", "CSV", "text/csv"], ["tsv", "TSV", "text/tab-separated-values"], ["json", "JSON", "application/sparql-results+json"]],
    graph: [["ttl", "Turtle", "text/turtle"], ["nt", "N-Triples", "application/n-triples"], ["jsonld", "JSON-LD", "application/ld+json"]],
  };
  let last = null; // the query whose results are shown, and their shape

  function post(text, accept) {
    return fetch("/sparql", { method: "POST", body: new URLSearchParams({ query: text }), headers: { Accept: accept } });
  }
  function linkTo(text) {
    return "/sparql?query=" + encodeURIComponent(text);
  }

  async function run(text) {
    error.textContent = "";
    table.replaceChildren();
    downloads.hidden = true;
    status.textContent = "running…";
    const started = performance.now();
    const r = await post(text, "application/sparql-results+json, text/turtle;q=0.5");
    const ms = Math.round(performance.now() - started);
    if (!r.ok) {
      status.textContent = r.status + " after " + ms + " ms";
      const body = await r.text();
      try { error.textContent = JSON.parse(body).detail; } catch (_) { error.textContent = body; }
      return;
    }
    let shape = "table";
    if (!(r.headers.get("content-type") || "").includes("json")) {
      shape = "graph";
      table.replaceChildren(el("caption", await r.text(), "graph-result"));
      status.textContent = "graph result, " + ms + " ms";
    } else {
      const data = await r.json();
      if ("boolean" in data) {
        table.replaceChildren(el("caption", "ASK: " + data.boolean));
        status.textContent = ms + " ms";
      } else {
        const vars = data.head.vars;
        const head = el("tr");
        vars.forEach((v) => head.append(el("th", v)));
        table.append(head);
        for (const b of data.results.bindings) {
          const tr = el("tr");
          vars.forEach((v) => tr.append(termCell(b[v])));
          table.append(tr);
        }
        status.textContent = data.results.bindings.length + " rows, " + ms + " ms";
      }
    }
    last = { text, shape };
    document.querySelectorAll("a.download").forEach((a, i) => {
      const [ext, label] = FORMATS[shape][i];
      a.textContent = label;
      a.dataset.format = ext;
    });
    permalink.href = linkTo(text);
    downloads.hidden = false;
  }

  document.querySelectorAll("a.download").forEach((a, i) => {
    a.addEventListener("click", async (ev) => {
      ev.preventDefault();
      if (!last) return;
      const [ext, , media] = FORMATS[last.shape][i];
      const r = await post(last.text, media);
      if (!r.ok) { error.textContent = await r.text(); return; }
      const blob = new Blob([await r.arrayBuffer()], { type: r.headers.get("content-type") || media });
      const save = el("a");
      save.href = URL.createObjectURL(blob);
      save.download = "geokb-results." + ext;
      document.body.append(save);
      save.click();
      save.remove();
      setTimeout(() => URL.revokeObjectURL(save.href), 1000);
    });
  });

  // Run puts the query in the URL (a new history entry); back and forward rerun theirs.
  document.getElementById("form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const text = query.value;
    if (new URLSearchParams(location.search).get("query") !== text) history.pushState(null, "", linkTo(text));
    run(text);
  });
  window.addEventListener("popstate", () => {
    const text = new URLSearchParams(location.search).get("query");
    if (text === null) {
      table.replaceChildren();
      downloads.hidden = true;
      status.textContent = "";
      return;
    }
    query.value = text;
    paint();
    run(text);
  });

  paint();
  const ready = () => { document.body.dataset.ready = "true"; };
  if (page.query !== null) run(page.query).finally(ready);
  else ready();
})();
