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

import regex

from claimtrack._extract import Extractor, Mention, default_extractor
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

if TYPE_CHECKING:
    from claimtrack._context import ClaimContext, ContextReader, DocumentIndex

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

MIN_LIST_ITEMS = 3
"""A list of at least this many country names, the last joined by "and", is an explicit count."""

LIST_SUBJECT = "countries listed"
"""The subject of the count claim a list of names makes."""


# ---------------------------------------------------------------------- lists of names


def _list_claims(doc: Document, index: DocumentIndex, reader: ContextReader) -> list[Claim]:
    """Explicit lists of country names ("Barbados, Dominica and Grenada") as counts."""
    countries = [em for em in index.entities if em.entity.type == "country"]
    runs: list[list[tuple[int, int]]] = []
    for em in countries:
        run = runs[-1] if runs else None
        if run and _LIST_GAP.fullmatch(doc.text, run[-1][1], em.start):
            run.append((em.start, em.end))
        else:
            runs.append([(em.start, em.end)])
    return [
        _list_claim(doc, run, reader.context(index, _list_mention(run)))
        for run in runs
        if len(run) >= MIN_LIST_ITEMS and " and " in doc.text[run[-2][1] : run[-1][0]] + " "
    ]


_LIST_GAP = regex.compile(r",?+\s*+(?:and\s++)?+")


def _list_mention(run: list[tuple[int, int]]) -> Mention:
    count = float(len(run))
    return Mention(run[0][0], run[-1][1], run[0][0], count, count, unit="country", kind="count")


def _list_claim(doc: Document, run: list[tuple[int, int]], context: ClaimContext) -> Claim:
    start, end = run[0][0], run[-1][1]
    count = float(len(run))
    names = tuple(doc.text[a:b] for a, b in run)
    listed = set(names)
    return Claim(
        doc=doc.id, span=(start, end), text=doc.text[start:end],
        quantity=Quantity(value=count, low=count, high=count, unit="country", kind="count"),
        sentence=context.sentence, subject=LIST_SUBJECT, metric=context.metric,
        entities=tuple(e for e in context.entities if e.text not in listed),
        time=context.time, attribution=context.attribution, source=doc.source,
        published=doc.published, listed=names,
    )  # fmt: skip


# ---------------------------------------------------------------------- extract, then check


def _as_document(item: Document | str, number: int) -> Document:
    return item if isinstance(item, Document) else Document(text=item, id=f"doc{number}")


def _all_claims(documents: Iterable[Document | str], extractor: Extractor) -> list[Claim]:
    """Every claim of the documents, list counts included, with the fields the check reads."""
    from claimtrack._context import context_reader

    reader = context_reader(extractor.lexicon)
    about: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    claims: list[Claim] = []
    for number, item in enumerate(documents, 1):
        doc = _as_document(item, number)
        found, index = extractor.extract_indexed(doc)
        for claim in [*found, *_list_claims(doc, index, reader)]:
            claims.append(_filled(claim, reader, about))
    return claims


def _filled(
    claim: Claim, reader: ContextReader, about: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]
) -> Claim:
    """``claim`` with its places, goods and counted noun, as the reader finds them."""
    sentence = claim.sentence
    names = about.get(sentence)
    if names is None:
        names = about[sentence] = (
            tuple(sorted(reader.proper_names(sentence))),
            tuple(sorted(reader.goods(sentence))),
        )
    update: dict[str, object] = {"places": names[0], "goods": names[1]}
    q = claim.quantity
    if q.kind == "count":
        update["quantity"] = q.model_copy(update={"counted": reader.count_noun(q.unit)})
    return claim.model_copy(update=update)


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
