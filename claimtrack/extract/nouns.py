"""The noun a figure counts ("19 experts" counts "expert") or an ordinal ranks ("the fifth
berth"), with the language's plural rules from the lexicon.

>>> from claimtrack import default_lexicon
>>> from claimtrack.extract.patterns import Patterns
>>> nouns = Nouns(default_lexicon(), Patterns(default_lexicon()))
>>> [nouns.singular(w, 2.0) for w in ("doses", "countries", "boxes", "bus", "China's")]
['dose', 'country', 'box', None, None]
"""

from __future__ import annotations

import functools

from claimtrack.extract.mentions import Mention
from claimtrack.extract.patterns import Patterns
from claimtrack.lang import Lexicon

__all__ = ["Nouns", "pronoun_one", "rule_singular"]

_LEMMATISED = frozenset({"en", "es", "pt"})
"""Languages whose nouns simplemma lemmatises here (Chinese nouns have no plural)."""

_VERB_MIN_LENGTH = 4
"""A word shorter than this is never read as the verb after an ordinal's noun."""


def rule_singular(lexicon: Lexicon, lower: str) -> str | None:
    """The singular the lexicon's plural rules give a lower-case plural, or None."""
    for ending, singular, shortest in lexicon.plural_rules:
        if lower.endswith(ending) and len(lower) >= shortest:
            return lower[: len(lower) - len(ending)] + singular
    return None


@functools.lru_cache(maxsize=4096)
def _lemma(lower: str, languages: tuple[str, ...]) -> str:
    """simplemma's lemma of a lower-case word in the first of ``languages`` that knows it
    (imported on first use: a text with no plural count noun never loads its dictionaries)."""
    import simplemma

    for language in languages:
        lemma = simplemma.lemmatize(lower, lang=language)
        if lemma != lower:
            return lemma.lower()
    return lower


def pronoun_one(mention: Mention) -> bool:
    """A number word of value one alone, which may be a pronoun ("that one costs", "uno");
    "0.1-1 ships" counts."""
    return mention.from_words and mention.high == 1


class Nouns:
    """Reads count nouns and ranked nouns after a figure."""

    def __init__(self, lexicon: Lexicon, patterns: Patterns) -> None:
        self.lexicon = lexicon
        self._patterns = patterns
        self._word = patterns.word.groupindex["word"]  # by number, as the scan's groups
        self._code = patterns.word.groupindex["code"]
        lex = lexicon
        self._plural_endings = tuple(ending for ending, _, _ in lex.plural_rules)
        self._not_plural = (*lex.not_plural_endings, *lex.possessive_endings)
        self._languages = tuple(lang for lang in lex.languages if lang in _LEMMATISED)

    def count_noun(self, text: str, mention: Mention) -> None:
        """The noun a figure counts: the first plural noun of the phrase after the number; the
        whole phrase up to it, the noun in the singular, is what is counted ("seven European
        countries": unit "country", counted "European country")."""
        lex = self.lexicon
        pos = mention.end
        words = self._patterns.word
        first = True
        name = False  # the word before was capitalized: a code may follow ("Model 3 sedans")
        phrase: list[str] = []
        for _ in range(lex.count_phrase_length + 1):
            token = words.match(text, pos)
            if token is not None and name and token.group(self._code) is not None:
                pos, name = token.end(), False
                phrase.append(token.group(self._code))
                continue
            if token is None or token.group(self._word) is None:
                return
            word = token.group(self._word).rstrip(".")
            name = word[:1].isupper()
            lower = word.lower()
            if first and lower in lex.unit_connectors and (mention.vague or mention.has_scale):
                pos, first = token.end(), False
                continue
            first = False
            if lower in lex.count_phrase_stops and not (word.isupper() and len(word) == 1):
                return  # a capital letter is a name's ("Model Y"), not the word "y"
            lemma = self.singular(word, mention.high)
            if (
                lemma is not None
                and pronoun_one(mention)
                and (lemma != lower or self._plural_like(lower))
            ):
                return  # "that one costs": the word "one" counts a singular noun, not a verb
            if lemma is not None:
                mention.unit, mention.kind = lemma, "count"
                mention.end = token.start(self._word) + len(word)
                mention.counted = " ".join([*phrase, lemma])
                return
            phrase.append(word)
            pos = token.end()

    def singular(self, word: str, value: float) -> str | None:
        """Singular form of ``word`` if it reads as the noun counted, else None.

        The lexicon decides whether the word is a plural noun (its plural endings, minus the
        words and endings it rules out); its irregular and invariant nouns come first, then
        simplemma gives the lemma ("analyses" -> "analysis", "wolves" -> "wolf"), and the
        lexicon's plural rules where simplemma knows no other form.
        """
        lex = self.lexicon
        lower = word.lower()
        if word in lex.invariant_count_nouns or lower in lex.invariant_count_nouns:
            return word if word.isupper() else lower
        if lower in lex.irregular_plurals:
            return lex.irregular_plurals[lower]
        plural = lower.endswith(self._plural_endings)
        if lower in lex.not_count_nouns or len(lower) < 3 or not plural:
            return lower if value == 1 and lower.isalpha() and len(lower) > 2 else None
        if lower.endswith(self._not_plural):
            return None
        lemma = _lemma(lower, self._languages)
        return lemma if lemma != lower else rule_singular(lex, lower)

    def ordinal_noun(self, text: str, mention: Mention) -> None:
        """The noun an ordinal ranks: the head (last word) of the phrase after it."""
        lex = self.lexicon
        pos, head = mention.end, None
        for _ in range(lex.ordinal_noun_skip):
            paren = self._patterns.parenthetical.match(text, pos)
            if paren is not None:
                pos = paren.end()
                continue
            token = self._patterns.word.match(text, pos)
            if token is None or token.group(self._word) is None:
                break
            word = token.group(self._word).rstrip(".")
            if word.lower() in lex.count_phrase_stops or (
                head is not None and self._verb_like(word)
            ):
                break
            head, pos = (word, token.start(self._word) + len(word)), token.end()
        if head is None or head[0][:1].isupper():
            return  # ranks nothing, or is part of a name: "the 19th Amendment", "Fifth Avenue"
        unit = self.singular(head[0], 1.0) or head[0].lower()
        if unit not in lex.not_ranked_nouns:  # "the third quarter", "the fourth time"
            mention.unit, mention.end = unit, head[1]

    def _plural_like(self, lower: str) -> bool:
        return lower.endswith(self._plural_endings) and not lower.endswith(
            self.lexicon.not_plural_endings
        )

    def _verb_like(self, word: str) -> bool:
        """A word ending an ordinal's noun phrase: the head an ordinal ranks is singular, so a
        following "-ed" or "-s" word is the verb ("the first vaccine arrived", "line carries")."""
        lower = word.lower()
        lex = self.lexicon
        return (
            len(lower) >= _VERB_MIN_LENGTH
            and lower.endswith(lex.verb_endings)
            and not lower.endswith(lex.not_verb_endings)
        )
