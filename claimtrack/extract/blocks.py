"""A huge document read in blocks of paragraphs, so that memory stays bounded per block.

A block ends at the first paragraph break after :data:`BLOCK_CHARS` characters (or, within
:data:`BREAK_REACH` more, a line break, then a blank; else it is cut where it stands), so that a
figure and its sentence stay in one block in all but pathological text.

>>> list(blocks("one\\n\\ntwo\\n\\nthree", size=3))
[(0, 'one\\n\\n'), (5, 'two\\n\\n'), (10, 'thr'), (13, 'ee')]
>>> "".join(text for _, text in blocks("a b c d", size=2)) == "a b c d"
True
"""

from __future__ import annotations

from collections.abc import Iterator

__all__ = ["BLOCK_CHARS", "BREAK_REACH", "blocks"]

BLOCK_CHARS = 1_000_000
"""A document longer than this is read block by block."""

BREAK_REACH = 100_000
"""How far past :data:`BLOCK_CHARS` a block looks for a paragraph or line break or a blank."""


def blocks(text: str, *, size: int = BLOCK_CHARS) -> Iterator[tuple[int, str]]:
    """``(start, block)`` pieces of ``text`` that join back to it, each about ``size`` long."""
    start = 0
    while len(text) - start > size:
        end = _break(text, start + size)
        yield start, text[start:end]
        start = end
    if start < len(text) or not text:
        yield start, text[start:]


def _break(text: str, at: int) -> int:
    """Where a block that may end at ``at`` ends: after the next paragraph break, line break or
    blank within :data:`BREAK_REACH`, else at ``at``."""
    limit = min(len(text), at + BREAK_REACH)
    for mark in ("\n\n", "\n", " "):
        found = text.find(mark, at, limit)
        if found >= 0:
            return found + len(mark)
    return at
