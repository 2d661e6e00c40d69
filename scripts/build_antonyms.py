"""Build the antonym table of a language's frame words from Princeton WordNet 3.0.

The check compares the words around two figures; two frames that share most words but whose
predicates are opposites ("exported" and "imported", "births" and "deaths", "rose" and "fell")
are not about the same thing. This script reads the antonym pointers (``!``) of WordNet's
``data.noun``, ``data.verb`` and ``data.adj`` files, keeps single-word pairs, reduces both words
with the Snowball stemmer the frames use, and writes them as ``{"stem": ["opposite stem", ...]}``
as the ``antonyms`` key of a context file of their own (``claimtrack/lang/data/antonyms_en.json``,
read with ``context_en.json`` by the one loader and schema).

    python scripts/build_antonyms.py WORDNET_DICT_DIR en english \\
        claimtrack/lang/data/antonyms_en.json
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

import snowballstemmer

FILES = ("noun", "verb", "adj")


def synset_words(fields: list[str]) -> list[str]:
    """The words of a data line's synset, in order."""
    count = int(fields[3], 16)
    return [fields[4 + 2 * i].lower() for i in range(count)]


def antonyms(folder: Path) -> set[tuple[str, str]]:
    """Every single-word antonym pair of WordNet, both ways."""
    lines: dict[tuple[str, str], list[str]] = {}
    for name in FILES:
        for line in (folder / f"data.{name}").read_text(encoding="utf-8").splitlines():
            if not line.startswith("  "):
                fields = line.split(" | ")[0].split()
                lines[(fields[2].replace("s", "a"), fields[0])] = fields
    pairs: set[tuple[str, str]] = set()
    for fields in lines.values():
        words = synset_words(fields)
        at = 4 + 2 * int(fields[3], 16)
        for i in range(int(fields[at])):
            symbol, offset, pos, source_target = fields[at + 1 + 4 * i : at + 5 + 4 * i]
            if symbol != "!":
                continue
            target = lines.get((pos.replace("s", "a"), offset))
            if target is None:
                continue
            source, goal = int(source_target[:2], 16), int(source_target[2:], 16)
            a, b = words[source - 1], synset_words(target)[goal - 1]
            if "_" not in a and "_" not in b and a.isalpha() and b.isalpha():
                pairs.add((a, b))
                pairs.add((b, a))
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wordnet", type=Path, help="folder with WordNet 3.0 data.* files")
    parser.add_argument("language", help="the language code of the context files (en)")
    parser.add_argument("stemmer", help="Snowball stemmer of the frames (english)")
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    stem = snowballstemmer.stemmer(args.stemmer).stemWord
    table: dict[str, set[str]] = defaultdict(set)
    for a, b in antonyms(args.wordnet):
        sa, sb = stem(a), stem(b)
        if sa != sb:
            table[sa].add(sb)
    record = {
        "language": args.language,
        "about": (
            "Opposite words of frames, as Snowball stems: generated from Princeton WordNet 3.0"
            " (WordNet 3.0 Copyright 2006 by Princeton University, all rights reserved; used"
            " under its licence) by scripts/build_antonyms.py."
        ),
        "antonyms": {k: sorted(v) for k, v in sorted(table.items())},
    }
    args.out.write_text(json.dumps(record, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(table)} stems")


if __name__ == "__main__":
    main()
