"""HTML pages from Jinja2 templates with autoescaping: article text never becomes markup."""

from __future__ import annotations

from importlib.resources import files
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from kb.formats import HTML, negotiate

templates = Jinja2Templates(directory=str(files("api") / "templates"))
templates.env.autoescape = True  # every template, whatever its file name


def negotiate_page(accept: str | None, offers: list[str]) -> str:
    """HTML when the client asks for it by name (a browser), else the best of ``offers``.

    ``*/*`` or no Accept at all most likely means a program, which gets ``offers[0]``.
    """
    media = negotiate(accept, [HTML, *offers])
    if media == HTML and "html" not in (accept or ""):
        return offers[0]
    return media


def render(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status_code)
