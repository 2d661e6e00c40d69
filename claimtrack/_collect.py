"""Claims for the check, and the consensus of given claims: what the command line needs to treat
documents and stored claims alike.

``check(documents) == check_claims(extract_all(documents))``, and ``consensus(documents) ==
consensus_claims(extract_all(documents))``, also after a JSON round trip of the claims.
(Written by helper "io" over the private check; the lead moves it into the pipeline and check.)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from claimtrack._consistency import Metric, MetricView, _all_claims, _index, _views
from claimtrack._extract import Extractor, default_extractor
from claimtrack._models import Claim, Document

__all__ = ["consensus_claims", "extract_all"]


def extract_all(
    documents: Iterable[Document | str],
    *,
    metrics: Sequence[Metric] = (),
    extractor: Extractor | None = None,
) -> list[Claim]:
    """Every claim of ``documents`` that :func:`~claimtrack.check` reads: the figures
    :func:`~claimtrack.extract` finds, and a count for each explicit list of country names
    ("Barbados, Dominica and Grenada"), with the declared ``metrics`` applied."""
    return _all_claims(documents, extractor or default_extractor(), metrics)


def consensus_claims(
    claims: Iterable[Claim], *, rates: Mapping[str, float] | None = None
) -> list[MetricView]:
    """:func:`~claimtrack.consensus` over already extracted claims (see :func:`extract_all`)."""
    return _views(_index(claims, rates, default_extractor()))
