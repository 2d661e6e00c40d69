"""The data flow end to end: text -> mentions (:class:`~claimtrack.extract.Scanner`) -> the
context of each (:class:`~claimtrack.context.ContextReader`) -> one :class:`~claimtrack.Claim`
per figure, and per explicit list of names; then claims -> inconsistencies
(:func:`~claimtrack.check.check_claims`).

>>> [c.text for c in extract("China sent almost 400 million doses and 19 experts in 2021.")]
['almost 400 million doses', '19 experts']
>>> extract("Trade reached $1.2bn.")[0].quantity.interval.high
1250000000.0
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from claimtrack.check import Metric, MetricView, analyze_claims, check_claims, consensus_claims
from claimtrack.config import Config, default_config
from claimtrack.context import LIST_SUBJECT, ClaimContext, ContextReader, DocumentIndex, ListMention
from claimtrack.extract import DateMention, Mention, Patterns, Scanner
from claimtrack.extract.blocks import blocks
from claimtrack.lang import Lexicon
from claimtrack.model import Claim, Document, Inconsistency, Quantity, claim_id

__all__ = [
    "Extractor",
    "analyze",
    "check",
    "consensus",
    "default_extractor",
    "extract",
    "extract_all",
]


class Extractor:
    """Finds figures in text. Build one per :class:`~claimtrack.Config`; :func:`extract` uses
    the default one.

    An extractor holds only read-only data (its configuration and compiled patterns), so one
    instance may be shared freely; it pickles as its configuration and builds its patterns again
    when loaded.
    """

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or default_config()
        self.scanner = Scanner(self.config.lexicon)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.config,))

    @property
    def lexicon(self) -> Lexicon:
        """The words this extractor reads (its configuration's lexicon)."""
        return self.config.lexicon

    @property
    def context_reader(self) -> ContextReader:
        """The context reader of this extractor's lexicon (built on first use)."""
        reader: ContextReader | None = self.__dict__.get("_context_reader")
        if reader is None:
            reader = self._context_reader = ContextReader(self.lexicon, self.config.context)
        return reader

    @property
    def patterns(self) -> Patterns:
        """The scanner's compiled patterns."""
        return self.scanner.patterns

    def extract(self, source: str | Document, *, context: bool = True) -> list[Claim]:
        """Every figure in ``source`` as a :class:`~claimtrack.Claim`, in text order.

        With ``context=False`` only the quantities are read: each claim carries its ``doc``,
        ``span``, ``text``, ``quantity``, ``source`` and ``published``, its other fields keep
        their defaults, and no context index of the document is built (about twice as fast).
        Spans and quantities are the same either way.
        """
        doc = source if isinstance(source, Document) else Document(text=source)
        mentions, dates = self.scan(doc.text)
        if not mentions:
            return []
        if not context:
            reader = self.context_reader
            return [self._claim(doc, m, ClaimContext(counted=reader.counted(m))) for m in mentions]
        return self._claims(doc, mentions, dates)[0]

    def extract_all(self, source: str | Document) -> list[Claim]:
        """:meth:`extract`, and a count claim for each explicit list of names ("Barbados,
        Dominica and Grenada": 3 countries): every claim the check reads."""
        doc = source if isinstance(source, Document) else Document(text=source)
        claims, index = self._claims(doc, *self.scan(doc.text))
        reader = self.context_reader
        return claims + [
            _list_claim(doc, m, reader.context(index, m)) for m in reader.list_mentions(index)
        ]

    def iter_claims(self, doc: Document, *, context: bool = True) -> Iterator[Claim]:
        """The claims of :meth:`extract_all` (with ``context=False``, of :meth:`extract`), one
        block of paragraphs at a time: a document over
        :data:`~claimtrack.extract.blocks.BLOCK_CHARS` characters is read in blocks, so memory
        stays bounded and claims come before the whole text is read. Spans index the whole
        document; context (the lead, lists of names) is read within each block."""
        for start, text in blocks(doc.text):
            part = doc if len(text) == len(doc.text) else doc.model_copy(update={"text": text})
            found = self.extract_all(part) if context else self.extract(part, context=False)
            if not start:
                yield from found
                continue
            for claim in found:
                span = (claim.span[0] + start, claim.span[1] + start)
                yield claim.model_copy(
                    update={"span": span, "id": claim_id(doc.id, span, claim.text)}
                )

    def scan(self, text: str) -> tuple[list[Mention], list[DateMention]]:
        """Number mentions (ranges merged) and date mentions of ``text``, in one pass."""
        return self.scanner.scan(text)

    def _claims(
        self, doc: Document, mentions: list[Mention], dates: list[DateMention]
    ) -> tuple[list[Claim], DocumentIndex]:
        reader = self.context_reader
        index = reader.document_index(doc.text, dates, doc.published)
        return [self._claim(doc, m, reader.context(index, m)) for m in mentions], index

    def _claim(self, doc: Document, mention: Mention, context: ClaimContext) -> Claim:
        quantity = self.scanner.quantity(mention)
        if context.counted is not None:
            quantity = quantity.model_copy(update={"counted": context.counted})
        return Claim(
            doc=doc.id,
            span=(mention.start, mention.end),
            text=doc.text[mention.start : mention.end],
            quantity=quantity,
            sentence=context.sentence,
            subject=context.subject,
            metric=context.metric,
            entities=context.entities,
            time=context.time,
            attribution=context.attribution,
            source=doc.source,
            published=doc.published,
            places=context.places,
            goods=context.goods,
            frame=context.frame,
            intended=context.intended,
        )


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


@functools.cache
def default_extractor() -> Extractor:
    """The extractor of :func:`~claimtrack.config.default_config` (built on first use)."""
    return Extractor()


def extract(
    source: str | Document, *, extractor: Extractor | None = None, context: bool = True
) -> list[Claim]:
    """Every figure in a text or :class:`~claimtrack.Document`, as claims in text order.

    ``context=False`` reads quantities only (see :meth:`Extractor.extract`):

    >>> [(c.text, c.quantity.unit, c.sentence) for c in extract("About 5 km.", context=False)]
    [('About 5 km', 'kilometer', '')]
    """
    return (extractor or default_extractor()).extract(source, context=context)


def extract_all(
    documents: Iterable[Document | str], *, extractor: Extractor | None = None
) -> list[Claim]:
    """Every claim of ``documents`` that :func:`check` reads (see
    :meth:`Extractor.extract_all`); a text is a document with id ``doc1``, ``doc2``, ... by its
    place. ``check(docs) == check_claims(extract_all(docs))``, also after a JSON round trip."""
    found = extractor or default_extractor()
    claims: list[Claim] = []
    for number, item in enumerate(documents, 1):
        doc = item if isinstance(item, Document) else Document(text=item, id=f"doc{number}")
        claims += found.iter_claims(doc)
    return claims


def check(
    documents: Iterable[Document | str],
    *,
    rates: Mapping[str, float] | None = None,
    metrics: Sequence[Metric] | None = None,
    extractor: Extractor | None = None,
) -> list[Inconsistency]:
    """Figures in different documents that cannot all be true, each with its reason.

    ``rates`` maps ISO currency codes to values in one common currency (say ``{"USD": 1.0,
    "CNY": 0.14}``); without it no two currencies are compared. ``metrics`` declares what a
    fact-check tracks (see :class:`~claimtrack.Metric`). Both default to those of the
    extractor's configuration.
    """
    found = extractor or default_extractor()
    return check_claims(extract_all(documents, extractor=found), **_options(found, rates, metrics))


def consensus(
    documents: Iterable[Document | str],
    *,
    rates: Mapping[str, float] | None = None,
    metrics: Sequence[Metric] | None = None,
    extractor: Extractor | None = None,
) -> list[MetricView]:
    """For each metric with figures from two or more documents: the figures side by side."""
    found = extractor or default_extractor()
    claims = extract_all(documents, extractor=found)
    return consensus_claims(claims, **_options(found, rates, metrics))


def analyze(
    documents: Iterable[Document | str],
    *,
    rates: Mapping[str, float] | None = None,
    metrics: Sequence[Metric] | None = None,
    extractor: Extractor | None = None,
) -> tuple[list[Inconsistency], list[MetricView]]:
    """:func:`check` and :func:`consensus` at once, extracting each document once."""
    found = extractor or default_extractor()
    claims = extract_all(documents, extractor=found)
    return analyze_claims(claims, **_options(found, rates, metrics))


def _options(
    extractor: Extractor, rates: Mapping[str, float] | None, metrics: Sequence[Metric] | None
) -> dict[str, Any]:
    config = extractor.config
    return {
        "rates": config.rates if rates is None else rates,
        "metrics": config.metrics if metrics is None else metrics,
        "units": config.units,
    }
