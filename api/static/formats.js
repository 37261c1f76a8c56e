// "Also as" links on resource pages: fetch the same IRI with another Accept header and show it.
document.querySelectorAll("a.fmt").forEach(function (a) {
  a.addEventListener("click", async function (e) {
    e.preventDefault();
    const r = await fetch(location.pathname, { headers: { Accept: a.dataset.accept } });
    const pre = document.createElement("pre");
    pre.textContent = await r.text();
    document.querySelector("main").replaceChildren(pre);
  });
});
