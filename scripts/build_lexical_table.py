"""Build claimtrack's English lexical table (``claimtrack/lang/data/en_lexical.json``) from
the Princeton WordNet 3.0 database files.

The check compares the words around two figures ("shipped" and "exported", "deaths" and
"killed"). It needs to know which words name the same concept, a derived one ("export" the
verb and the noun, "die" and "death"), or a narrower one. This script reads WordNet's
``index.*``/``data.*`` files and keeps, for every single-word noun and verb:

- ``same``: the concepts (synsets) of its most frequent senses, plus the concepts its
  derivationally related forms belong to, plus, for a verb, what it causes and their
  derived forms ("kill" causes "die", whose noun is "death");
- ``broader``: the direct hypernyms of those senses ("tourist" -> "traveler");
- ``exceptions``: WordNet's irregular forms of nouns and verbs ("children" -> "child",
  "shipped" -> "ship"), which a morphy-style lemmatiser needs besides its suffix rules.

Concepts are numbered in order of first appearance. The output is a data file of the package;
run this script again to regenerate it (the WordNet 3.0 licence allows redistribution with its
notice, which the file carries).

    python scripts/build_lexical_table.py WORDNET_DICT_DIR claimtrack/lang/data/en_lexical.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

NOUN_SENSES = 3
"""Senses of a noun kept (WordNet lists senses most frequent first)."""

VERB_SENSES = 4
"""Senses of a verb kept."""

POS = {"n": "noun", "v": "verb"}


def read_data(folder: Path, pos: str) -> dict[str, list[tuple[str, str, int]]]:
    """Pointers of every synset of ``pos``: ``offset -> [(symbol, target, source_word)]``
    and the synset's words (``words[offset]``), read from ``data.<pos>``."""
    pointers: dict[str, list[tuple[str, str, int]]] = {}
    with open(folder / f"data.{POS[pos]}", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("  "):
                continue
            fields = line.split(" | ")[0].split()
            offset, count = fields[0], int(fields[3], 16)
            at = 4 + 2 * count
            n_pointers = int(fields[at])
            found = []
            for i in range(n_pointers):
                symbol, target, target_pos, source_target = fields[at + 1 + 4 * i : at + 5 + 4 * i]
                source = int(source_target[:2], 16)
                if target_pos in POS:
                    found.append((symbol, target_pos + target, source))
            pointers[pos + offset] = found
    return pointers


def read_index(folder: Path, pos: str) -> dict[str, list[str]]:
    """``lemma -> [synset, ...]`` most frequent sense first, single words only."""
    senses: dict[str, list[str]] = {}
    with open(folder / f"index.{POS[pos]}", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma = fields[0]
            if not lemma.isalpha():
                continue
            n_pointer_kinds = int(fields[3])
            offsets = fields[6 + n_pointer_kinds :]
            senses[lemma] = [pos + o for o in offsets]
    return senses


def build(folder: Path) -> dict[str, object]:
    pointers = {**read_data(folder, "n"), **read_data(folder, "v")}
    ids: dict[str, int] = {}

    def concept(synset: str) -> int:
        return ids.setdefault(synset, len(ids))

    def derived(synset: str) -> list[str]:
        return [t for s, t, _ in pointers.get(synset, []) if s == "+"]

    table: dict[str, dict[str, list[int]]] = {}
    for pos, keep in (("n", NOUN_SENSES), ("v", VERB_SENSES)):
        for lemma, synsets in read_index(folder, pos).items():
            same: list[str] = []
            broader: list[str] = []
            for synset in synsets[:keep]:
                same.append(synset)
                same.extend(derived(synset))
                for symbol, target, _ in pointers.get(synset, []):
                    if symbol == ">":  # a verb's cause: "kill" causes "die"
                        same.append(target)
                        same.extend(derived(target))
                    elif symbol in ("@", "@i"):
                        broader.append(target)
            entry = table.setdefault(lemma, {"same": [], "broader": []})
            for key, found in (("same", same), ("broader", broader)):
                merged = dict.fromkeys([*entry[key], *(concept(s) for s in found)])
                entry[key] = sorted(merged)
    exceptions: dict[str, str] = {}
    for pos in ("noun", "verb"):
        with open(folder / f"{pos}.exc", encoding="utf-8") as lines:
            for line in lines:
                form, *lemmas = line.split()
                if form.isalpha() and lemmas and lemmas[0].isalpha():
                    exceptions.setdefault(form, lemmas[0])
    licence = (folder / "LICENSE").read_text(encoding="utf-8")
    return {
        "about": "Concepts of English nouns and verbs, generated from Princeton WordNet 3.0 "
        "by scripts/build_lexical_table.py; 'same' = synonyms and derived forms, "
        "'broader' = direct hypernyms.",
        "licence": licence,
        "lemmas": {k: [v["same"], v["broader"]] for k, v in sorted(table.items())},
        "exceptions": dict(sorted(exceptions.items())),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wordnet", type=Path, help="WordNet 3.0 dict folder (index.noun, ...)")
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    data = build(args.wordnet)
    args.out.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    print(f"{args.out}: {len(data['lemmas'])} lemmas")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
