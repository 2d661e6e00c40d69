"""From text to claims: the scan (:class:`~claimtrack.extract.Scanner`), then the context of
each figure (:mod:`claimtrack.context`), then one :class:`~claimtrack.Claim` per figure.

>>> [c.text for c in extract("China sent almost 400 million doses and 19 experts in 2021.")]
['almost 400 million doses', '19 experts']
>>> extract("Trade reached $1.2bn.")[0].quantity.interval.high
1250000000.0
"""

from __future__ import annotations

import functools
from typing import Any

from claimtrack._lexicon import Lexicon, default_lexicon
from claimtrack._models import Claim, Document
from claimtrack.context import ClaimContext, ContextReader, DocumentIndex
from claimtrack.extract import DateMention, Mention, Patterns, Scanner

__all__ = ["Extractor", "default_extractor", "extract"]


class Extractor:
    """Finds figures in text. Build one per lexicon; :func:`extract` uses the default one.

    An extractor holds only read-only data (its lexicon and compiled patterns), so one instance
    may be shared freely; it pickles as its lexicon and builds its patterns again when loaded.
    """

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or default_lexicon()
        self.scanner = Scanner(self.lexicon)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.lexicon,))

    @property
    def context_reader(self) -> ContextReader:
        """The context reader of this extractor's lexicon (built on first use)."""
        reader: ContextReader | None = self.__dict__.get("_context_reader")
        if reader is None:
            reader = self._context_reader = ContextReader(self.lexicon)
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

    def extract_indexed(self, doc: Document) -> tuple[list[Claim], DocumentIndex]:
        """:meth:`extract`, and the document's context index (entities, times, sentences) that
        the consistency check reads lists of names from, built once."""
        return self._claims(doc, *self.scan(doc.text))

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
        )


@functools.cache
def default_extractor() -> Extractor:
    """The extractor for the default lexicon (built on first use)."""
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
