"""Text strategies with a known answer: a figure's wording, sentences and documents of figures."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import strategies as st

from claimtrack.model import Bound, Claim, Document, Kind, Quantity
from claimtrack.strategies._models import documents
from claimtrack.strategies._validation import check_counts, check_strategy
from claimtrack.strategies._wording import Figure, figures

__all__ = ["documents_with_figures", "mentions", "texts_with_figures"]

_SUBJECTS = ("The ministry", "Officials", "The agency", "A new report", "The port authority")
_VERBS = ("reported", "recorded", "listed", "counted", "cited")
_TAILS = (".", ", officials said.", " last year.", ", according to the report.")
_NO_FIGURE = ("The meeting ended without a statement.", "Talks will resume next week.")


def mentions(
    *,
    kinds: Sequence[Kind] | None = None,
    bounds: Sequence[Bound] | None = None,
    ranges: bool = True,
) -> st.SearchStrategy[tuple[str, Quantity]]:
    """``(text, expected)``: a figure written as English news wording, and what it states.

    The wording covers digits ("12", "4,500", "12345", "1.25"), number words ("twelve",
    "twenty-one"), scale words and abbreviations ("3 million", "$1.2bn", "€40m"), currency
    symbols, codes and names ("$", "US$", "USD 3 million", "3 million euros"), hedges ("about",
    "more than", "almost", "at least", ...), ranges ("10-12%", "5 to 7 km", "between 10 and 12
    ships", "from $1 million to $2 million"), units with their plurals ("km", "kilometers",
    "miles", "tonnes", "mph"), percentages and count nouns ("12 ships", "1 ship").

    ``kinds`` restricts what is stated (``"count"``, ``"percent"``, ``"measure"``, ``"money"``);
    ``bounds`` the bound the wording sets (``"="`` covers plain figures and ranges);
    ``ranges=False`` leaves ranges out. ``claimtrack.extract(text)`` should find one claim whose
    quantity has the expected ``value``, ``low``, ``high``, ``bound``, ``unit``, ``kind`` and
    ``tolerance``; its span ends at the end of ``text`` and starts at the beginning, or after the
    "between"/"from" that opens a range.

    Shrinks towards ``("1 ship", Quantity(value=1.0, low=1.0, high=1.0, unit="ship", ...))``.
    """
    return figures(kinds, bounds, ranges).map(lambda f: (f.text, f.quantity))


@st.composite
def _texts(
    draw: st.DrawFn,
    wordings: st.SearchStrategy[Figure],
    min_figures: int,
    max_figures: int,
    doc: Document,
) -> tuple[str, tuple[Claim, ...]]:
    # each figure comes with its own wording, so that the shrinker can drop whole figures
    clause = st.tuples(
        wordings,
        st.sampled_from(_SUBJECTS),
        st.sampled_from(_VERBS),
        st.sampled_from(_TAILS),
        st.booleans(),  # whether the next figure continues this sentence (", while ...")
    )
    found = draw(st.lists(clause, min_size=min_figures, max_size=max_figures))
    if not found:
        return draw(st.sampled_from(_NO_FIGURE)), ()
    text = ""
    claims_found: list[Claim] = []
    sentence_start = 0
    pending: list[tuple[int, Figure]] = []
    for i, (figure, subject, verb, tail, joined) in enumerate(found):
        if pending:
            text += f", while {subject[0].lower()}{subject[1:]} {verb} "
        else:
            text += (" " if text else "") + f"{subject} {verb} "
            sentence_start = len(text) - len(subject) - len(verb) - 2
        pending.append((len(text), figure))
        text += figure.text
        if joined and i + 1 < len(found):
            continue
        text += tail
        for here, fig in pending:
            claims_found.append(
                Claim(
                    doc=doc.id,
                    span=(here + fig.start, here + len(fig.text)),
                    text=fig.text[fig.start :],
                    quantity=fig.quantity,
                    sentence=text[sentence_start:],
                    source=doc.source,
                    published=doc.published,
                )
            )
        pending = []
    return text, tuple(claims_found)


def texts_with_figures(
    *,
    min_figures: int = 1,
    max_figures: int = 3,
    kinds: Sequence[Kind] | None = None,
    bounds: Sequence[Bound] | None = None,
    ranges: bool = True,
) -> st.SearchStrategy[tuple[str, tuple[Claim, ...]]]:
    """``(text, expected)``: sentences stating figures from :func:`mentions`, and their claims.

    The expected claims, in text order, carry the span and text of each mention, its quantity
    (as :func:`mentions` describes) and the sentence it is in; the document id is ``"doc"``.
    ``kinds``, ``bounds`` and ``ranges`` are as for :func:`mentions`. With ``min_figures=0`` the
    text may state no figure at all.

    Shrinks towards one short sentence stating ``min_figures`` plain counts ("The ministry
    reported 1 ship.").
    """
    check_counts(min_figures, max_figures)
    drawn = figures(kinds, bounds, ranges)
    return _texts(drawn, min_figures, max_figures, Document(text=""))


def documents_with_figures(
    *,
    min_figures: int = 1,
    max_figures: int = 3,
    kinds: Sequence[Kind] | None = None,
    bounds: Sequence[Bound] | None = None,
    ranges: bool = True,
    ids: st.SearchStrategy[str] | None = None,
    dated: bool | None = None,
) -> st.SearchStrategy[tuple[Document, tuple[Claim, ...]]]:
    """``(document, expected)``: a :class:`~claimtrack.Document` whose text states known figures.

    As :func:`texts_with_figures`, with the document's id, publication date (``dated`` as for
    :func:`documents`) and source copied into each expected claim.
    Shrinks towards ``Document(text="The ministry reported 1 ship.", id="doc")``.
    """
    check_counts(min_figures, max_figures)
    check_strategy("ids", ids)
    drawn = figures(kinds, bounds, ranges)

    @st.composite
    def build(draw: st.DrawFn) -> tuple[Document, tuple[Claim, ...]]:
        shell = draw(documents(ids=ids, texts=st.just(""), dated=dated))
        text, expected = draw(_texts(drawn, min_figures, max_figures, shell))
        return shell.model_copy(update={"text": text}), expected

    return build()
