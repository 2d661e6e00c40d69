"""What the context reader reads (figure and date mentions, as protocols: any object with these
attributes, such as the extractor's) and what it finds (entity and time mentions, a claim's
context)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from claimtrack.model import Entity, TimeScope

__all__ = ["ClaimContext", "DateLike", "EntityMention", "MentionLike", "TimeMention"]


class MentionLike(Protocol):
    """A figure in a text: its span, where its number starts, its unit and kind."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def number_start(self) -> int: ...
    @property
    def rate_start(self) -> int:
        """Where a rate begins ("2.5 million TEU| a year"), -1 if none."""
        ...

    @property
    def unit(self) -> str: ...
    @property
    def kind(self) -> str: ...


class DateLike(Protocol):
    """A date or year found in a text."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def text(self) -> str: ...


@dataclass(frozen=True)
class EntityMention:
    """A gazetteer entity named in a document."""

    start: int
    end: int
    entity: Entity


@dataclass(frozen=True)
class TimeMention:
    """A time expression of a document and the scope it states."""

    start: int
    end: int
    scope: TimeScope


@dataclass(frozen=True)
class ClaimContext:
    """What :meth:`~claimtrack.context.ContextReader.context` finds for one claim (by default:
    nothing, as a :class:`~claimtrack.Claim` read with ``context=False`` has it).

    ``places`` are the names outside the gazetteer its sentence names, as ``word|qualifier``,
    sorted; ``goods`` the commodities it names, sorted; ``counted``, for a count, the count noun
    with synonyms folded ("vessel" for "ship")."""

    sentence: str = ""
    subject: str | None = None
    metric: str | None = None
    entities: tuple[Entity, ...] = ()
    time: TimeScope = field(default_factory=TimeScope)
    attribution: str | None = None
    places: tuple[str, ...] = ()
    goods: tuple[str, ...] = ()
    counted: str | None = None
    frame: tuple[str, ...] = ()
    intended: bool = False
