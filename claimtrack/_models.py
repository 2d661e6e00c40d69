"""The data claimtrack produces: documents, quantities, claims and inconsistencies.

Every model is a frozen Pydantic v2 value: hashable, comparable, and JSON round-trips
through ``model_dump_json`` / ``model_validate_json``. :func:`json_schema` exports the
schema of all of them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from claimtrack._bounds import committed_interval

if TYPE_CHECKING:
    import pint

__all__ = [
    "Bound",
    "Change",
    "Claim",
    "Document",
    "Entity",
    "Inconsistency",
    "InconsistencyKind",
    "Interval",
    "Kind",
    "Quantity",
    "Severity",
    "TimeScope",
    "claim_id",
    "json_schema",
]

Bound = Literal["=", "~", "<", "<=", ">", ">="]
"""How the wording bounds the figure: exact, about, below, at most, above, at least."""

Change = Literal["up", "down"]
"""Direction of a stated change ("rose 5%" is up, "fell by 2.5%" is down)."""

Kind = Literal["number", "count", "money", "percent", "measure", "ordinal"]
"""What sort of figure a quantity is: a bare number, a count of things, an amount of money,
a percentage (or percentage points), a physical measure (pint unit), or an ordinal ("fifth")."""

InconsistencyKind = Literal["mismatch", "bound-violation", "cumulative-decrease", "count-vs-list"]
"""Why figures conflict: intervals apart, a stated bound broken, a running total that fell, or
a stated count that differs from a list of names."""

Severity = Literal["low", "medium", "high"]
"""How far apart conflicting figures are, relative to their size."""

_FROZEN = ConfigDict(frozen=True, extra="forbid")


class Interval(BaseModel):
    """An interval of the real line; ``None`` at an end means unbounded on that side."""

    model_config = _FROZEN

    low: float | None
    high: float | None
    low_open: bool = False
    high_open: bool = False

    def overlaps(self, other: Interval) -> bool:
        """True when the two intervals share at least one point."""
        return not (self._below(other) or other._below(self))

    def _below(self, other: Interval) -> bool:
        """True when every point of ``self`` lies below every point of ``other``."""
        if self.high is None or other.low is None:
            return False
        if self.high < other.low:
            return True
        return self.high == other.low and (self.high_open or other.low_open)

    def __contains__(self, x: float) -> bool:
        above = self.low is None or x > self.low or (x == self.low and not self.low_open)
        below = self.high is None or x < self.high or (x == self.high and not self.high_open)
        return above and below

    def intersection(self, other: Interval) -> Interval | None:
        """The common part of the two intervals, or ``None`` when they are disjoint."""
        if not self.overlaps(other):
            return None
        low, low_open = _tighter(self.low, self.low_open, other.low, other.low_open, max)
        high, high_open = _tighter(self.high, self.high_open, other.high, other.high_open, min)
        return Interval(low=low, high=high, low_open=low_open, high_open=high_open)

    def __str__(self) -> str:
        left = "(" if self.low is None or self.low_open else "["
        right = ")" if self.high is None or self.high_open else "]"
        low = "-inf" if self.low is None else f"{self.low:g}"
        high = "inf" if self.high is None else f"{self.high:g}"
        return f"{left}{low}, {high}{right}"


def _tighter(
    a: float | None, a_open: bool, b: float | None, b_open: bool, pick: Any
) -> tuple[float | None, bool]:
    if a is None:
        return b, b_open
    if b is None or a == b:
        return a, a_open or (b is not None and b_open)
    return (a, a_open) if pick(a, b) == a else (b, b_open)


class Quantity(BaseModel):
    """How much: the stated figure, the limits the wording sets, and the unit.

    ``value`` is the figure after scale words (4e8 for "400 million"), or ``None`` for a range or a
    vague amount. ``low``/``high`` are the stated limits (``None`` = open). :attr:`interval` is the
    committed interval the consistency check compares: the stated limits widened by the hedge
    ``tolerance`` (relative) and the stated ``precision`` (absolute, in ``unit``).

    >>> q = Quantity(value=4500.0, low=4500.0, high=4500.0, unit="kilometer", precision=50.0)
    >>> str(q.interval)
    '[4450, 4550]'
    """

    model_config = _FROZEN

    value: float | None
    low: float | None
    high: float | None
    bound: Bound = "="
    unit: str = "dimensionless"
    kind: Kind = "number"
    change: Change | None = None
    precision: float = Field(default=0.0, ge=0.0)
    tolerance: float = Field(default=0.0, ge=0.0, lt=1.0)
    vague: bool = False
    counted: str | None = None
    """For a count: the thing counted, as the check compares it (the singular count noun with
    synonyms folded: "vessel" and "ship" are both "ship"); None for other kinds."""

    @field_validator("value", "low", "high", "precision", "tolerance")
    @classmethod
    def _finite(cls, x: float | None) -> float | None:
        if x is not None and not math.isfinite(x):
            raise ValueError(f"must be finite, got {x!r}")
        return x

    @model_validator(mode="after")
    def _ordered(self) -> Quantity:
        if not _in_order(self.low, self.value, self.high):
            raise ValueError(
                f"need low <= value <= high, got low={self.low} value={self.value} high={self.high}"
            )
        if not self.unit:
            raise ValueError("unit must be a non-empty string (use 'dimensionless')")
        return self

    @property
    def interval(self) -> Interval:
        """The committed interval: what the wording says the true value lies in."""
        low, high, low_open, high_open = committed_interval(
            self.value, self.low, self.high, self.bound, self.precision, self.tolerance, self.vague
        )
        return Interval(low=low, high=high, low_open=low_open, high_open=high_open)

    def to_pint(self, registry: pint.UnitRegistry[Any] | None = None) -> pint.Quantity[Any]:
        """The figure (or the middle of its limits) as a pint Quantity in ``unit``."""
        from claimtrack._units import to_pint

        return to_pint(self, registry)

    def to(self, unit: str, registry: pint.UnitRegistry[Any] | None = None) -> Quantity:
        """This quantity converted to ``unit`` (a pint unit name or expression).

        Raises :class:`~claimtrack.UnitError` when the dimensions differ (currencies are each
        their own dimension; count nouns too).
        """
        from claimtrack._units import convert_quantity

        return convert_quantity(self, unit, registry)


def _in_order(low: float | None, value: float | None, high: float | None) -> bool:
    """``low <= value <= high`` over the ends that are stated (not None). Written out, not as
    a sorted list: a claim runs this check twice (pydantic runs it again in the claim)."""
    middle = high if value is None else value
    return (low is None or middle is None or low <= middle) and (
        value is None or high is None or value <= high
    )


class Entity(BaseModel):
    """A country, region or organisation named with a figure."""

    model_config = _FROZEN

    name: str
    type: Literal["country", "region", "organization"] = "country"
    role: Literal["giver", "receiver", "counted"] | None = None
    text: str = ""


class TimeScope(BaseModel):
    """When a figure holds: a point, a period, or unknown; ``cumulative`` for running totals."""

    model_config = _FROZEN

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

    model_config = _FROZEN

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
    in its sentence) and, for a count made from an explicit list of names, ``listed``.

    >>> Claim(doc="a", span=(0, 2), text="5%", quantity=Quantity(value=5.0, low=5.0, high=5.0)).id
    'a:0-2:5391'
    """

    model_config = _FROZEN

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


class Inconsistency(BaseModel):
    """Figures about the same thing that cannot all be true, with the reason."""

    model_config = _FROZEN

    kind: InconsistencyKind
    claims: tuple[Claim, ...]
    explanation: str
    severity: Severity = "medium"
    metric: str = ""


def json_schema() -> dict[str, Any]:
    """The JSON Schema of claimtrack's JSON output (claims and inconsistencies)."""
    from pydantic.json_schema import models_json_schema

    _, schema = models_json_schema(
        [(Claim, "serialization"), (Inconsistency, "serialization"), (Document, "validation")],
        title="claimtrack",
    )
    return schema
