"""The secrecy guard: does a text meant for the LTF repeat what is confidential in the case?

What was revealed under shared professional secrecy (art. 458ter Sw.) may never reach the
police through a feedback form. People rarely copy a note word for word: they shorten it, swap
the order of a sentence, drop an accent or change the capitals. So the guard compares meaning-
bearing words, not characters:

- every text is folded (case, accents, punctuation, whitespace) into words; short function words
  ("de", "le", "und" ...) carry no content and are left out of the comparison;
- a passage that repeats three content words in a row of a confidential text (a copied or
  shortened sentence, or part of one) is a hit;
- a window of a few content words of one sentence of which most occur together in one
  confidential sentence, in any order, is a hit too (reordered words).

The guard returns the passages of the checked text that overlap, with where they come from (the
kind and id of the confidential record, never its text: the person checking may not be allowed
to read that record). It decides nothing itself: the service refuses to keep an item with a hit
unless the passage is removed or someone confirms, on the record, that it is not secret.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from math import ceil

from livcr_desktop.domain.canonical import canonical_hash
from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP

SHINGLE = 3
"""Content words in a row that make a copied passage."""
WINDOW = 6
"""Content words of one sentence compared as a bag (reordered words)."""
MIN_WORD = 3
"""Shorter words never count as content (articles, prepositions, initials)."""

_WORD = re.compile(r"\w+")
_MARKS = re.compile(r"[\u0300-\u036f]")
_SENTENCE_END = re.compile(r"[.!?\n\r•]")
_SPACE_BEFORE_MARK = re.compile(r"\s+([.,;:!?])")

_STOPWORDS_TEXT = (
    # Dutch
    "aan als bij dan dat die dit door een eens geen het hem hen hier hij hoe hun ich iets "
    "niet nog naar ook om onder over per zal zei zich zij zijn zo zou wat wel wie wij werd "
    "was waren wordt worden met van voor tot uit maar want omdat ons onze haar heeft hebben "
    "had deze daar toen geen alle veel meer nu dus "
    # French
    "les des une que qui est sont pas pour par avec dans sur mais son ses leur leurs elle "
    "ils elles nous vous aux ont été était etre avait fait cette ces tout tous plus comme "
    "sans sous chez lui "
    # German
    "der die das den dem des ein eine einen einem einer und ist sind nicht mit von vom zum "
    "zur auf aus bei für hat haben wird wurde werden sich sein seine ihr ihre auch noch wie "
    "dass oder aber als nach über unter durch bis "
    # English
    "the and for that this with from was were are his her him they them their has have had "
    "not but who which"
)


def fold(text: str) -> str:
    """Lower case without accents ('Élève' → 'eleve', 'Straße' → 'strasse')."""
    text = text.casefold()
    if not text.isascii():
        text = _MARKS.sub("", unicodedata.normalize("NFKD", text))
    return text


STOPWORDS = frozenset(fold(word) for word in _STOPWORDS_TEXT.split())
"""Function words of nl, fr, de and en, folded like every compared word."""


def is_content(word: str) -> bool:
    """Whether a folded word carries content for the comparison."""
    return len(word) >= MIN_WORD and word not in STOPWORDS


@dataclass(frozen=True)
class ConfidentialText:
    """A confidential record of a case, as a source of the guard returns it."""

    kind: str
    id: str
    text: str


@dataclass(frozen=True)
class SourceRef:
    """Where an overlapping passage comes from (never the confidential text itself)."""

    kind: str
    id: str


@dataclass(frozen=True)
class Passage:
    """A stretch of the checked text that repeats confidential content."""

    start: int
    end: int
    text: str
    sources: tuple[SourceRef, ...]


_Marker = Callable[[Sequence[int], Iterable[int]], None]


@dataclass(frozen=True)
class _Token:
    word: str
    start: int
    end: int
    sentence: int


def _tokens(text: str) -> list[_Token]:
    """The words of a text with their places in it, numbered by sentence."""
    tokens: list[_Token] = []
    sentence = 0
    last_end = 0
    for match in _WORD.finditer(text):
        if _SENTENCE_END.search(text, last_end, match.start()):
            sentence += 1
        tokens.append(_Token(fold(match.group()), match.start(), match.end(), sentence))
        last_end = match.end()
    return tokens


class SecrecyIndex:
    """The confidential texts of one case, prepared once to check any number of texts.

    All content words of all texts stand in one list; an index maps each word to its places
    and each sentence to where it starts. Building it is one pass of list comprehensions and
    appends (a case with 2,000 trajectory updates takes some 50 ms); the comparisons then look
    only at the places of the checked text's own words.
    """

    def __init__(self, texts: Iterable[ConfidentialText]) -> None:
        records = list(texts)
        self.sources = [SourceRef(t.kind, t.id) for t in records]
        self._words: list[str] = []
        self._places: dict[str, list[int]] = {}
        self._sentence_start: list[int] = []
        self._sentence_source: list[int] = []
        self._phrases: dict[str, set[int]] = {}
        folded = fold("\x00".join(t.text for t in records)).split("\x00") if records else []
        for source, text in enumerate(folded):
            first = len(self._words)
            for sentence in _SENTENCE_END.split(text):
                words = [w for w in _WORD.findall(sentence) if len(w) >= MIN_WORD]
                words = [w for w in words if w not in STOPWORDS]
                if not words:
                    continue
                start = len(self._words)
                self._sentence_start.append(start)
                self._sentence_source.append(source)
                self._words.extend(words)
                for place, word in enumerate(words, start):
                    places = self._places.get(word)
                    if places is None:
                        self._places[word] = [place]
                    else:
                        places.append(place)
            count = len(self._words) - first
            if 2 <= count < SHINGLE:
                # A short record (a signaller's name): a hit when the words appear in a row.
                self._phrases.setdefault(" ".join(self._words[first:]), set()).add(source)

    def __len__(self) -> int:
        return len(self.sources)

    def _sentence(self, place: int) -> int:
        return bisect_right(self._sentence_start, place) - 1

    def _sentence_words(self, sentence: int) -> frozenset[str]:
        start = self._sentence_start[sentence]
        following = sentence + 1
        end = (
            self._sentence_start[following]
            if following < len(self._sentence_start)
            else len(self._words)
        )
        return frozenset(self._words[start:end])

    def check(self, text: str) -> tuple[Passage, ...]:
        """The passages of `text` that overlap a confidential text (empty: clean)."""
        if not self.sources:
            return ()
        tokens = _tokens(text)
        content = [i for i, t in enumerate(tokens) if is_content(t.word)]
        hits: dict[int, set[int]] = {}  # token index -> source indices

        def mark(token_indices: Sequence[int], sources: Iterable[int]) -> None:
            for i in token_indices:
                hits.setdefault(i, set()).update(sources)

        words = [tokens[i].word for i in content]
        for j in range(len(words) - SHINGLE + 1):
            found = self._in_a_row(words[j : j + SHINGLE])
            if found:
                mark(content[j : j + SHINGLE], found)
        if self._phrases:
            for j in range(len(words) - 1):
                found = self._phrases.get(" ".join(words[j : j + 2]), set())
                if found:
                    mark(content[j : j + 2], found)
        self._reordered(tokens, content, mark)
        return self._passages(text, tokens, hits)

    def _in_a_row(self, shingle: Sequence[str]) -> set[int]:
        """The sources in which these content words stand in a row."""
        offsets = [self._places.get(word) for word in shingle]
        if any(not places for places in offsets):
            return set()
        # Walk the places of the rarest word and look at its neighbours.
        rarest = min(range(len(shingle)), key=lambda k: len(offsets[k] or ()))
        found: set[int] = set()
        last = len(self._words)
        for place in offsets[rarest] or ():
            begin = place - rarest
            if begin < 0 or begin + len(shingle) > last:
                continue
            if self._words[begin : begin + len(shingle)] != list(shingle):
                continue
            source = self._sentence_source[self._sentence(begin)]
            if source == self._sentence_source[self._sentence(begin + len(shingle) - 1)]:
                found.add(source)
        return found

    def _reordered(self, tokens: list[_Token], content: list[int], mark: _Marker) -> None:
        """Windows of one sentence whose words mostly stand together in one confidential
        sentence, in whatever order."""
        by_sentence: dict[int, list[int]] = {}
        for i in content:
            by_sentence.setdefault(tokens[i].sentence, []).append(i)
        bags: dict[int, frozenset[str]] = {}
        for indices in by_sentence.values():
            if len({tokens[i].word for i in indices}) < SHINGLE:
                continue
            size = min(WINDOW, len(indices))
            for start in range(len(indices) - size + 1):
                window = indices[start : start + size]
                bag = {tokens[i].word for i in window}
                needed = max(SHINGLE, ceil(len(bag) * 2 / 3))
                if len(bag) < needed:
                    continue
                # A sentence holding `needed` of the bag's words holds at least one of its
                # rarest words: only their sentences are candidates (common words such as
                # the person's name would otherwise make every sentence one).
                rarest = sorted(bag, key=lambda w: len(self._places.get(w, ())))
                candidates: set[int] = set()
                for word in rarest[: len(bag) - needed + 1]:
                    candidates.update(self._sentence(p) for p in self._places.get(word, ()))
                for sentence in candidates:
                    if sentence not in bags:
                        bags[sentence] = self._sentence_words(sentence)
                    overlap = bag & bags[sentence]
                    if len(overlap) >= needed:
                        mark(
                            [i for i in window if tokens[i].word in overlap],
                            (self._sentence_source[sentence],),
                        )

    def _passages(
        self, text: str, tokens: list[_Token], hits: dict[int, set[int]]
    ) -> tuple[Passage, ...]:
        """Hit words joined into passages (with the short words between them)."""
        passages: list[Passage] = []
        run: list[int] = []

        def close() -> None:
            if not run:
                return
            start, end = tokens[run[0]].start, tokens[run[-1]].end
            found = set().union(*(hits[i] for i in run))
            refs = tuple(sorted((self.sources[s] for s in found), key=lambda r: (r.kind, r.id)))
            passages.append(Passage(start, end, text[start:end], refs))
            run.clear()

        for i in sorted(hits):
            if run:
                between = range(run[-1] + 1, i)
                same_sentence = tokens[i].sentence == tokens[run[-1]].sentence
                if not same_sentence or any(is_content(tokens[k].word) for k in between):
                    close()
            run.append(i)
        close()
        return tuple(passages)


def without_passages(text: str, passages: Sequence[Passage]) -> str:
    """The text with the given passages cut out (what "remove the passages" does)."""
    kept: list[str] = []
    position = 0
    for passage in sorted(passages, key=lambda p: p.start):
        if passage.start < position:
            continue
        kept.append(text[position : passage.start])
        position = passage.end
    kept.append(text[position:])
    joined = "".join(kept)
    lines = [_SPACE_BEFORE_MARK.sub(r"\1", " ".join(line.split())) for line in joined.splitlines()]
    return "\n".join(line for line in lines if line).strip()


def confirmation_fingerprint(text: str, passages: Sequence[Passage]) -> str:
    """What a person confirms as not secret: this text with these overlaps. A change of the
    text, or a new overlap (a note written since), needs a new confirmation."""
    words = [t.word for t in _tokens(text)]
    sources = sorted({(s.kind, s.id) for p in passages for s in p.sources})
    spans = sorted(fold(p.text) for p in passages)
    return canonical_hash({"words": words, "sources": [list(s) for s in sources], "spans": spans})


OVERLAP = QT_TRANSLATE_NOOP(
    "SecrecyGuard",
    "This text repeats confidential information of the case (%n highlighted passage(s)). "
    "Remove what is highlighted, or confirm that it is not covered by professional secrecy.",
    None,
    1,
)


class SecrecyOverlap(ValidationError):
    """A text for the LTF overlaps confidential text and nobody confirmed it may flow."""

    code = "secrecy_overlap"

    def __init__(self, passages: Sequence[Passage]) -> None:
        super().__init__(OVERLAP, field="text", count=len(passages))
        self.passages = tuple(passages)
