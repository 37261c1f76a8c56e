// The SPARQL query page: runs the query with fetch and draws the results as a table.
// Every value is inserted with textContent, never as HTML.
(function () {
  "use strict";
  const questions = JSON.parse(document.getElementById("questions-data").textContent);
  const query = document.getElementById("query");
  const status = document.getElementById("status");
  const error = document.getElementById("error");
  const table = document.getElementById("results");

  document.getElementById("question").addEventListener("change", function (e) {
    if (questions[e.target.value]) query.value = questions[e.target.value];
  });

  function cell(tag, text) {
    const el = document.createElement(tag);
    el.textContent = text;
    return el;
  }

  document.getElementById("form").addEventListener("submit", async function (e) {
    e.preventDefault();
    error.textContent = "";
    table.replaceChildren();
    status.textContent = "running…";
    const started = performance.now();
    const body = new URLSearchParams({ query: query.value });
    const r = await fetch("/sparql", {
      method: "POST",
      body: body,
      headers: { Accept: "application/sparql-results+json, text/turtle;q=0.5" },
    });
    const ms = Math.round(performance.now() - started);
    if (!r.ok) {
      status.textContent = r.status + " after " + ms + " ms";
      const text = await r.text();
      try { error.textContent = JSON.parse(text).detail; } catch (_) { error.textContent = text; }
      return;
    }
    if (!(r.headers.get("content-type") || "").includes("json")) {
      error.textContent = "";
      const pre = cell("pre", await r.text());
      table.replaceChildren(pre);
      status.textContent = "graph result, " + ms + " ms";
      return;
    }
    const data = await r.json();
    if ("boolean" in data) {
      table.replaceChildren(cell("caption", "ASK: " + data.boolean));
      status.textContent = ms + " ms";
      return;
    }
    const vars = data.head.vars;
    const head = document.createElement("tr");
    vars.forEach(function (v) { head.appendChild(cell("th", v)); });
    table.appendChild(head);
    data.results.bindings.forEach(function (b) {
      const tr = document.createElement("tr");
      vars.forEach(function (v) {
        const term = b[v];
        const td = document.createElement("td");
        if (term && term.type === "uri" && term.value.indexOf("/id/") > 0) {
          const a = cell("a", term.value);
          a.href = "/id/" + term.value.split("/id/").slice(1).join("/id/");
          a.className = "iri";
          td.appendChild(a);
        } else if (term) {
          td.textContent = term.value;
          if (term.type === "uri") td.className = "iri";
        }
        tr.appendChild(td);
      });
      table.appendChild(tr);
    });
    status.textContent = data.results.bindings.length + " rows, " + ms + " ms";
  });
})();
