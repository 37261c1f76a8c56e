"""YAML for data that comes from strangers: no anchors, no aliases.

Why: an alias is a reference, so a few kilobytes of nested anchors (``&a [*b, *b, ...]``)
load into a structure of billions of nodes once anything walks it. A 5.8 KB annotation
posted to the service took 1 GB and froze it for 7 s when it was checked. An annotation
never needs an alias, so the loader refuses the first anchor or alias it meets, before
anything is built from it.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.composer import ComposerError
from yaml.events import AliasEvent

from kb.errors import AnnotationError

__all__ = ["NoAliasLoader", "load_untrusted", "load_yaml"]


class NoAliasLoader(yaml.SafeLoader):
    """``yaml.SafeLoader`` that raises on anchors and aliases instead of resolving them.

    >>> yaml.load("a: [1, 2]", Loader=NoAliasLoader)
    {'a': [1, 2]}
    >>> load_untrusted("a: &x [1]\\nb: *x", "post")
    Traceback (most recent call last):
    ...
    kb.errors.AnnotationError: post:1: not accepted as YAML: YAML anchors are not accepted here
    """

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.peek_event()
        if isinstance(event, AliasEvent) or getattr(event, "anchor", None) is not None:
            what = "aliases" if isinstance(event, AliasEvent) else "anchors"
            raise ComposerError(None, None, f"YAML {what} are not accepted here", event.start_mark)
        return super().compose_node(parent, index)


def load_untrusted(text: str, source: str) -> Any:
    """Parse ``text`` with :class:`NoAliasLoader`; any problem is an :class:`AnnotationError`."""
    return load_yaml(text, source, NoAliasLoader, "not accepted as YAML")


def load_yaml(text: str, source: str, loader: type[yaml.SafeLoader], failure: str) -> Any:
    """Parse ``text`` with ``loader``; a problem is an :class:`AnnotationError` naming ``source:line``."""
    try:
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{source}:{mark.line + 1}" if mark else source
        problem = getattr(exc, "problem", None) or str(exc)
        raise AnnotationError(f"{where}: {failure}: {problem}") from None
