"""Mentions -> claim context: subject, entities, time, attribution, places, goods, counted noun.

Per document, :class:`ContextReader` builds a :class:`DocumentIndex` (sentences, and the entity,
metric, attribution, time and running-total mentions, every phrase list searched in one pass
of an Aho-Corasick automaton); each figure then reads its :class:`ClaimContext` from it.

- :mod:`.phrases`: many fixed phrases found in one pass (word boundaries, case folding,
  leftmost-longest).
- :mod:`.data`: the context words (``data/context_en.json``) and the gazetteer.
- :mod:`.index`: one document's look-up tables.
- :mod:`.time`, :mod:`.dates`: time scopes (dates, periods, relative dates).
- :mod:`.entities`: gazetteer entities and roles, proper names, goods.
- :mod:`.lists`: explicit lists of names as counts.
- :mod:`.reader`: :class:`ContextReader`, a figure's context.
"""

from claimtrack.context.index import MAX_SENTENCE, DocumentIndex
from claimtrack.context.lists import LIST_SUBJECT, MIN_LIST_ITEMS, ListMention, Lists
from claimtrack.context.reader import ContextReader
from claimtrack.context.values import (
    ClaimContext,
    DateLike,
    EntityMention,
    MentionLike,
    TimeMention,
)
from claimtrack.lang.context import ContextData

__all__ = [
    "LIST_SUBJECT",
    "MAX_SENTENCE",
    "MIN_LIST_ITEMS",
    "ClaimContext",
    "ContextData",
    "ContextReader",
    "DateLike",
    "DocumentIndex",
    "EntityMention",
    "ListMention",
    "Lists",
    "MentionLike",
    "TimeMention",
]
