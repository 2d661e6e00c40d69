"""Documents and the claims read from them: one figure, where it is, and what it is about."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any, Literal

from pydantic import BaseModel, model_validator

from claimtrack.model.frozen import FROZEN
from claimtrack.model.quantity import Quantity

__all__ = ["OPPOSITE", "Claim", "Document", "Entity", "TimeScope", "claim_id"]

OPPOSITE = "!"
"""Marks an entry of :attr:`Claim.frame` that names an opposite of one of its words ("!import"
in the frame of "exported $96bn")."""


class Entity(BaseModel):
    """A country, region or organisation named with a figure; ``role`` "owner" when its
    sentence names no one and the entity is the one the document's headline or lead names."""

    model_config = FROZEN

    name: str
    type: Literal["country", "region", "organization"] = "country"
    role: Literal["giver", "receiver", "counted", "owner"] | None = None
    text: str = ""


class TimeScope(BaseModel):
    """When a figure holds: a point, a period, or unknown; ``cumulative`` for running totals."""

    model_config = FROZEN

    kind: Literal["point", "period", "unknown"] = "unknown"
    start: dt.date | None = None
    end: dt.date | None = None
    cumulative: bool = False
    text: str = ""

    @property
    def key(self) -> tuple[str, dt.date | None, dt.date | None]:
        """What two scopes must share to be "the same period"."""
        return (self.kind, self.start, self.end)


class Document(BaseModel):
    """A text to extract claims from; ``id`` names it in every claim and error."""

    model_config = FROZEN

    text: str
    id: str = "doc"
    published: dt.date | None = None
    source: str | None = None


class Claim(BaseModel):
    """One figure stated in one document, with what it is about.

    ``span`` is ``(start, end)`` into :attr:`Document.text`; ``text`` is the mention itself;
    ``id`` is derived from the document, the span and the text (given or left to be derived).
    A claim carries everything the consistency check reads: ``places`` (names outside the
    gazetteer that narrow what it is about, as ``word|qualifier``), ``goods`` (commodities named
    in its sentence), ``frame`` (the lemmas of the words around the figure that say what it
    counts or measures), ``intended`` (the figure is a plan, pledge, forecast or target, not an
    outcome) and, for a count made from an explicit list of names, ``listed``.

    >>> Claim(doc="a", span=(0, 2), text="5%", quantity=Quantity(value=5.0, low=5.0, high=5.0)).id
    'a:0-2:5391'
    """

    model_config = FROZEN

    id: str = ""
    doc: str
    span: tuple[int, int]
    text: str
    quantity: Quantity
    sentence: str = ""
    subject: str | None = None
    metric: str | None = None
    entities: tuple[Entity, ...] = ()
    time: TimeScope = TimeScope()
    attribution: str | None = None
    source: str | None = None
    published: dt.date | None = None
    places: tuple[str, ...] = ()
    goods: tuple[str, ...] = ()
    listed: tuple[str, ...] = ()
    frame: tuple[str, ...] = ()
    intended: bool = False

    def when(self) -> str:
        """When the figure holds, for a reader ("as of 2021-08-01", "over 2021-01-01 to
        2021-12-31", "no time stated (published 2021-07-28)")."""
        t = self.time
        if t.kind == "unknown":
            published = f" (published {self.published})" if self.published else ""
            return f"no time stated{published}"
        span = str(t.start) if t.start == t.end else f"{t.start} to {t.end}"
        return f"as of {span}" if t.cumulative or t.kind == "point" else f"over {span}"

    @model_validator(mode="before")
    @classmethod
    def _derive_id(cls, data: Any) -> Any:
        if isinstance(data, dict) and not data.get("id"):
            doc, span, text = data.get("doc"), data.get("span"), data.get("text")
            if isinstance(doc, str) and isinstance(text, str) and span is not None:
                data = {**data, "id": claim_id(doc, tuple(span), text)}
        return data

    @model_validator(mode="after")
    def _span_fits(self) -> Claim:
        start, end = self.span
        if not 0 <= start <= end:
            raise ValueError(f"span must be 0 <= start <= end, got {self.span}")
        if end - start != len(self.text):
            raise ValueError(f"span {self.span} does not fit text {self.text!r}")
        return self


def claim_id(doc: str, span: tuple[int, ...], text: str) -> str:
    """The stable id of the claim ``text`` at ``span`` in document ``doc``.

    >>> claim_id("report", (10, 14), "$5bn")
    'report:10-14:435c'
    """
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=2).hexdigest()
    return f"{doc}:{'-'.join(map(str, span))}:{digest}"
