"""HTML pages from Jinja2 templates with autoescaping: article text never becomes markup."""

from __future__ import annotations

from importlib.resources import files
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from kb.sparql import negotiate

templates = Jinja2Templates(directory=str(files("api") / "templates"))
templates.env.autoescape = True  # every template, whatever its file name


def negotiate_page(accept: str | None, offers: list[str]) -> str:
    """HTML when the client asks for it by name (a browser), else the best of ``offers``.

    ``*/*`` or no Accept at all most likely means a program, which gets ``offers[0]``.
    """
    media = negotiate(accept, ["text/html", *offers])
    if media == "text/html" and "html" not in (accept or ""):
        return offers[0]
    return media


def prefers_html(accept: str | None, offers: list[str]) -> bool:
    """Whether the client ranks ``text/html`` strictly above every one of ``offers``.

    A browser that follows a link to ``/sparql?query=...`` sends ``text/html`` first and
    ``*/*`` lower, so it gets the query page; a SPARQL client that names result types, or
    sends ``*/*`` alone, keeps getting results as before.
    """
    ranges = []
    for part in (accept or "").split(","):
        media, *fields = (f.strip().lower() for f in part.split(";"))
        q = next((f[2:] for f in fields if f.startswith("q=")), "1")
        try:
            ranges.append((media, float(q)))
        except ValueError:
            ranges.append((media, 0.0))

    def quality(offer: str) -> float:
        kind = offer.split("/")[0] + "/*"
        for candidates in ([offer], [kind], ["*/*"]):  # the most specific range decides
            found = [q for media, q in ranges if media in candidates]
            if found:
                return max(found)
        return 0.0

    return quality("text/html") > max((quality(o) for o in offers), default=0.0)


def render(
    request: Request,
    name: str,
    context: dict[str, Any],
    status_code: int = 200,
    headers: dict[str, str] | None = None,
) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status_code, headers=headers)
