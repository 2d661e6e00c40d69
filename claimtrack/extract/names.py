"""Numbers that are part of a name, not figures: "the FTSE 250", "Game 4", "Flight 902",
"No. 10", "a 757 jet", "48 Harbour Road", "IL 62704".

A bare number (no hedge, verb, currency, scale or unit before or after it) right after a name
word is a label: a capitalized word that is no function word, month, weekday, hedge, verb or
number word of the lexicon. At the start of a sentence, where every word is capitalized, the
word must not be an adverb either ("Nationally 30 ..."); in a headline in title case the rule
is off. A number after a number sign ("No.", "#"), a house number before a street name, and a
number of three digits or more between an article and a noun it does not measure ("a 757 jet")
are labels too.

>>> from claimtrack import default_lexicon
>>> from claimtrack.extract.mentions import Mention
>>> names = Names(default_lexicon())
>>> text = "The Nikkei 225 fell."
>>> names.is_label(text, Mention(11, 14, 11, 225.0, 225.0, digits="225"))
True
>>> names.is_label("Only 225 came.", Mention(5, 8, 5, 225.0, 225.0, digits="225"))
False
"""

from __future__ import annotations

import regex

from claimtrack.extract.mentions import Mention
from claimtrack.lang import Lexicon

__all__ = ["Names"]

_REACH = 48
"""How far before a number the name word is looked for."""

_TITLE_SHARE = 0.6
"""A line whose longer words are capitalized at least this often is a headline in title case."""

_TITLE_WORDS = 3
"""A line needs this many longer words after its first to be told a headline."""

_TITLE_WORD = regex.compile(r"\b\p{L}{4,}")
_FIRST_WORD = regex.compile(r"\p{L}++")
_SENTENCE_START = regex.compile(r"(?:\A|[.!?:;]['\"’”)]?\s+|\n\s*|[\"“(]\s*)\Z")


class Names:
    """Tells numbers that label something ("Game 4") from figures, for one lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        lex = lexicon
        words = [
            *lex.count_phrase_stops, *lex.not_name_words, *lex.months, *lex.weekdays,
            *lex.ones, *lex.tens, *lex.ordinals, *lex.change_verbs, *lex.bound_verbs,
            *(hedge.split()[0] for hedge in lex.hedges), *lex.sign_words, *lex.currency_codes,
            *lex.currency_prefixes, *lex.scaled_currency_codes, *lex.units,
        ]  # fmt: skip
        self._common = frozenset(w.lower() for w in words)
        self._adverb_endings = tuple(lex.adverb_endings)
        signs = "|".join(map(regex.escape, sorted(lex.number_signs, key=len, reverse=True)))
        self._name_before = regex.compile(
            r"(?:"
            + (rf"(?P<sign>{signs})[ \u00a0]?+|" if signs else "")
            + r"(?<![\w&.'’-])(?P<word>\p{Ll}*+\p{Lu}[\p{L}\p{N}&'’.-]*+)[ \u00a0])\Z"
        )
        self._article_before = regex.compile(
            r"(?<!\w)(?:" + "|".join(map(regex.escape, lex.articles)) + r")"
            r"(?:\s++\p{Ll}++)?+\s++\Z",
            regex.IGNORECASE,
        )
        self._noun_after = regex.compile(r"[ \u00a0](?P<noun>\p{Ll}++)\b(?![-'’])")
        streets = "|".join(map(regex.escape, sorted(lex.street_words, key=len, reverse=True)))
        self._street_after = regex.compile(
            rf"(?:[ \u00a0]\p{{Lu}}[\p{{L}}'’-]*+){{1,3}}?[ \u00a0](?:{streets})(?![\w])"
            if streets
            else r"(?!)"
        )

    def is_label(self, text: str, mention: Mention) -> bool:
        """Whether ``mention`` is a number that is part of a name."""
        if not _bare(mention):
            return False
        window = text[max(0, mention.start - _REACH) : mention.start]
        before = self._name_before.search(window)
        if before is not None:
            if before.group("sign") is not None:
                return True
            if self._is_name(window, before) and not _title_case(text, mention.start):
                return True
        if self._street_after.match(text, mention.end) is not None and mention.digits.isdigit():
            return True
        return self._labels_noun(text, window, mention)

    def _is_name(self, window: str, before: regex.Match[str]) -> bool:
        """A capitalized word before a number that is a name, not a common word."""
        word = before.group("word")
        bare = word.rstrip(".")
        if bare.lower() in self._common or bare.lower().endswith(("'s", "’s")):
            return False
        if _SENTENCE_START.search(window, 0, before.start()) is None:
            return True  # a capitalized word inside a sentence
        return not bare.lower().endswith(self._adverb_endings)  # "Nationally 30 ..."

    def _labels_noun(self, text: str, window: str, mention: Mention) -> bool:
        """ "a 757 jet": a number of three digits or more after an article, before a noun it
        does not count (the noun is singular; a unit would have been read)."""
        if len(mention.digits) < 3 or not mention.digits.isdigit() or mention.kind != "number":
            return False
        if self._article_before.search(window) is None:
            return False
        noun = self._noun_after.match(text, mention.end)
        return noun is not None and noun.group("noun").lower() not in self._common


def _bare(mention: Mention) -> bool:
    """A number in digits with nothing that makes it a figure: no lead word, currency, scale,
    unit, change or bound."""
    if mention.start != mention.number_start or not mention.digits or mention.digits[0] in "+-−":
        return False
    if mention.has_scale or mention.currency or mention.change or mention.bound != "=":
        return False
    return mention.kind in ("number", "count") and not mention.range_of


def _title_case(text: str, at: int) -> bool:
    """Whether the line around ``at`` is a headline in title case (which ends in no full
    stop)."""
    start = text.rfind("\n", max(0, at - 200), at) + 1
    end = text.find("\n", at, at + 200)
    line = text[start : end if end >= 0 else min(len(text), at + 200)].rstrip()
    if line.endswith("."):
        return False
    first = _FIRST_WORD.search(line)  # the first word is capitalized anyway
    words = _TITLE_WORD.findall(line, first.end() if first else 0)
    capitalized = sum(w[0].isupper() for w in words)
    return len(words) >= _TITLE_WORDS and capitalized >= _TITLE_SHARE * len(words)
