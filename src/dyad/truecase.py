"""Title-case headlines, read as the body would write them.

A headline in title case ("Conservative Icon Morton Blackwell Endorses Ted Cruz") reads to
the tagger as one long name: its verb becomes a proper noun, and no event or quote is
found in it, though the headline states the article's main news. The parser is given the
line with its common words in lower case, as a sentence of the body would have them
("Conservative Icon Morton Blackwell endorses Ted Cruz"), each word kept to its length so
that every offset holds; the parsed doc keeps the text's own characters.

What is common comes first from the article itself, which names the same people and
things in its body: a word the body writes in lower case more often than capitalized
within a sentence is common; one it capitalizes, or capitalizes next to the headline's
neighbouring word ("Supreme Court"), is a name. A word the body lacks is common where it
is a function word or a verb the model knows, unless dyad's knowledge base knows it as a
given name, a known person's surname or a country ("Mark", "Bush", "Jordan").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from dyad import lexicon

WORD_RX = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
# Words this long or longer are capitalized in a title-case line; shorter ones may not be
# ("Obama Sees 'Personal Insult' if Blacks Don't Rally for Hillary Clinton").
LONG_WORD = 4
MIN_LONG_WORDS = 3
# Inflections stripped to find a verb's lemma among the model's verbs ("Endorses", "Slammed")
_SUFFIXES = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""),
             ("ing", "e"), ("d", ""))
_SENTENCE_STOPS = ".!?:;\n-—–"
_OPENERS = " \t\"'“‘("


def title_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line whose longer words are all capitalized, at least three
    of them, not all in capitals; a function word may stay in lower case ("Glenn Beck
    Blasts Drudge for Mocking His Fast, Quotes Bible to Encourage Indiana to ‘Turn Away’
    from ‘Boasters’")."""
    out = []
    start = 0
    for line in text.split("\n"):
        words = [w for w in WORD_RX.findall(line) if len(w) >= LONG_WORD and not (
            w.islower() and _function_word(w))]
        if (len(words) >= MIN_LONG_WORDS and all(w[0].isupper() for w in words)
                and not all(w.isupper() for w in words)):
            out.append((start, start + len(line)))
        start += len(line) + 1
    return out


class _Body:
    """How the text outside its title-case lines writes each word."""

    def __init__(self, text: str, lines: list[tuple[int, int]]) -> None:
        self.lower: dict[str, int] = {}  # word -> times written in lower case
        self.capital: dict[str, int] = {}  # word -> times capitalized inside a sentence
        self.pairs: set[tuple[str, str]] = set()  # two capitalized words side by side
        previous: re.Match[str] | None = None
        for m in _outside(text, lines):
            word, key = m.group(), m.group().lower()
            if word[0].islower():
                self.lower[key] = self.lower.get(key, 0) + 1
            else:
                if not word.isupper() and _inside_sentence(text, m.start()):
                    self.capital[key] = self.capital.get(key, 0) + 1
                if (previous is not None and previous.group()[0].isupper()
                        and text[previous.end():m.start()] == " "):
                    self.pairs.add((previous.group().lower(), key))
            previous = m

    def common(self, word: str, is_common: Callable[[str], bool]) -> bool:
        lower, capital = self.lower.get(word, 0), self.capital.get(word, 0)
        if lower or capital:
            return lower > capital
        return is_common(word)


def _outside(text: str, lines: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    spans = iter(lines)
    skip = next(spans, None)
    for m in WORD_RX.finditer(text):
        while skip is not None and m.start() >= skip[1]:
            skip = next(spans, None)
        if skip is None or m.start() < skip[0]:
            yield m


def _inside_sentence(text: str, i: int) -> bool:
    """Whether a word at i follows another word of its sentence (its capital is its own)."""
    before = text[max(0, i - 3):i].rstrip(_OPENERS)
    return bool(before) and before[-1] not in _SENTENCE_STOPS


def recase(text: str, verbs: frozenset[str], lines: list[tuple[int, int]] | None = None
           ) -> str:
    """The text with the common words of its title-case lines (``title_lines``, unless
    given) in lower case (see the module's note); ``verbs`` are the lemmas of verbs the
    model knows. A line's first word, and one after a colon, keep their capital, as a
    sentence's first word does."""
    lines = title_lines(text) if lines is None else lines
    if not lines:
        return text
    body = _Body(text, lines)

    def is_common(word: str) -> bool:
        if _named(word):
            return False
        return _function_word(word) or any(stem in verbs for stem in _stems(word))

    chars = list(text)
    for start, end in lines:
        words = list(WORD_RX.finditer(text, start, end))
        for k, m in enumerate(words):
            word = m.group()
            if (k == 0 or word.isupper() or not word[0].isupper()
                    or text[start:m.start()].rstrip().endswith(":")):
                continue
            key = word.lower()
            if len(key) != len(word) or _in_name(words, k, text, body.pairs):
                continue
            if body.common(key, is_common):
                chars[m.start():m.end()] = key
    out = "".join(chars)
    return text if out == text else out


def _in_name(words: list[re.Match[str]], k: int, text: str,
             pairs: set[tuple[str, str]]) -> bool:
    """Whether the word and a neighbour in its line are capitalized side by side in the
    body too ("Supreme Court", "Wall Street")."""
    key = words[k].group().lower()
    before = words[k - 1] if k > 0 else None
    after = words[k + 1] if k + 1 < len(words) else None
    return bool(
        (before is not None and text[before.end():words[k].start()] == " "
         and (before.group().lower(), key) in pairs)
        or (after is not None and text[words[k].end():after.start()] == " "
            and (key, after.group().lower()) in pairs))


def _function_word(word: str) -> bool:
    return (word in lexicon.word_list("english_function_words.txt")
            or word in lexicon.word_list("headline_words.txt"))


def _named(word: str) -> bool:
    """Whether the knowledge base knows the word as a given name, a known person's surname,
    a country or a people."""
    return (word in lexicon.given_names() or word in lexicon.surnames()
            or word in lexicon.country_lookup() or word in lexicon.gentilic_lookup())


def _stems(word: str) -> list[str]:
    """The word and what it is with an inflection taken off."""
    out = [word]
    for suffix, repl in _SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            out.append(word[: -len(suffix)] + repl)
    return out
