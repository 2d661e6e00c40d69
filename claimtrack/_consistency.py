"""Compatibility shim: extract, then check (the check itself is :mod:`claimtrack.check`).

``check``, ``consensus`` and ``analyze`` extract claims from documents and hand them to
:func:`claimtrack.check.check_claims`; this is the only place where the check meets the extractor
and the context reader. Extraction fills the fields the check reads (places, goods, the counted
noun) and adds the count claims that explicit lists of names make. At integration these move to
``claimtrack/pipeline.py`` (documents -> claims -> inconsistencies) and the context package.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from claimtrack._extract import Extractor, default_extractor
from claimtrack._models import Claim, Document, Inconsistency, Quantity
from claimtrack.check import (
    Metric,
    MetricView,
    PeriodView,
    analyze_claims,
    check_claims,
    consensus_of,
    describe_time,
)
from claimtrack.context.lists import LIST_SUBJECT, MIN_LIST_ITEMS

if TYPE_CHECKING:
    from claimtrack.context import ClaimContext, ContextReader, DocumentIndex, ListMention

__all__ = [
    "LIST_SUBJECT",
    "MIN_LIST_ITEMS",
    "Metric",
    "MetricView",
    "PeriodView",
    "analyze",
    "check",
    "check_claims",
    "consensus",
    "describe_time",
]

# ---------------------------------------------------------------------- lists of names


def _list_claims(doc: Document, index: DocumentIndex, reader: ContextReader) -> list[Claim]:
    """Explicit lists of country names ("Barbados, Dominica and Grenada") as counts."""
    return [_list_claim(doc, m, reader.context(index, m)) for m in reader.list_mentions(index)]


def _list_claim(doc: Document, mention: ListMention, context: ClaimContext) -> Claim:
    count = mention.count
    listed = set(mention.names)
    return Claim(
        doc=doc.id, span=(mention.start, mention.end), text=doc.text[mention.start : mention.end],
        quantity=Quantity(value=count, low=count, high=count, unit="country", kind="count",
                          counted=context.counted),
        sentence=context.sentence, subject=LIST_SUBJECT, metric=context.metric,
        entities=tuple(e for e in context.entities if e.text not in listed),
        time=context.time, attribution=context.attribution, source=doc.source,
        published=doc.published, places=context.places, goods=context.goods,
        listed=mention.names,
    )  # fmt: skip


# ---------------------------------------------------------------------- extract, then check


def _as_document(item: Document | str, number: int) -> Document:
    return item if isinstance(item, Document) else Document(text=item, id=f"doc{number}")


def _all_claims(documents: Iterable[Document | str], extractor: Extractor) -> list[Claim]:
    """Every claim of the documents, list counts included, with the fields the check reads."""
    reader = extractor.context_reader
    claims: list[Claim] = []
    for number, item in enumerate(documents, 1):
        doc = _as_document(item, number)
        found, index = extractor.extract_indexed(doc)
        claims += found
        claims += _list_claims(doc, index, reader)
    return claims


def check(
    documents: Iterable[Document | str],
    *,
    rates: Mapping[str, float] | None = None,
    metrics: Sequence[Metric] = (),
    extractor: Extractor | None = None,
) -> list[Inconsistency]:
    """Figures in different documents that cannot all be true, each with its reason.

    ``rates`` maps ISO currency codes to values in one common currency (say ``{"USD": 1.0,
    "CNY": 0.14}``); without it no two currencies are compared. ``metrics`` declares what a
    fact-check tracks (see :class:`Metric`).
    """
    claims = _all_claims(documents, extractor or default_extractor())
    return check_claims(claims, rates=rates, metrics=metrics)


def consensus(
    documents: Iterable[Document | str],
    *,
    rates: Mapping[str, float] | None = None,
    metrics: Sequence[Metric] = (),
    extractor: Extractor | None = None,
) -> list[MetricView]:
    """For each metric with figures from two or more documents: the figures side by side."""
    claims = _all_claims(documents, extractor or default_extractor())
    return consensus_of(claims, rates=rates, metrics=metrics)


def analyze(
    documents: Iterable[Document | str],
    *,
    rates: Mapping[str, float] | None = None,
    metrics: Sequence[Metric] = (),
    extractor: Extractor | None = None,
) -> tuple[list[Inconsistency], list[MetricView]]:
    """:func:`check` and :func:`consensus` at once, extracting each document once."""
    claims = _all_claims(documents, extractor or default_extractor())
    return analyze_claims(claims, rates=rates, metrics=metrics)
