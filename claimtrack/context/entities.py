"""Who and what a figure is about: gazetteer entities and their roles, the proper names
outside the gazetteer (cities, ports, projects) and the goods a sentence names."""

from __future__ import annotations

import regex

from claimtrack.context.phrases import PhraseIndex, alternation
from claimtrack.context.values import EntityMention, MentionLike
from claimtrack.lang import Lexicon
from claimtrack.lang.context import ContextData
from claimtrack.model import Entity

__all__ = ["ENTITY_FOLD_FROM", "Goods", "ProperNames", "Roles", "entity_index"]

_FLAGS = regex.VERSION1 | regex.VERBOSE

ENTITY_FOLD_FROM = 4
"""Gazetteer forms this long match in any case ("chinese"); shorter ones ("US", "WHO") only
as written."""


def entity_index(data: ContextData) -> PhraseIndex[Entity]:
    """The gazetteer's forms (names, aliases, demonyms) and the entity each names."""
    return PhraseIndex(data.entities, fold_from=ENTITY_FOLD_FROM)


class Roles:
    """The role an entity plays for a figure: what is counted, who gives, who receives."""

    def __init__(self, data: ContextData) -> None:
        self._receivers = frozenset(data.receiver_words)
        self._givers = frozenset(data.giver_words)

    def of(self, text: str, em: EntityMention, mention: MentionLike) -> str | None:
        """ "counted" inside the figure ("5 Chinese ships"), "receiver" after "to" or "for",
        "giver" after "from" or "by"; None otherwise."""
        if mention.start <= em.start < mention.end:
            return "counted"
        before = text[max(0, em.start - 6) : em.start].lower().split()
        if before and before[-1] in self._receivers:
            return "receiver"
        if before and before[-1] in self._givers:
            return "giver"
        return None


_LETTER = regex.compile(r"\p{L}")


class ProperNames:
    """Names in a sentence outside the gazetteer and the calendar.

    >>> from claimtrack import default_lexicon
    >>> names = ProperNames(default_lexicon(), ContextData.load())
    >>> sorted(names.of("Exports from Buenos Aires province and Mendoza rose."))
    ['Aires|province', 'Buenos|province', 'Mendoza|']
    """

    def __init__(self, lexicon: Lexicon, data: ContextData) -> None:
        word = r"\p{Lu}[\p{L}’'.-]*+(?![\w])"
        particles = alternation(data.name_particles)
        qualifiers = alternation(data.place_qualifiers)
        of = alternation(data.of_words)
        self._names = regex.compile(
            rf"""(?:(?P<before>{qualifiers})\s++{of}\s++)?+          # the city of ...
                (?<![\w'’-])(?P<name>{word}(?:\s++(?:{particles}\s++)?+{word})*+)
                (?:\s++(?P<after>{qualifiers})(?!\w))?+             # ... province""",
            _FLAGS,
        )
        self._possessives = data.name_possessives
        self._particles = frozenset(p.lower() for p in data.name_particles)
        self._not_names = frozenset(
            w.lower() for w in [*lexicon.months, *lexicon.weekdays, *data.entities]
        )

    def of(self, sentence: str) -> frozenset[str]:
        """The cities, ports and projects that narrow what a figure is about, as
        ``word|qualifier`` ("Buenos Aires province" gives "Buenos|province" and
        "Aires|province"; no qualifier, "Mendoza|"). A lone capitalized word opening the
        sentence (after any marks: "# Quillstream ...") is taken for an ordinary word."""
        names: set[str] = set()
        for match in self._names.finditer(sentence):
            words = [
                w
                for w in match.group("name").split()
                if w[:1].isupper() and w.lower() not in self._particles  # not "The county"
            ]
            if not words:
                continue
            qualifier = (match.group("before") or match.group("after") or "").lower()
            opening = not _LETTER.search(sentence, 0, match.start("name"))  # "# Quillstream ..."
            if opening and len(words) == 1 and not qualifier:
                continue
            for raw in words:
                word = raw.split("-")[0]
                for suffix in self._possessives:
                    word = word.removesuffix(suffix)
                word = word.rstrip(".")
                if len(word) >= 2 and not word.isupper() and word.lower() not in self._not_names:
                    names.add(f"{word}|{qualifier}")
        return frozenset(names)


class Goods:
    """The commodities a sentence names ("copper", "carne vacuna" -> beef).

    >>> Goods(ContextData.load()).of("Copper and carne vacuna exports rose.") == {"copper", "beef"}
    True
    """

    def __init__(self, data: ContextData) -> None:
        self._phrases = PhraseIndex(data.commodities)

    def of(self, sentence: str) -> frozenset[str]:
        return frozenset(value for _, _, value in self._phrases.find(sentence))
