"""Importers for the dictionaries other coders use, into dyad's own formats.

``petrarch_verbs``: a PETRARCH-2 / TABARI verb dictionary (``CAMEO.2.0.txt`` format: ``---
NAME [code] ---`` blocks of verbs, ``{irregular forms}``, and ``- * ...  [code]`` patterns)
into rows of dyad's ``verbs.tsv``: every verb of a coded block with its code, a verb's own
code where it carries one, and each pattern that is a bare preposition (``- * (WITH)
[030]``) as a verb-plus-preposition entry. Patterns that name an object noun are counted
and left out: dyad codes those through its noun and light-verb tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# The closing dashes are not always spaced as documented ("[110]---  ---"): not required.
_BLOCK = re.compile(r"^---\s+(?P<name>[^\[]+?)\s+\[(?P<code>[^\]]*)\]")
_VERB = re.compile(r"^(?P<word>[A-Z][A-Z_'-]*)\s*(?:\{(?P<forms>[^}]*)\})?"
                   r"\s*(?:\[(?P<code>[^\]]*)\])?")
_PREP_PATTERN = re.compile(r"^-\s+\*\s+\((?P<prep>[A-Z]+)\)\s*\[(?P<code>\d+)(?::\d*)?\]\s*$")
_CODE = re.compile(r"^\d{2,4}$")


@dataclass
class Imported:
    rows: list[dict[str, str]] = field(default_factory=list)
    blocks: int = 0
    verbs: int = 0
    prep_patterns: int = 0
    skipped_patterns: int = 0  # patterns with object nouns or other elements


def petrarch_verbs(text: str, source: str = "PETRARCH") -> Imported:
    out = Imported()
    in_verbs = False
    block: str | None = None
    block_code: str | None = None
    block_verbs: list[str] = []
    seen: set[tuple[str, str]] = set()

    def add(lemma: str, code: str, preps: str, note: str) -> None:
        if (lemma, code) not in seen:
            seen.add((lemma, code))
            out.rows.append({"lemma": lemma, "cameo": code, "target_preps": preps,
                             "example": f"(imported from {source}: {note})"})

    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if "VERB PATTERNS" in raw:
            in_verbs = True
            continue
        if not in_verbs or not line.strip():
            continue
        m = _BLOCK.match(line)
        if m:
            out.blocks += 1
            block = m["name"].strip()
            code = m["code"].split(":")[0].strip()
            block_code = code if _CODE.match(code) else None
            block_verbs = []
            continue
        if block is None:
            continue
        if line.startswith("-"):
            p = _PREP_PATTERN.match(line)
            if p:
                out.prep_patterns += 1
                for verb in block_verbs:
                    add(f"{verb} {p['prep'].lower()}", p["code"], p["prep"].lower(),
                        f"{block} (*) ({p['prep']})")
            else:
                out.skipped_patterns += 1
            continue
        v = _VERB.match(line.strip())
        if v is None or line.startswith(("&", "+", "~")):
            continue
        word = v["word"].lower().replace("_", " ")
        forms = [f.lower() for f in (v["forms"] or "").split() if f]
        lemma = "|".join([word, *forms])
        block_verbs.append(word)
        out.verbs += 1
        own = (v["code"] or "").split(":")[0].strip()
        code = own if _CODE.match(own) else block_code
        if code:
            add(lemma, code, "", block)
    return out


def write_verbs_tsv(imported: Imported, path: str, source: str) -> None:
    """Write rows in the format of dyad's verbs.tsv (loadable with --lexicon)."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(f"# Verbs imported by `dyad lexicon import-petrarch` from {source}.\n")
        fh.write("lemma\tcameo\ttarget_preps\texample\n")
        for r in imported.rows:
            fh.write(f"{r['lemma']}\t{r['cameo']}\t{r['target_preps']}\t{r['example']}\n")
