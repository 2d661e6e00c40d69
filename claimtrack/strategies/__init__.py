"""Hypothesis strategies for claimtrack's models, and texts whose figures are known in advance.

This module imports :mod:`hypothesis` (install ``claimtrack[hypothesis]``); ``import claimtrack``
never does. The strategies come in two families:

- model strategies, :func:`quantities`, :func:`claims` and :func:`documents`, which generate valid
  values of the frozen models (``low <= value <= high``, spans that fit their text, finite floats),
  for testing code that consumes claims;
- text strategies with a known answer, :func:`mentions`, :func:`texts_with_figures` and
  :func:`documents_with_figures`, which render figures into English wording the extractor
  supports and return the text together with what :func:`claimtrack.extract` should read from it.

Importing :mod:`hypothesis` registers the model strategies (through the ``hypothesis`` entry point),
so ``st.from_type(claimtrack.Claim)`` works too.

>>> from hypothesis import given, settings
>>> import claimtrack
>>> @settings(max_examples=20, deadline=None)
... @given(mentions())
... def test_round_trip(mention):
...     text, expected = mention
...     [claim] = claimtrack.extract(text)
...     assert (claim.quantity.unit, claim.quantity.bound) == (expected.unit, expected.bound)
>>> test_round_trip()

An expected quantity carries ``value``, ``low``, ``high``, ``bound``, ``unit``, ``kind`` and the
hedge ``tolerance``; it leaves ``precision`` at 0, since how precise a written figure is belongs
to the extractor's reading, not to the wordi

The strategies live in private modules by family: ``_models`` (model values), ``_wording`` (how a
figure is written, with its known answer) and ``_texts`` (sentences and documents of such
figures); ``_validation`` holds the argument checks they share.
"""

from __future__ import annotations

from claimtrack.strategies._models import claims, documents, quantities
from claimtrack.strategies._texts import documents_with_figures, mentions, texts_with_figures

__all__ = [
    "claims",
    "documents",
    "documents_with_figures",
    "mentions",
    "quantities",
    "texts_with_figures",
]
