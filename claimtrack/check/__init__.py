"""Claims -> inconsistencies: which figures in different documents cannot all be true, and why.

The check reads only claims (:mod:`claimtrack.model`), converts units
(:mod:`claimtrack.units`) and never extracts or reads text again, so claims stored as JSON
check the same as freshly extracted ones. Modules, in the order data flows through them:

- :mod:`~claimtrack.check.metrics`: declared :class:`Metric` s tag the claims they match;
- :mod:`~claimtrack.check.records`: a claim reduced to key, base-unit interval, period, names;
- :mod:`~claimtrack.check.keys`: claims grouped by key and entity set (blocking);
- :mod:`~claimtrack.check.finder`: disjoint intervals within a period, running totals in order;
- :mod:`~claimtrack.check.explain`: the sentence that explains a conflict, its severity;
- :mod:`~claimtrack.check.consensus`: :class:`MetricView` / :class:`PeriodView`;
- :mod:`~claimtrack.check.api`: :func:`check_claims`, :func:`consensus_claims`,
  :func:`analyze_claims`;
- :mod:`~claimtrack.check.why`: :func:`compare_claims`, why two given claims were or were not
  compared.
"""

from claimtrack.check.api import analyze_claims, check_claims, consensus_claims
from claimtrack.check.consensus import MetricView, PeriodView
from claimtrack.check.metrics import Metric
from claimtrack.check.why import compare_claims

__all__ = [
    "Metric",
    "MetricView",
    "PeriodView",
    "analyze_claims",
    "check_claims",
    "compare_claims",
    "consensus_claims",
]
