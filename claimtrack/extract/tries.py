r"""Word lists as regex tries for the scan patterns: a pattern that branches one character at a
time, so trying it at a position costs a few steps, not one per word.

>>> trie_pattern(["ten", "tend", "ten days"])
'(?:t(?:e(?:n(?:\\s+(?:d(?:a(?:y(?:s))))|d)?)))'
>>> import re
>>> [m.group() for m in re.finditer(alternation(["ten days", "ten"]), "ten  days, ten")]
['ten  days', 'ten']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

__all__ = ["alternation", "trie_pattern"]


def trie_pattern(phrases: Iterable[str], blank: str = r"\s+") -> str:
    """A pattern for ``re`` matching exactly ``phrases``, longest first, branching one character
    at a time (a space matches ``blank``, any run of blanks by default): trying it at a position
    costs a few steps, not one per phrase. Empty for no phrases."""
    root: dict[str, Any] = {}
    for phrase in phrases:
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return _node_pattern(root, blank)


def _node_pattern(node: dict[str, Any], blank: str) -> str:
    branches = [
        (blank if char == " " else re.escape(char)) + _node_pattern(child, blank)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if "" in node else body


def alternation(
    words: Iterable[str], *, fold: bool = False, blank: str = r"\s+", min_fold: int = 1
) -> str:
    """Any of ``words``, longest first, as a trie (a few steps to try, not one per word);
    spaces match ``blank`` (any run of blanks by default). With ``fold``, lowercase words of
    ``min_fold`` characters or more match in any case."""
    unique = set(words)
    folded = {w for w in unique if fold and w.islower() and len(w) >= min_fold}
    parts = [
        f"(?i:{trie_pattern(folded, blank)})" if folded else "",
        trie_pattern(unique - folded, blank),
    ]
    return "(?:" + "|".join(p for p in parts if p) + ")" if any(parts) else "(?!)"
