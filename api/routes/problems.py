"""``/problems/{name}``: what each kind of error means, where an error answer's ``type`` points."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from kb import errors
from kb.errors import GeokbError, NotFoundError

router = APIRouter(tags=["service"])


@router.get("/problems/{name}", summary="One kind of error: its status and what it means")
async def problem_type(
    name: Annotated[str, Path(max_length=64, examples=["QueryTimeout"])],
) -> dict[str, object]:
    cls = getattr(errors, name, None) if name in errors.__all__ else None
    if not (isinstance(cls, type) and issubclass(cls, GeokbError)):
        raise NotFoundError(f"no kind of error called '{name}'")
    return {
        "type": f"/problems/{name}",
        "title": cls.title(),
        "status": cls.status,
        "description": " ".join((cls.__doc__ or "").split()),
        "retryAfter": cls.retry_after,
    }
