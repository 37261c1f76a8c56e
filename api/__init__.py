"""The geokb web service: thin FastAPI routes over :mod:`kb`."""

from api.app import create_app

__all__ = ["create_app"]
