"""Text -> mentions: the candidate scan, numbers, units, bounds and joins of one lexicon.

:class:`Scanner` is the stage's entry point: ``Scanner(lexicon).scan(text)`` gives the number
mentions and date mentions of a text, and ``scanner.quantity(mention)`` the quantity a mention
states. The modules, in the order a mention is read:

- :mod:`~claimtrack.extract.candidates`: where a scan match may start (Aho-Corasick over the
  lexicon's entry words, simple patterns for digits and symbols);
- :mod:`~claimtrack.extract.patterns`: the compiled scan and suffix patterns;
- :mod:`~claimtrack.extract.figures`: the figure of a match (number, scale, hedge, verb, currency);
- :mod:`~claimtrack.extract.numbers`: digits, number words, fractions, powers;
- :mod:`~claimtrack.extract.units` and :mod:`~claimtrack.extract.nouns`: what follows the number;
- :mod:`~claimtrack.extract.joins`: ranges, margins, amounts in two units, shared units;
- :mod:`~claimtrack.extract.quantity`: a mention's :class:`~claimtrack.Quantity`;
- :mod:`~claimtrack.extract.mentions`: the mention types.
"""

from claimtrack.extract.mentions import DateMention, Mention
from claimtrack.extract.patterns import Patterns
from claimtrack.extract.quantity import quantity
from claimtrack.extract.scanner import Scanner

__all__ = ["DateMention", "Mention", "Patterns", "Scanner", "quantity"]
