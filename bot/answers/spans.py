"""The precise answer inside a retrieved sentence, so the reader sees the fact first and the sentence second.

The question's shape says where the answer sits relative to the words it shares with the sentence:
"which sector saw…" -> the noun phrase around "sector"; "what did Misri underline?" -> what follows
"underlined"; "what drove the increase?" -> what precedes "drove"; "what does BTA stand for?" -> the words
that "(BTA)" abbreviates; "what kind of disorders …?" -> the modifiers before "disorders"; "what
astronomer …?" -> the name the noun classifies ("the astronomer Guo Shoujing"). Hand-written word-position
rules: spaCy's small English model would read structure better, but parses ~500 ms per 1,000 words against
a 5 ms answer budget (measured for issue 16, bench/RESULTS.md) and ships from its own release host, not as a
maintained PyPI wheel; NLTK's and TextBlob's noun-phrase chunkers need a part-of-speech tagger whose data
is downloaded at run time, not shipped in the wheel. These rules run in microseconds on the index's tokens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot import lexicon
from bot.answers.synonyms import AUXILIARIES, STOPWORDS, Concept, all_stems, matched, own_stems, stem
from bot.answers.widen import measure_kind
from bot.article.model import Sentence
from bot.article.roles import singular

MAX_ANSWER_WORDS = 18
MAX_NOUN_MODIFIERS = 6
PREPOSITIONS = lexicon.words("prepositions")
DETERMINERS = lexicon.lower_words("determiners")
_NOT_A_STOP = "".join(
    rf"(?<!\b(?i:{re.escape(a)})\.)"
    for a in sorted(lexicon.lower_words("abbreviations"), key=lambda a: (-len(a), a))
)
_OPENS_SENTENCE = "|".join(
    sorted((w.capitalize() for w in STOPWORDS if w.isalpha()), key=lambda w: (-len(w), w))
)
BREAK = re.compile(
    rf"[;:()“”\"—–]|(?<!\d),|,(?!\d{{3}}(?!\d))|\s[-–]\s|\.(?<!\b[A-Z]\.){_NOT_A_STOP}(?:\s|$)"
    rf"|\.(?<=\b[A-Z]\.)(?:$|\s(?=(?:{_OPENS_SENTENCE})\b))"
)
"""Where an answer phrase ends: clause punctuation, a spaced dash, a full stop; not the thousands comma of a
figure ("greater than 10,000 dlrs"), nor the dot of an abbreviation ("Lt. Gen. Michael Flynn", "the U.S.
Navy"; abbreviations.txt) or of an initial ("biologist E. O. Wilson"), unless a word that opens a sentence
follows the initial ("… 30 °C. This gives …", "… to X. Thus …": the splitter read it as an initial)."""
_WORD = re.compile(r"\w+(?:[.'’]\w+)*")
_AND_VERB = re.compile(
    r"\s(?:and|but)\s+(?:\w+ed|said|says|asked|added)\b|\s(?:"
    + "|".join(sorted(w for w in lexicon.reporting_words(forms=("ing",)) if len(w) > 4))
    + r")\b"
)
"""" … illegal immigration and asked the Government …", "a “political trial” saying Israel …": a second
verb, or a reporting participle, starts a second answer."""
_LEAD_IN = re.compile(
    r"^(?:which|that|who)\s+(?:is|are|was|were)\s+(?:defined|described|known|seen)\s+as\s+"
    r"|^(?:which|that|who)\s+(?:is|are|was|were)\s+|^(?:known|defined|described)\s+as\s+",
    re.IGNORECASE,
)
IRREGULAR_PAST = frozenset(past for forms in lexicon.irregular_past().values() for past in forms)
_STRONG_REASON = re.compile(
    r"\b(?:"
    + "|".join(re.escape(m) for m in sorted(lexicon.entries("reason_markers"), key=len, reverse=True))
    + r")\s",
    re.IGNORECASE,
)
_REASON = re.compile(r"\b(?:as part of|for|to)\s", re.IGNORECASE)


def reason_at(text: str) -> int | None:
    """Where the text's first marker that always opens a reason ("because", "due to": reason_markers.txt)
    stands, or None when it has none."""
    found = _STRONG_REASON.search(text)
    return found.start() if found else None


def gives_reason(text: str) -> bool:
    """Does the text hold a marker that always opens a reason?"""
    return reason_at(text) is not None


_CLEFT = re.compile(r"\sthat\s")
_VERBS_BEFORE = frozenset(
    word
    for lemma in ("show", "say", "find", "mean", "suggest")
    for word in lexicon.verb(lemma).words(("base", "s", "past"))
)
"""Verbs whose object is the answer ("the survey shows ..."): a subject answer ends before them."""

_NAMING = re.compile(r"\b(?:called|named|stand for|stands for|mean|means|known as|short for)\b", re.I)


@dataclass(frozen=True)
class Focus:
    """What kind of phrase the question wants, from its opening words."""

    noun: str | None = None
    """Stem of the head noun of "which/what/whose NOUN …"."""
    subject: bool = False
    """ "what drove the increase?": the answer is the subject, before the shared words."""
    preposition: str | None = None
    """ "what did Landau thank India for?": the answer follows this word in the sentence."""
    naming: bool = False
    """ "what is the deal called?", "what does BTA stand for?": the answer is another name."""
    why: bool = False
    """ "why is Lynch in India?": the answer follows "because", "for", "to", "as part of"."""
    copula: bool = False
    """ "what is a targeted employment area?": the answer follows the asked words, not a verb."""
    opening: str | None = None
    """ "in what century …?", "along what feature …?": the answer is this preposition's object."""
    head: str | None = None
    """Stem of the last word of a longer asked noun phrase ("what Han Chinese leader …" -> "leader"), tried
    when the first ("han") finds no answer."""
    inner: str | None = None
    """ "All Italian chocolate is made from what?": the question word stands where the answer stands, after
    this word ("from") in the sentence."""
    kind: tuple[str, ...] = ()
    """ "what kind of disorders …?" -> ("disorder",): the answer is the modifier the sentence puts before the
    asked noun; the stems of a longer asked noun phrase, its head first."""


WH_WORDS = lexicon.words("question_words")
KIND_NOUNS = lexicon.lower_words("kind_nouns")
_LEAD_CLAUSE = re.compile(
    r"^[^,?]*,\s*(?=(?:[a-z]+\s+)?(?:what|which|who|whom|whose|when|where|why|how)\b)", re.IGNORECASE
)
"""A clause before the question proper: "Along with marine engines, in what machines was it popular?"."""


def main_clause(question: str) -> str:
    """The question without a leading clause that sets it up ("Along with X, what …" -> "what …")."""
    return _LEAD_CLAUSE.sub("", question.strip(), count=1)


def focus(question: str) -> Focus:
    words = [w.lower() for w in re.findall(r"[\w’'-]+", main_clause(question))]
    inner = next((k for k, w in enumerate(words) if w in {"what", "which"}), None) if words else None
    if words and words[0] not in WH_WORDS and inner and inner > 1:  # "X is made from what alone?"
        after = words[inner + 1] if inner + 1 < len(words) else ""
        asked = stem(after) if after and after not in AUXILIARIES | STOPWORDS else None
        return Focus(noun=asked, inner=words[inner - 1])
    led = len(words) > 2 and words[0] in PREPOSITIONS and words[1] in {"which", "what", "whose"}
    opening = words[0] if led else None
    if led:
        words = words[1:]  # "in what century …", "under which treaty …": the noun is asked as plainly
    if not words:
        return Focus()
    kind: tuple[str, ...] = ()
    if len(words) > 3 and words[0] in {"what", "which"} and words[1] in KIND_NOUNS and words[2] == "of":
        # "what type of steam engine …": kinds of "engine", else of "steam" (the last may be a verb: "needs")
        kind = tuple(stem(w) for w in reversed(words[3 : 3 + _compound(words[3:])]))
    noun = head = None
    rest = words[1:]
    while len(rest) > 1 and rest[0] in DETERMINERS and rest[1] not in AUXILIARIES | STOPWORDS:
        rest = rest[1:]  # "which other unions": the noun is "unions"
    opens_noun = words[0] in {"which", "what", "whose"} and rest and rest[0] not in AUXILIARIES | STOPWORDS
    if opens_noun and (words[0] != "what" or not _looks_like_verb(rest)):
        size = _compound(rest)
        noun, head, rest = stem(rest[0]), stem(rest[size - 1]), rest[1:]
    wh = words[0] in {"what", "which", "who", "whose"}
    subject = not led and wh and bool(rest) and rest[0] not in AUXILIARIES  # "in what …" asks an object
    preposition = words[-1] if words[-1] in PREPOSITIONS and len(words) > 2 else None
    copula = len(words) > 1 and words[1] in {"is", "are", "was", "were"}
    return Focus(
        noun=noun,
        subject=subject,
        preposition=preposition,
        naming=bool(_NAMING.search(question)),
        copula=copula,
        why=words[0] == "why",
        opening=opening,
        head=head if head != noun else None,
        kind=kind,
    )


MAX_COMPOUND = 4


def _compound(words: list[str]) -> int:
    """How many words the asked noun phrase opening `words` holds, its head last: "what Han Chinese leader
    defected …" -> 3 ("leader"), "what physical quantities do …" -> 2; it ends before a function word, an
    auxiliary, a past tense, or a plural word followed by a content word (a verb: "co-receptor recruits")."""
    size = 1
    while size < min(len(words), MAX_COMPOUND):
        word = words[size]
        if word in AUXILIARIES | STOPWORDS | PREPOSITIONS or word.endswith("ed") or word in IRREGULAR_PAST:
            break
        following = words[size + 1] if size + 1 < len(words) else ""
        if word.endswith("s") and not word.endswith("ss") and following and following not in STOPWORDS:
            break  # "what co-receptor recruits molecules"
        size += 1
    return size


def _looks_like_verb(words: list[str]) -> bool:
    """ "what drove the increase" (a verb) vs "what news came …" (a noun): past tense, or "-s" before
    an article."""
    first, following = words[0], words[1] if len(words) > 1 else ""
    if first.endswith("ed") or first in IRREGULAR_PAST:
        return True
    return first.endswith("s") and following in {"the", "a", "an", "this", "that", "its", "their"}


def sentence_words(sentence: Sentence) -> list[tuple[int, int, str]]:
    """(start, end, stem) of each word, with absolute offsets; the same tokens as the index uses."""
    return [
        (sentence.start + m.start(), sentence.start + m.end(), stem(re.sub(r"['’]s$", "", m.group().lower())))
        for m in _WORD.finditer(sentence.text)
    ]


def _raw(sentence: Sentence, word: tuple[int, int, str]) -> str:
    """The word as the sentence spells it."""
    return sentence.text[word[0] - sentence.start : word[1] - sentence.start]


def _gap(sentence: Sentence, end: int, start: int) -> str:
    return sentence.text[end - sentence.start : start - sentence.start]


SHORT_QUOTE_WORDS = 6
"""A quoted run of at most this many words inside a phrase is part of it, not a break: called it a
“political trial”, citing “dangerous and impassable” roads."""
_OPEN_QUOTE = re.compile(r"[“\"]")
_CLOSE_QUOTE = re.compile(r"[”\"]")


_SUBORDINATE = re.compile(
    r"\s(?:" + "|".join(sorted(lexicon.words("subordinators") - {"as"})) + r")\b", re.IGNORECASE
)
"""A subordinate clause that ends a phrase ("as" is too often a preposition: "known as", "such as")."""


def _short_quote_end(text: str, at: int, limit: int) -> int | None:
    """Where a short quote opening at `at` closes (just after its mark), if it closes within
    SHORT_QUOTE_WORDS words and before `limit`; a quote that opens a sentence or follows a colon is speech,
    not a phrase's scare quotes."""
    before = text[:at].rstrip()
    if not before or before.endswith((":", ",")):
        return None
    closing = _CLOSE_QUOTE.search(text, at + 1, limit)
    if closing is None or len(text[at + 1 : closing.start()].split()) > SHORT_QUOTE_WORDS:
        return None
    return closing.end()


_PARTICIPLE_BEFORE = re.compile(r"\b(?:\w+ed|" + "|".join(sorted(IRREGULAR_PAST)) + r")$")


def _paired_participle(text: str, at: int) -> bool:
    """Is the "and <verb>-ed" at `at` the second of a pair of participles ("recognised and protected")?"""
    return bool(_PARTICIPLE_BEFORE.search(text, 0, at)) and text[at:].lstrip().startswith(("and ", "or "))


def _clause_end(text: str, start: int, limit: int) -> int:
    """First clause break at or after `start` in `text`, no further than `limit`; scare quotes inside the
    phrase are no break."""
    at = start
    quotes: list[tuple[int, int]] = []
    while True:
        found = BREAK.search(text, at, limit)
        end = found.start() if found else limit
        quoted = _short_quote_end(text, end, limit) if found and _OPEN_QUOTE.match(found.group()) else None
        if quoted is None or quoted <= at:
            break
        quotes.append((end, quoted))
        at = quoted
    for joined in _AND_VERB.finditer(text, start, end):
        if _paired_participle(text, joined.start()):
            continue  # "fundamental rights recognised and protected in …": one participle pair
        if not any(left < joined.start() < right for left, right in quotes):
            end = joined.start()
            break
    speech = text[:start].rstrip().endswith(("“", '"'))  # a quoted sentence is answered whole
    for opened in () if speech else _SUBORDINATE.finditer(text, start, end):
        if _content(text[start : opened.start()]) and not any(a < opened.start() < b for a, b in quotes):
            return opened.start()  # "a torn ACL after taking a low hit": the clause after is no part of it
    return end


def _trim(sentence: Sentence, start: int, end: int) -> tuple[int, int] | None:
    """Cut to at most MAX_ANSWER_WORDS words and strip spaces and stray punctuation."""
    text = sentence.text
    local_start, local_end = start - sentence.start, end - sentence.start
    piece = text[local_start:local_end]
    words = list(re.finditer(r"\S+", piece))
    if not words:
        return None
    if len(words) > MAX_ANSWER_WORDS:
        local_end = local_start + words[MAX_ANSWER_WORDS - 1].end()
        piece = text[local_start:local_end]
    lead = len(piece) - len(piece.lstrip(" ,;:“”\"'‘’—–-("))
    trail = len(piece) - len(piece.rstrip(" ,;:“”\"'‘’—–-()."))
    if local_start + lead >= local_end - trail:
        return None
    start, end = local_start + lead, local_end - trail
    kept = text[start:end]
    if (
        text[end : end + 1] in {".", "!", "?"}
        and text[end + 1 : end + 2] in {"”", '"'}
        and len(kept.split()) > 2
    ):
        end += 1  # a quoted sentence keeps its full stop: “Be grateful for life man.”
    elif (kept.count("“") > kept.count("”") or kept.count('"') % 2) and text[end : end + 1] in {"”", '"'}:
        end += 1  # a quote opened inside the answer closes inside it: a “political trial”
    elif (kept.count("”") > kept.count("“") or kept.count('"') % 2) and text[start - 1 : start] in {"“", '"'}:
        start -= 1  # a quote closed inside the answer opens inside it: “dangerous and impassable” roads
    return sentence.start + start, sentence.start + end


def _after(sentence: Sentence, at: int) -> tuple[int, int] | None:
    """The phrase after offset `at`, to the clause end; if a break comes first, the next clause, minus a
    "which is defined as" lead-in (a definition)."""
    text = sentence.text
    local = at - sentence.start
    end = _clause_end(text, local, len(text))
    if not _content(text[local:end]):
        follow = BREAK.match(text, end) or re.match(r"[\s,;:“”\"]+", text[end:])
        nxt = end + (follow.end() - follow.start() if follow else 0)
        while nxt < len(text) and text[nxt] in ' ,;:“”"':
            nxt += 1
        lead = _LEAD_IN.match(text[nxt:])
        local = nxt + (lead.end() if lead else 0)
        end = _clause_end(text, local, len(text))
    return _trim(sentence, sentence.start + local, sentence.start + end)


def _content(piece: str) -> bool:
    """Does a phrase hold a content word? "with" before "with: “Be grateful …”" holds none."""
    return any(w.lower() not in STOPWORDS and w.lower() not in PREPOSITIONS for w in _WORD.findall(piece))


_FIELD = re.compile(r"\s+in\s+(?:the\s+|a\s+|an\s+)?(?=[a-z])(?!(?:the|a|an)\b)")
"""An "in" that opens a noun's field, not its place or time: "a degree in computer engineering", "a rise
in unemployment"; a capitalised word or a number after it is a place or a date ("the war in Ireland",
"the army in 1806"), and so is one that the clause's end reaches through a name ("the river in east-central
Poland"); a lone word is a setting ("charges in court"), FIELD_WORDS or more name a field."""
FIELD_WORDS = 2


_AUXILIARY = re.compile(r"\s(?:" + "|".join(sorted(AUXILIARIES)) + r")\b")
"""A lower-case auxiliary or form of "be" after a noun's "of …": the phrase's verb, where it ends."""


def _noun_phrase(sentence: Sentence, words: list[tuple[int, int, str]], i: int) -> tuple[int, int]:
    """The noun at `words[i]` with its modifiers before ("the first tranche") and an "of …" after."""
    text = sentence.text
    left = i
    while left > 0 and i - left < MAX_NOUN_MODIFIERS:
        start, end, word = words[left - 1]
        raw = text[start - sentence.start : end - sentence.start].lower()
        if _gap(sentence, end, words[left][0]).strip(" -/") or word in _VERBS_BEFORE:
            break
        if raw in STOPWORDS:
            # "Chinese and Iranian intelligence": a conjunction between two modifiers stays in
            before = words[left - 2][2] if left > 1 else ""
            if raw not in {"and", "or"} or not before or before in STOPWORDS or left == i:
                break
        left -= 1
    end = words[i][1]
    if (
        i + 1 < len(words)
        and text[words[i + 1][0] - sentence.start : words[i + 1][1] - sentence.start] == "of"
    ):
        end = sentence.start + _clause_end(text, words[i + 1][1] - sentence.start, len(text))
        verb = _AUXILIARY.search(text, words[i + 1][1] - sentence.start, end - sentence.start)
        if verb:  # "the Court of Justice is the highest court": the phrase ends before its verb
            end = sentence.start + verb.start()
    elif field := _FIELD.match(text, end - sentence.start):
        close = _clause_end(text, field.end(), len(text))
        named = _WORD.findall(text[field.end() : close])
        if len(named) >= FIELD_WORDS and not any(w[:1].isupper() for w in named):
            end = sentence.start + close
    elif numbered := _NUMBERED.match(text, end - sentence.start):
        end = sentence.start + numbered.end()
    return words[left][0], end


_NUMBER = r"\d+[A-Za-z]?(?:\(\w{1,3}\))*(?!\w)"
_NUMBERED = re.compile(rf"\s+{_NUMBER}(?:(?:,\s*|\s+(?:and|or)\s+){_NUMBER})*")
"""The numbers that identify a noun's members: "TEU articles 4 and 5", "Article 101(1)"."""


_GLOSS = re.compile(r"\s\(([^()]{1,60})\)")
_GLOSSED = re.compile(r"(?:[A-Z][\w’'-]*(?:\s+(?:of|the|and|for|de|à|la)\s+|\s+))*[A-Z][\w’'-]*$|[\w’'-]+$")
"""The term a parenthesis glosses: the capitalised name right before it ("Ogród Saski", "The National Science
Foundation Network"), else the one word ("isothermal")."""


def _gloss(sentence: Sentence, question: list[Concept]) -> tuple[int, int] | None:
    """ "What is the Sea House?" in "… mend nets in Het Zeehuis (the Sea House) …" -> "Het Zeehuis"; "what
    is a word that means high pressure?" in "hyperbaric (high pressure) chambers" -> "hyperbaric": a
    parenthesis that says again what the question asks (every content word of it is one of the question's)
    glosses the term right before it, and that term, none of whose words the question has, answers. A
    parenthesis with a word of its own ("(SAR)" for "what is a kind of defence response …") glosses
    something else."""
    wanted = all_stems(question)
    text = sentence.text
    for paren in _GLOSS.finditer(text):
        inside = [stem(w.lower()) for w in _WORD.findall(paren.group(1))]
        content = [w for w in inside if w not in STOPWORDS and w not in PREPOSITIONS]
        term = _GLOSSED.search(text, 0, paren.start())
        if not content or any(w not in wanted for w in content) or term is None:
            continue
        said = [stem(w.lower()) for w in _WORD.findall(term.group())]
        if said and said[-1] not in STOPWORDS and not set(said) & wanted:
            start = term.start() + (4 if term.group().startswith(("The ", "the ")) else 0)
            return sentence.start + start, sentence.start + term.end()
    return None


_CAPITALS = r"[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*)*"
_APPOSED_NAME = re.compile(
    rf",\s+(?:including\s+|such as\s+)?(?:the\s+)?({_CAPITALS}(?:(?:,\s+(?:and\s+)?|\s+and\s+){_CAPITALS})*)"
)
"""Names set off after a phrase that only counts their kind: "Two divers, Ivo Brandt and Lea Moss, …"."""


def _counting(word: str) -> bool:
    """ "two", "other", "several", "12": a word that counts or sets apart members of a kind but names none."""
    return word.lower() in DETERMINERS or word.isdigit()


def _acronym(sentence: Sentence, question: str) -> tuple[int, int] | None:
    """ "What does BTA stand for?" -> the words before "(BTA)" whose initials spell it."""
    for short in re.findall(r"\b[A-Z]{2,6}\b", question):
        at = sentence.text.find(f"({short})")
        if at < 0:
            continue
        before = list(re.finditer(r"[\w-]+", sentence.text[:at]))[-len(short) :]
        if len(before) == len(short) and "".join(w.group()[0] for w in before).upper() == short:
            return sentence.start + before[0].start(), sentence.start + before[-1].end()
    return None


def answer_span(
    sentence: Sentence, question: list[Concept], question_text: str, asked: Focus
) -> tuple[int, int] | None:
    """The answer phrase of the sentence for this question shape, or None to fall back to the clause; a
    reason is never a bare time, place or quantity ("why did he resign?" is not answered "Wednesday", "why
    did profits fall?" not "785m euros", "why did the captain turn back?" not "an hour")."""
    found = _answer_span(sentence, question, question_text, asked)
    found = past_naming(sentence, found, question_text, asked) if found else None
    found = subject_left(sentence, found, question, question_text, asked) if found else None
    found = worked_as(sentence, found, question_text) if found else None
    if not ONE.search(question_text):  # "what is one of the sources?" asks for one item
        found = _listed(sentence, found)
    found = _past_restated(sentence, found, all_stems(question))
    found = _past_example_marker(sentence, found)
    if (
        asked.why
        and found is not None
        and _no_reason(sentence.text[found[0] - sentence.start : found[1] - sentence.start])
    ):
        return None
    return found


_WHAT = re.compile(r"^(?:[a-z]+\s+)?what\s", re.IGNORECASE)
"""A what-question, led by a preposition or not ("in what century …?")."""
_NAMES_ASKED = lexicon.lower_words("name_nouns") | lexicon.kind("naming_words", "label")
_NAME_ASKED = re.compile(rf"\b(?:{lexicon.phrase_pattern(_NAMES_ASKED)})\b", re.IGNORECASE)
"""A question that asks for a name: "what is the term given to …?", "what did the group call themselves?"."""
_NAMED_IN = re.compile(
    rf"\b(?:{lexicon.phrase_pattern(lexicon.kind('naming_words', 'marker'))})\s+(?=\S)", re.IGNORECASE
)


def past_naming(
    sentence: Sentence, found: tuple[int, int], question_text: str, asked: Focus
) -> tuple[int, int]:
    """ "What were Huguenots who stayed in France eventually known as?" in "… became Catholics and were
    called “new converts”" -> "new converts"; "what style of lace …?" in "a style of lace known as 'Bucks
    Point' demonstrates …" -> "Bucks Point": a what-answer that holds a naming word ("called", "known as",
    naming_words.txt) answers with the name after it, when the question asks for a name (name_nouns.txt,
    "called", "known as") or the asked noun stands just before the naming word; the name is a quoted term
    if one opens there, else the phrase to its clause's end, cut before a verb ("… are", "… who were")."""
    if not _WHAT.match(main_clause(question_text)):
        return found
    text, base = sentence.text, sentence.start
    marker = _NAMED_IN.search(text, found[0] - base, found[1] - base)
    if marker is None:
        return found
    nouns = {n for n in (asked.noun, asked.head) if n}
    before = [stem(w.lower()) for w in _WORD.findall(text[found[0] - base : marker.start()])][-CALLED_REACH:]
    if not (asked.naming or _NAME_ASKED.search(question_text) or nouns & set(before)):
        return found
    quoted = re.match(r"[“\"‘']([^”\"’']{1,60})[”\"’']", text[marker.end() :])
    if quoted:  # called 'phagocytes' that engulf
        return base + marker.end() + quoted.start(1), base + marker.end() + quoted.end(1)
    named = _after(sentence, base + marker.end())
    if named is None or named[1] > found[1] or not _content(text[named[0] - base : named[1] - base]):
        return found
    verb = _AUXILIARY.search(text, named[0] - base, named[1] - base) or _RELATIVE_AFTER.search(
        text, named[0] - base, named[1] - base
    )
    end = base + verb.start() if verb else named[1]
    return _trim(sentence, named[0], end) or found


SUBJECT_REACH = 8
"""How many words a subject that `subject_left` reads may hold before its auxiliary."""
_NO_SUBJECT = WH_WORDS | lexicon.words("subordinators") | {"that"}
"""Words a subject phrase holds none of: "Since it is believed …", "… plans for what would come to be …"."""
_NOT_OPENING = PREPOSITIONS | _NO_SUBJECT | lexicon.lower_words("conjunctions")
"""Words no subject opens with: "In macroscopic closed systems, …", "And …"."""


def subject_left(
    sentence: Sentence, found: tuple[int, int], question: list[Concept], question_text: str, asked: Focus
) -> tuple[int, int]:
    """ "What are sometimes present in the boiler's firebox crown?" in "Lead fusible plugs may be present in
    the crown of the boiler's firebox" -> "Lead fusible plugs": a what-question that asks for its subject
    (a verb or copula after "what"), answered by a clause that opens with a subject of new words (more
    than half of its content words are not the question's) and an auxiliary, after which a third or more
    of its content words are the question's, is answered by that subject: the question's own words leave
    it over. The clause must open on a capitalised word that is no function word, preposition or
    subordinator ("While …", "In …"), nor a gerund ("Pushing against …" is a clause of its own)."""
    if (
        not _WHAT.match(main_clause(question_text))
        or not (asked.subject or asked.copula)
        or asked.preposition
    ):
        return found
    words = [w for w in sentence_words(sentence) if found[0] <= w[0] < found[1]]
    first = _raw(sentence, words[0]) if words else ""
    lowered = first.lower()
    if not first[:1].isupper() or lowered in _NOT_OPENING or lowered.endswith("ing"):
        return found
    wanted = all_stems(question)
    for k in range(1, min(len(words), SUBJECT_REACH + 1)):
        raw = _raw(sentence, words[k]).lower()
        if raw in _NO_SUBJECT or _gap(sentence, words[k - 1][1], words[k][0]).strip(" -'’"):
            return found  # a clause or a break inside what would be the subject
        if raw not in AUXILIARIES:
            continue
        subject = [w for w in words[:k] if _raw(sentence, w).lower() not in STOPWORDS]
        rest = [w for w in words[k:] if _raw(sentence, w).lower() not in STOPWORDS | AUXILIARIES]
        fresh = [w for w in subject if w[2] not in wanted]
        restated = [w for w in rest if w[2] in wanted]
        clause = any(_raw(sentence, w).lower() == "that" for w in words[k:])
        if asked.copula and {w[2] for w in subject} & set(_after_copula(question_text)):
            return found  # "The main sources … are …" for "what are the main legislative bodies …?"
        if 2 * len(fresh) > len(subject) and rest and 2 * len(restated) >= len(rest) and not clause:
            return _trim(sentence, words[0][0], words[k - 1][1]) or found
        return found
    return found


_WHAT_DOES_DO = re.compile(r"^what\s+(?:does|did|do)\s+.+?\s+do\s*\??$", re.IGNORECASE)
""" "What does Kisha Rivera do?": the question asks what the person does for a living, or did."""
_WORK_FORMS = frozenset(
    w for lemma in ("work", "serve") for w in lexicon.verb(lemma).words(("base", "s", "past", "ing"))
)
_WORKED_AS = re.compile(
    rf"\b(?:{lexicon.phrase_pattern(_WORK_FORMS)})\s+as\s+"
    r"(?:(?:a|an|the)\s+)?(?=\S)",
    re.IGNORECASE,
)


def worked_as(sentence: Sentence, found: tuple[int, int], question_text: str) -> tuple[int, int]:
    """ "What does Kisha Rivera do?" in "…, who works as a cabin cleaner at O'Hare, …" -> "cabin cleaner": a
    "what does X do?" answer that says X works (or serves) as something answers with that role, without
    its article and up to the first preposition after it (where, or for whom, X works)."""
    if not _WHAT_DOES_DO.match(main_clause(question_text).strip()):
        return found
    text, base = sentence.text, sentence.start
    role = _WORKED_AS.search(text, found[0] - base, found[1] - base)
    if role is None:
        return found
    end = _clause_end(text, role.end(), found[1] - base)
    for word in _WORD.finditer(text, role.end(), end):
        if word.start() > role.end() and word.group().lower() in PREPOSITIONS:
            end = word.start()
            break
    return _trim(sentence, base + role.end(), base + end) or found


_RELATIVE_AFTER = re.compile(r"\s(?:who|which|that)\s")


_EXAMPLE_MARKER = re.compile(
    rf"(?:{lexicon.phrase_pattern(lexicon.entries('example_markers'))})\s+(?=\S)", re.IGNORECASE
)


def _past_example_marker(sentence: Sentence, found: tuple[int, int] | None) -> tuple[int, int] | None:
    """ "such as NL and NC" -> "NL and NC": a phrase that opens with the marker of its examples answers with
    the examples; the marker names none of them."""
    if found is None:
        return None
    marker = _EXAMPLE_MARKER.match(sentence.text, found[0] - sentence.start, found[1] - sentence.start)
    return (sentence.start + marker.end(), found[1]) if marker else found


LIST_ITEM_WORDS = 4
MAX_LISTED_WORDS = 8
"""The longest phrase a list may continue: "a combination of poor management, internal divisions, and …"."""
LAST_ITEM_WORDS = 7
"""The last item of a list of three or more may be longer than the others, as its own complement ends the
sentence: "reduced costs, improved prices and its withdrawal from a Japanese smelter venture"; after a
lone ", and" a long phrase is a clause joined on ("self and non-self, and attacks part of the body")."""
_ITEM = rf"[^\W\d_][\w’'-]*(?:\s+[\w’'-]+){{0,{LIST_ITEM_WORDS - 1}}}"
_LAST_ITEM = rf"[^\W\d_][\w’'-]*(?:\s+[\w’'-]+){{0,{LAST_ITEM_WORDS - 1}}}"
_LIST_END = r"(?=\s*(?:[.;:)]|$)|,\s+(?:which|who|whose|where|is|are|was|were)\b)"
"""A list ends the clause, or a relative clause about it or the verb its clause's subject waits for follows:
"… law and public law, which predates …", "… rooted in legal certainty and good faith, is also …"."""
_LIST_TAIL = re.compile(
    rf"(?:,\s+{_ITEM})+,?\s+(?:and|or)\s+{_LAST_ITEM}{_LIST_END}"
    rf"|(?:,\s+{_ITEM})*,?\s+(?:and|or)\s+{_ITEM}{_LIST_END}"
)
"""The rest of a list after its first item: ", secondary law and supplementary law." (to the clause end)."""


ONE = re.compile(r"\b(?:one|an example|a single)\b", re.IGNORECASE)


def _listed(sentence: Sentence, found: tuple[int, int] | None) -> tuple[int, int] | None:
    """ "The three sources are primary law, secondary law and supplementary law": a short phrase that a
    list of short items continues to the clause end is answered with the whole list."""
    if found is None:
        return None
    text, base = sentence.text, sentence.start
    if len(text[found[0] - base : found[1] - base].split()) > MAX_LISTED_WORDS:
        return found
    tail = _LIST_TAIL.match(text, found[1] - base)
    if tail is None:
        return found
    items = [_WORD.findall(item.lower()) for item in re.split(r",|\band\b|\bor\b", tail.group())]
    opener = _WORD.match(text, found[0] - base)
    parallel = opener is not None and _verb_like(opener.group().lower())
    if any(
        w in AUXILIARIES or (_verb_like(w) and not (parallel and k == 0))
        for item in items
        for k, w in enumerate(item)
    ):  # "incorporated in 1973 and started operations in 1975": clauses, not items
        return found  # but "reduced costs, improved prices and …": each item opens with its participle
    if any(item and item[0] in _CLAUSE_OPENERS | PREPOSITIONS | {"such"} for item in items):
        return found  # ", which hides constant factors", ", such as characters", ", and to whom"
    return found[0], base + tail.end()


_FIRST_ITEM = re.compile(r"\s+([^\W\d_][\w’'-]*)")


def _list_after(sentence: Sentence, at: int) -> tuple[int, int] | None:
    """The list a kind's noun introduces with no comma ("the hormones leptin, growth hormone and prolactin"):
    a first word that is no function word, continued by a list to the clause end (`_listed`)."""
    first = _FIRST_ITEM.match(sentence.text, at - sentence.start)
    if first is None or first.group(1).lower() in STOPWORDS | PREPOSITIONS | AUXILIARIES:
        return None
    item = sentence.start + first.start(1), sentence.start + first.end(1)
    listed = _listed(sentence, item)
    return listed if listed != item else None


RESTATED_WORDS = 2
"""How many of the question's own content words a span must open with, before a preposition, for that
opening to be a restatement: "face charges of burglary" for "what charges do the men face?"."""


def _past_restated(
    sentence: Sentence, found: tuple[int, int] | None, wanted: set[str]
) -> tuple[int, int] | None:
    """ "men face charges of burglary and arson" -> "burglary and arson": a span that opens by repeating
    the question's words (at least RESTATED_WORDS of them, nothing else but function words) up to its
    first preposition answers with what follows it; kept when nothing new follows, or when the preposition
    joins a name ("European Court of Justice")."""
    if found is None:
        return None
    words = [w for w in sentence_words(sentence) if found[0] <= w[0] < found[1]]
    restated = 0
    for i, (start, end, word) in enumerate(words):
        raw = _raw(sentence, (start, end, word)).lower()
        if raw in PREPOSITIONS:
            rest = words[i + 1 :]
            named = i > 0 and _raw(sentence, words[i - 1])[:1].isupper()
            new = any(w[2] not in wanted and _raw(sentence, w).lower() not in STOPWORDS for w in rest)
            return (rest[0][0], found[1]) if restated >= RESTATED_WORDS and new and not named else found
        if word in wanted and raw not in STOPWORDS:
            restated += 1
        elif raw not in STOPWORDS:
            return found
    return found


_CALENDAR_WORDS = frozenset(word.lower() for words in lexicon.by_kind("calendar").values() for word in words)
_PLACE_OR_TIME_OPENERS = frozenset({"at", "on", "near", "outside", "inside", "during"})


def _time_or_place(phrase: str) -> bool:
    """ "Wednesday", "on Dec. 9", "at O'Hare International Airport on Tuesday": when or where, no why."""
    words = _WORD.findall(phrase)
    if not words:
        return False
    if all(w.lower() in _CALENDAR_WORDS or w.isdigit() for w in words):
        return True
    return (
        words[0].lower() in _PLACE_OR_TIME_OPENERS
        and len(words) > 1
        and (words[1][:1].isupper() or words[1].isdigit())
    )


def _no_reason(phrase: str) -> bool:
    """A when, a where or a measure alone ("an hour", "nearly a century", "785m euros") states no cause."""
    words = phrase.split()
    figure = bool(words) and len(words) <= FIGURE_WORDS and words[0][:1] in _FIGURE_OPENERS
    return figure or _time_or_place(phrase) or measure_kind(phrase.rstrip(" ,.")) is not None


FIGURE_WORDS = 3
_FIGURE_OPENERS = frozenset("$£€¥0123456789")


def _answer_span(
    sentence: Sentence, question: list[Concept], question_text: str, asked: Focus
) -> tuple[int, int] | None:
    question_text = main_clause(question_text)
    if _LABELLING.match(question_text):
        found = _label(sentence, question)
        if found:
            return found
    if asked.copula or asked.naming:
        found = _gloss(sentence, question)
        if found:
            return found
    if asked.naming:
        found = _acronym(sentence, question_text) or _naming(sentence, question)
        found = found or _name_of(sentence, question_text) or _called_after(sentence, question_text)
        if found:
            return found
    words = sentence_words(sentence)
    wanted = all_stems(question)
    matched = [i for i, (_, _, word) in enumerate(words) if word in wanted]
    if asked.kind:
        for kind in asked.kind:
            found = _kind_of(sentence, words, wanted, kind)
            if found:
                return found
    # "in what century …?": the preposition and the noun are the question's, the modifiers say which
    led = bool(asked.opening) and asked.head is None and _WHAT.match(question_text) is not None
    for noun in (asked.noun, asked.head) if asked.noun else ():
        for i, (_, _, word) in enumerate(words):
            if word == noun:
                start, end = _noun_phrase(sentence, words, i)
                listed = _EXAMPLES.match(sentence.text, end - sentence.start)
                if listed:  # "non-related illnesses, such as Alzheimer's and dementia": the instances
                    found = _after(sentence, sentence.start + listed.end())
                    if found:
                        return found
                phrase = [w for w in words if start <= w[0] < end]
                fresh = [w for w in phrase if w[2] not in wanted and w[2] not in STOPWORDS]
                if fresh and all(_counting(_raw(sentence, w)) for w in fresh):
                    apposed = _APPOSED_NAME.match(sentence.text, end - sentence.start)
                    if apposed:  # "Two Han Chinese leaders, Shi Tianze, …": the name says which
                        return sentence.start + apposed.start(1), sentence.start + apposed.end(1)
                    continue  # "Other museums": which ones, the phrase does not say
                if fresh:
                    kinds = _asked_modifiers(sentence, words, i, start, end, wanted) if led else None
                    return kinds or _trim(sentence, start, end)
                after = words[i][1]
                classifier = end == after and _lower(sentence, words[i])  # not "Lake" of "Lake Ontario"
                name = _NAME_AFTER.match(sentence.text[after - sentence.start :]) if classifier else None
                if name:  # "the astronomer Guo Shoujing", "dropped back row Corrado Covi": the name
                    return after + name.start(1), after + name.end(1)
                plural = singular(_raw(sentence, words[i])) != _raw(sentence, words[i])
                items = _list_after(sentence, after) if classifier and plural else None
                if items:  # "the hormones leptin, growth hormone and prolactin": the kind's members
                    return items
    if asked.opening:
        found = _object_of(sentence, words, wanted, asked)
        if found:
            return found
    manner = _manner_verb(sentence, words, question_text)
    if manner is not None:
        found = _after(sentence, manner)
        if found:
            return found
    if asked.inner:
        at = _inner_position(sentence, words, wanted, asked.inner)
        return _after(sentence, at) if at is not None else None  # else the clause: its place is unknown
    if not matched:
        return None
    if asked.subject and not asked.noun:
        for i in matched:
            agent = re.match(r"\s+by\s", sentence.text[words[i][1] - sentence.start :])
            if agent:  # "who runs the program?" -> "run by the Department of Homeland Security"
                return _after(sentence, words[i][1] + agent.end())
        first = matched[0]
        left = first
        while left > 0 and first - left < 4:
            start, end, word = words[left - 1]
            raw = sentence.text[start - sentence.start : end - sentence.start].lower()
            if _gap(sentence, end, words[left][0]).strip(" -") or raw in STOPWORDS or word in _VERBS_BEFORE:
                break
            left -= 1
        if left < first:
            return words[left][0], words[first - 1][1]
        return None
    if asked.subject:
        return None
    if asked.why:
        found = _reason(sentence, words[matched[0]][1] - sentence.start, wanted)
        if found:
            return found
    if asked.preposition:
        at = _preposition_after(sentence, words, matched, asked.preposition)
        if at is not None:
            return _after(sentence, at)
    if asked.copula:
        plain = not (asked.naming or asked.preposition or asked.why)
        subject = (
            _copula_subject(sentence, words, question, _predicate_opening(question_text)) if plain else None
        )
        return subject or _after(sentence, words[_first_run(words, matched, question)][1])
    verb = _object_verb(question_text, question, words)
    if verb is not None:
        found = _after(sentence, words[verb][1])
        named = found is not None and any(
            found[0] <= w[0] < found[1] and w[2] not in wanted and w[2] not in STOPWORDS for w in words
        )  # "posted a message with: …" for "what message did the union post?": the object is the asked noun
        if found and named:  # "used sonar imaging to map the reef": it ends where the question's words resume
            resume = next(
                (
                    words[i][0]
                    for i in range(verb + 2, len(words) - 1)
                    if words[i][2] == "to" and words[i + 1][2] in wanted and words[i][0] < found[1]
                ),
                None,
            )
            return _trim(sentence, found[0], resume) if resume else found
    own = own_stems(question)
    mine = [i for i in matched if words[i][2] in own] or matched
    mine = [i for i in mine if not _opens_other_name(sentence, words, i, wanted)] or mine
    return _after(sentence, words[mine[-1]][1])


def _asked_modifiers(
    sentence: Sentence, words: list[tuple[int, int, str]], i: int, start: int, end: int, wanted: set[str]
) -> tuple[int, int] | None:
    """ "In what century did the history of the steam engine begin?" in "… in the first century AD" ->
    "first"; "on what basis …?" in "on a religious basis" -> "religious": a noun phrase that ends on the
    noun a preposition-led what-question asks says which by its modifiers, the question's own words (the
    noun, the words asked with it) left out; None when the phrase goes on past the noun ("the concept of a
    reduction"), the noun is capitalised (a name's: "the Dutch East India Company") or a list continues it
    ("the Song dynasty and the Ming dynasty")."""
    if (
        end != words[i][1]
        or not _lower(sentence, words[i])
        or _LIST_TAIL.match(sentence.text, end - sentence.start)
    ):
        return (
            None  # "the Dutch East India Company" is a name; "the Song dynasty and the Ming dynasty" a list
        )
    left = next(k for k, w in enumerate(words) if w[0] == start)
    right = i
    while right > left and words[right - 1][2] in wanted:
        right -= 1  # "steam" of "steam turbine plant" is asked with the noun
    while left < right and _raw(sentence, words[left]).lower() in _NOT_KINDS:
        left += 1  # "the", "some"
    if left >= right or any(w[2] in wanted for w in words[left:right]):
        return None
    return _trim(sentence, words[left][0], words[right - 1][1])


def _opens_other_name(
    sentence: Sentence, words: list[tuple[int, int, str]], i: int, wanted: set[str]
) -> bool:
    """Is `words[i]` the first word of a name the question does not ask about? "US" of "the US government"
    matched in "… two airlines, US Airways and …": the answer after it would open mid-name."""
    if i + 1 >= len(words) or _lower(sentence, words[i]) or _lower(sentence, words[i + 1]):
        return False
    return _gap(sentence, words[i][1], words[i + 1][0]) == " " and words[i + 1][2] not in wanted


_HOW_VERB = re.compile(r"^how\s+(?:did|does|do|will|would|could|can|has|have|had)\s+.+?\s+([a-z]+)\?*$", re.I)
"""A how-question that ends on its verb: "How did his predecessor die?", "How does the scheme work?"."""
_ADVERB = re.compile(r"\s+[a-z]+ly\b")


def _manner_verb(sentence: Sentence, words: list[tuple[int, int, str]], question_text: str) -> int | None:
    """ "How did his predecessor die?" in "… Tom Hale, died suddenly of a stroke" -> the offset after
    "died suddenly": a how-question that ends on its verb is answered by what follows that verb, written in
    a form whose stem differs from the question's (the stems of "die" and "died" do, so the general rules
    miss the verb), past an adverb in -ly; None when the sentence does not write the verb so."""
    found = _HOW_VERB.match(question_text.strip())
    if found is None or found.group(1).lower() in STOPWORDS | PREPOSITIONS:
        return None
    if any(word == stem(found.group(1).lower()) for _, _, word in words):
        return None  # the stems match: the general rules place the answer
    forms = {form for group in lexicon.inflect(found.group(1).lower()).values() for form in group}
    for start, end, _ in words:
        if sentence.text[start - sentence.start : end - sentence.start].lower() in forms:
            adverb = _ADVERB.match(sentence.text, end - sentence.start)
            return sentence.start + adverb.end() if adverb else end
    return None


KIND_REACH = 4
"""How many words on either side of an asked noun count as the question's words near it."""


def _kind_of(
    sentence: Sentence, words: list[tuple[int, int, str]], wanted: set[str], noun: str
) -> tuple[int, int] | None:
    """ "What kind of disorders …?" in "… particularly the autoimmune disorders" -> "autoimmune"; "what type
    of steam engine …?" in "An oscillating cylinder steam engine is …" -> "oscillating cylinder": the
    modifiers of the asked noun in the sentence, without its determiner and the question's own words. Of
    several, the one with most of the question's other words near it: "constitutional law concerns …,
    administrative law binds EU institutions" -> "administrative" for "which type of law makes EU …?"."""
    others = [k for k, w in enumerate(words) if w[2] in wanted and w[2] != noun]
    found: list[tuple[int, tuple[int, int]]] = []
    for i, (_, _, word) in enumerate(words):
        if word != noun:
            continue
        start, _ = _noun_phrase(sentence, words, i)
        left = next(k for k, w in enumerate(words) if w[0] == start)
        right = i
        while right > left and words[right - 1][2] in wanted:
            right -= 1  # "steam" of "steam engine" is asked, not the kind
        first = right  # "defined through kinematic measurements", "While constitutional law": no kind
        while first > left:
            before = _raw(sentence, words[first - 1]).lower()
            if before in {"and", "or"}:  # "strong and weak forces": between two kinds it stays in
                if (
                    first == right
                    or first - 1 == left
                    or _raw(sentence, words[first - 2]).lower() in _NOT_KINDS
                ):
                    break
            elif before in _NOT_KINDS:
                break
            first -= 1
        left = first
        kinds = _trim(sentence, words[left][0], words[right - 1][1]) if left < right else None
        if kinds and any(w[2] not in wanted and w[2] not in STOPWORDS for w in words[left:right]):
            near = {words[k][2] for k in others if 0 < abs(k - i) <= KIND_REACH and not left <= k <= i}
            found.append((-len(near), kinds))
    return min(found, key=lambda f: f[0])[1] if found else None


COPULAS = lexicon.words("be_forms") - {"be", "been", "being"}
MAX_SUBJECT_WORDS = 12
PREDICATE_REACH = 2
"""How many words may stand between the copula and the question's first word after it ("is the main
executive body"); further on, the question's words are inside a longer predicate, not its head."""
SUBORDINATORS = lexicon.words("subordinators")
_NOT_KINDS = lexicon.words("stop_words") | STOPWORDS | DETERMINERS | SUBORDINATORS | PREPOSITIONS
"""Words no kind is: "defined through kinematic measurements", "While constitutional law", "only slow"."""
_RELATIVE = frozenset({"which", "who", "that"})
_SUBJECT_BREAK = frozenset(",;:—–")


def _after_copula(question_text: str) -> list[str]:
    """Stems of the words of the question's phrase after its copula, to its first function word past a
    content word: "What are the skin cells that …?" -> ["skin", "cell"]."""
    asked = re.match(r"\s*\w+\s+(?:is|are|was|were)\s+(.*)", question_text, re.IGNORECASE)
    found: list[str] = []
    for word in _WORD.findall(asked.group(1).lower()) if asked else []:
        if word in STOPWORDS | PREPOSITIONS:
            if found:
                break
            continue
        found.append(stem(word))
    return found


def _predicate_opening(question_text: str) -> str | None:
    """Stem of the first content word after the question's copula: "What is the highest court …?" ->
    "highest", "What are MPs unable to vote upon?" -> "mps"."""
    return next(iter(_after_copula(question_text)), None)


def _copula_subject(
    sentence: Sentence, words: list[tuple[int, int, str]], question: list[Concept], opening: str | None = None
) -> tuple[int, int] | None:
    """ "What is the main executive body of the EU?" in "The European Commission is the main executive body
    of the European Union": the question's words head the predicate of a form of "be", so the answer is its
    subject, back to the clause start; "…, the Harvard Library, which is the world's largest library
    system" -> the phrase before ", which". The copula whose predicate covers the most of the question wins;
    it must cover at least half of what the sentence covers, and the subject less than half as much
    ("What are MPs unable to vote upon?" is asked of the MPs, not for them), or just half when the predicate
    opens as the question's does (`opening`: "The European Court of Justice is the highest court" for "what
    is the highest court in the EU?"). A passive ("was dominated
    by"), a clause ("is that …"), a pronoun ("it is", "there are"), an inverted or subordinate subject
    ("In front of the desk is", "When the electrons … are") is no such subject."""
    text, base = sentence.text, sentence.start
    wanted = all_stems(question)
    in_sentence = sum(1 for c in question if matched(c, frozenset(w[2] for w in words)))
    best: tuple[int, tuple[int, int]] | None = None
    for b, (start, end, _) in enumerate(words):
        if text[start - base : end - base].lower() not in COPULAS or b == 0:
            continue
        limit = base + _clause_end(text, end - base, len(text))
        predicate = [w for w in words[b + 1 :] if w[0] < limit]
        head = next((k for k, w in enumerate(predicate) if w[2] in wanted), None)
        if head is None or head > PREDICATE_REACH or any(_verb_like(w[2]) for w in predicate[:head]):
            continue
        if predicate[0][2] == "that":
            continue
        covered = sum(1 for c in question if matched(c, frozenset(w[2] for w in predicate)))
        if covered * 2 < in_sentence or (best is not None and covered <= best[0]):
            continue
        subject = _subject_before(text, start - base)
        found = _trim(sentence, base + subject[0], base + subject[1]) if subject else None
        if found is None:
            continue
        inside = [w for w in words if found[0] <= w[0] < found[1]]
        first = text[inside[0][0] - base : inside[0][1] - base].lower() if inside else ""
        fresh = [w for w in inside if w[2] not in wanted and w[2] not in STOPWORDS]
        if (
            fresh
            and len(inside) <= MAX_SUBJECT_WORDS
            and first not in PREPOSITIONS | SUBORDINATORS
            and _names_subject(text[words[b - 1][0] - base : words[b - 1][1] - base].lower())
            and _subject_share(question, inside, covered, predicate[head][2] == opening)
        ):
            best = (covered, found)
    return best[1] if best else None


def _subject_share(
    question: list[Concept], inside: list[tuple[int, int, str]], covered: int, same_opening: bool
) -> bool:
    """The subject covers less than half of what the predicate covers, or half when the predicate opens with
    the question's own first word after its copula."""
    share = 2 * sum(1 for c in question if matched(c, frozenset(w[2] for w in inside)))
    return share < covered or (same_opening and share == covered)


def _names_subject(word: str) -> bool:
    """The word before the copula ends a subject that names something: not "it is", "there are", "most
    are"; a relative pronoun ("…, which is") stands for the phrase before it."""
    return word in _RELATIVE or (word not in STOPWORDS and word != "there")


def _verb_like(word: str) -> bool:
    """A participle or "by" between the copula and the asked words: the predicate is a passive verb."""
    return word.endswith("ed") or word in IRREGULAR_PAST or word == "by"


def _full_stop(text: str, at: int) -> bool:
    """A "." at `at` that ends a sentence run into the next ("… in Kraków. Warsaw University …")."""
    return text[at] == "." and text[at + 1 : at + 2] == " " and text[at - 1 : at].islower()


def _subject_before(text: str, at: int) -> tuple[int, int] | None:
    """(start, end) local offsets of the phrase before `at` back to a clause break outside parentheses or
    a full stop, without a parenthesis that ends it ("The mermaid (syrenka) is"); a relative pronoun there
    ("…, which is") stands for the phrase before its comma."""
    end = len(text[:at].rstrip())
    if text[end - 1 : end] == ")":
        opening = text.rfind("(", 0, end)
        end = opening if opening > 0 else end
    depth, i = 0, end
    while i > 0:
        char = text[i - 1]
        if char == ")":
            depth += 1
        elif char == "(":
            depth = max(0, depth - 1)
        elif depth == 0 and (char in _SUBJECT_BREAK or _full_stop(text, i - 1)):
            break
        i -= 1
    piece = text[i:end].strip().lower()
    if piece in _RELATIVE and i > 0:
        return _subject_before(text, i - 1)
    joined = re.match(r"\s*(?:and|or)\s+", text[i:end])
    listed = _items_before(text, i - 1) if joined and text[i - 1 : i] == "," else i
    if listed < i:  # "obesity, alcoholism, and drug use are …": the whole list is the subject
        return listed, end
    start = i + (joined.end() if joined else 0)  # ", and the Kestrel Pier, which is"
    return (start, end) if text[start:end].strip() else None


def _items_before(text: str, comma: int) -> int:
    """Where a list of short items ending at `comma` starts (`comma` + 1 when there is none): each item a few
    words between commas, no verb, no preposition or subordinator opening it."""
    first = comma + 1
    while comma > 0:
        previous = text.rfind(",", 0, comma)
        item = text[previous + 1 : comma]
        words = _WORD.findall(item.lower())
        if (
            not words
            or len(words) > LIST_ITEM_WORDS
            or re.search(r"[;:()]|\.\s", item)
            or words[0] in PREPOSITIONS | SUBORDINATORS
            or any(_verb_like(w) or w in AUXILIARIES for w in words)
        ):
            break
        first = previous + 1 + len(item) - len(item.lstrip())
        if previous < 0:
            break
        comma = previous
    return first


INNER_REACH = 4
"""How many words before the sentence word that precedes the question word are read as its context."""


def _inner_position(
    sentence: Sentence, words: list[tuple[int, int, str]], wanted: set[str], before: str
) -> int | None:
    """Where the answer starts for "… is made from what?": after the sentence's "from" that the most
    question words stand just before (one at least), the earliest on a tie."""
    target = stem(before)
    best: tuple[int, int] | None = None
    for i, (_, end, word) in enumerate(words):
        if word != target:
            continue
        near = sum(1 for w in words[max(0, i - INNER_REACH) : i] if w[2] in wanted and w[2] not in STOPWORDS)
        if near and (best is None or near > best[0]):
            best = (near, end)
    return best[1] if best else None


MAX_OBJECT_PHRASE = 8
_CLAUSE_OPENERS = _RELATIVE | {"where", "when", "whose", "whom"}


def _object_of(
    sentence: Sentence, words: list[tuple[int, int, str]], wanted: set[str], asked: Focus
) -> tuple[int, int] | None:
    """ "Along what feature are nine houses located?" in "… nine are located along the Charles River" -> "the
    Charles River": the object of the question's opening preposition in the sentence, up to a clause break,
    a relative word, another preposition but "of", a second verb ("in early vertebrates and allows …") or
    the question's words resuming; one with a word the question lacks, the one holding the asked noun
    first, else the one nearest the question's words."""
    text, base = sentence.text, sentence.start

    def raw(k: int) -> str:
        return text[words[k][0] - base : words[k][1] - base]

    def _names_on(k: int) -> bool:
        """Does a capitalised name run on through word `k` (a capital, or a function word before one)?"""
        while k < len(words) and raw(k)[:1].islower() and raw(k).lower() in STOPWORDS | PREPOSITIONS:
            k += 1
        return k < len(words) and raw(k)[:1].isupper()

    def _in_name(k: int) -> bool:
        """Is word `k` a capital, or a function word after one ("the Treaty on the")?"""
        while k > 0 and raw(k)[:1].islower() and raw(k).lower() in STOPWORDS | PREPOSITIONS:
            k -= 1
        return raw(k)[:1].isupper()

    def _joined(k: int) -> bool:
        """Is word `k` joined to the name before it by a preposition ("Functioning of the European")?"""
        between = []
        while k > 0 and raw(k - 1)[:1].islower() and raw(k - 1).lower() in STOPWORDS | PREPOSITIONS:
            k -= 1
            between.append(raw(k).lower())
        return any(w in PREPOSITIONS for w in between)

    shared = [k for k, w in enumerate(words) if w[2] in wanted]
    best: tuple[tuple[bool, int], tuple[int, int]] | None = None
    for i in range(len(words) - 1):
        if raw(i).lower() != asked.opening:
            continue
        limit = base + _clause_end(text, words[i][1] - base, len(text))
        last = None
        for j in range(i + 1, len(words)):
            word = raw(j)
            low = word.lower()
            named = last is not None and _in_name(last) and _names_on(j)
            if words[j][0] >= limit or low in _CLAUSE_OPENERS or (j > i + MAX_OBJECT_PHRASE and not named):
                break  # a name may run past MAX_OBJECT_PHRASE words
            if low in PREPOSITIONS and low != "of" and not named:
                break  # "the Treaty on the Functioning of the European Union" is one name
            if words[j][2] in wanted and words[j][2] != asked.noun and not (named and _joined(j)):
                break  # "… of the European Union": a name's word after its preposition stays
            if low in {"and", "but", "or"} and j + 1 < len(words):
                following = raw(j + 1)
                if following[:1].islower() and following.lower() not in DETERMINERS:
                    break
            last = j
        if last is None:
            continue
        inside = words[i + 1 : last + 1]
        if not any(w[2] not in wanted and w[2] not in STOPWORDS for w in inside):
            continue
        while last > i + 1 and raw(last).lower() in STOPWORDS:
            last -= 1  # "in early vertebrates and": no function word at the end
        has_noun = any(w[2] == asked.noun for w in inside)
        near = min((abs(k - i) for k in shared), default=0)
        key = (not has_noun, near)
        if best is None or key < best[0]:
            end = words[last][1]
            end += text[end - base : end - base + 1] == "%"  # "at 80%": the sign is the figure's
            best = (key, (words[i + 1][0], end))
    return _trim(sentence, *best[1]) if best else None


_CAUSED = re.compile(
    r"\b(?:"
    + lexicon.phrase_pattern(
        {
            form
            for lemma in lexicon.words("causative_verbs")
            for kind in ("s", "past")
            for form in lexicon.inflect(lemma)[kind]
        }
    )
    + r")\s+(?:[\w’'-]+,?\s+){1,6}?to\s+\w",
)
"""A cause before its verb and the object it makes do something: "Heavy rain forced the organisers to …"."""


def _cause(sentence: Sentence, wanted: set[str]) -> tuple[int, int] | None:
    """ "Why did the organisers cancel the race?" in "Heavy rain forced the organisers to cancel the race":
    the subject of a causative verb (causative_verbs.txt) whose object and infinitive hold the question's
    words, when the subject is mostly words of its own (not a pronoun: "It forced …")."""
    text = sentence.text
    for found in _CAUSED.finditer(text):
        later = {w[2] for w in sentence_words(sentence) if w[0] - sentence.start >= found.start()}
        subject = _subject_before(text, found.start())
        if subject is None or len(later & wanted) < 2:
            continue
        phrase = [stem(w.lower()) for w in _WORD.findall(text[subject[0] : subject[1]])]
        fresh = [w for w in phrase if w not in wanted and w not in STOPWORDS]
        if fresh and len(fresh) * 2 > len(set(phrase) & wanted) and phrase[-1] not in STOPWORDS:
            return _trim(sentence, sentence.start + subject[0], sentence.start + subject[1])
    return None


def _reason(sentence: Sentence, after: int, wanted: set[str]) -> tuple[int, int] | None:
    """The reason phrase: after a marker that always opens one (reason_markers.txt) anywhere in the
    sentence, else the cause a causative verb's subject names (`_cause`), else after "for" / "to" / "as
    part of" past the asked words (`after`, a local offset)."""
    text = sentence.text
    reason = _STRONG_REASON.search(text)
    caused = _cause(sentence, wanted) if reason is None else None
    if caused:
        return caused
    reason = reason or _REASON.search(text, after)
    if reason is None:
        return None
    found = _after(sentence, sentence.start + reason.end())
    cleft = _CLEFT.search(text, reason.end(), after)
    if found and cleft:  # "It was only due to a bruised knee that Reed sat out": the reason ends at "that"
        return _trim(sentence, found[0], min(found[1], sentence.start + cleft.start()))
    return found


_WHAT_AUX = re.compile(
    r"^what(?:\s+[\w’'-]+)?\s+(?:did|does|do|will|would|can|could|should|has|have|had)\s+(.+)$", re.I
)


def _object_verb(
    question_text: str, question: list[Concept], words: list[tuple[int, int, str]]
) -> int | None:
    """ "What technique did the team use to scan …?" in "… the team used functional magnetic resonance
    imaging to scan …": the sentence word of the question's verb (the first lower-case word past the
    subject's head, in any of its forms) when new words follow it: its object is the answer."""
    found = _WHAT_AUX.match(question_text.strip().rstrip("?.! "))
    if found is None:
        return None
    asked = _WORD.findall(found.group(1))
    while asked and asked[0].lower() in STOPWORDS:
        asked.pop(0)  # "the team": the determiner, then the head
    rest = [w for w in asked[1:] if w[:1].islower() and w.lower() not in STOPWORDS]
    if not rest or rest[0].lower() in AUXILIARIES:
        return None
    concept = next((c for c in question if c[0] == (stem(rest[0].lower()),)), None)
    if concept is None:
        return None
    wanted = all_stems(question)
    forms = {a[0] for a in concept if len(a) == 1}
    for i, (_, _, seen) in enumerate(words[:-1]):
        following = words[i + 1][2]
        if seen in forms and following not in wanted and following not in PREPOSITIONS:
            while i + 2 < len(words) and words[i + 1][2] == "to" and words[i + 2][2] in wanted:
                i += 2  # "plans to study graphic design": the object of the last verb of the chain
            return i
    return None


PREPOSITION_REACH = 4
"""How many words before the asked preposition the question's words are counted; a common word among them
(the verb: "died of", "thanked the Foreign Secretary for") outweighs names ("Ole Berg, of Bergen")."""


def _lower(sentence: Sentence, word: tuple[int, int, str]) -> bool:
    return sentence.text[word[0] - sentence.start : word[1] - sentence.start][:1].islower()


def _preposition_after(
    sentence: Sentence, words: list[tuple[int, int, str]], matched: list[int], preposition: str
) -> int | None:
    """Where the answer starts for "what did X die of?" / "what did the US ask India for?": after the
    asked preposition that most question words stand just before ("asked the Government of India for",
    not "thanked the Foreign Secretary for"), the earliest on a tie; only after the first shared word."""
    first = matched[0]
    best: tuple[int, int] | None = None
    chosen = set(matched)
    for i in range(first + 1, len(words)):
        start, end, _ = words[i]
        if sentence.text[start - sentence.start : end - sentence.start].lower() != preposition:
            continue
        reach = [j for j in range(max(first, i - PREPOSITION_REACH), i) if j in chosen]
        near = len(reach) + PREPOSITION_REACH * any(_lower(sentence, words[j]) for j in reach)
        if best is None or near > best[0]:
            best = (near, end)
    return best[1] if best else None


def _runs(words: list[tuple[int, int, str]], matched: list[int]) -> list[list[int]]:
    """The matched word indexes grouped into runs that only function words interrupt."""
    runs: list[list[int]] = []
    for i in matched:
        if runs and all(words[j][2] in STOPWORDS for j in range(runs[-1][-1] + 1, i)):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _first_run(words: list[tuple[int, int, str]], matched: list[int], question: list[Concept]) -> int:
    """End index of the earliest run of shared words (function words may sit between) covering the most
    question concepts: "What is a targeted employment area?" -> after "targeted employment area"."""
    runs = _runs(words, matched)

    def covered(run: list[int]) -> int:
        have = frozenset(words[i][2] for i in run)
        return sum(1 for c in question if any(all(s in have for s in alt) for alt in c))

    return max(runs, key=lambda run: (covered(run), -run[0]))[-1]


def _whole_name(
    sentence: Sentence, words: list[tuple[int, int, str]], first: int, last: int
) -> tuple[int, int]:
    """A match inside a capitalised name is widened to the whole name: "trade agreement" in "multi-sector
    Bilateral Trade Agreement (BTA)" -> "Bilateral Trade Agreement". Only across single spaces."""

    def capitalised(i: int) -> bool:
        return sentence.text[words[i][0] - sentence.start : words[i][1] - sentence.start][:1].isupper()

    def joined(i: int, j: int) -> bool:
        return _gap(sentence, words[i][1], words[j][0]) == " "

    if capitalised(first) and capitalised(last):
        while first > 0 and capitalised(first - 1) and joined(first - 1, first):
            first -= 1
        while last + 1 < len(words) and capitalised(last + 1) and joined(last, last + 1):
            last += 1
    return words[first][0], words[last][1]


def _naming(sentence: Sentence, question: list[Concept]) -> tuple[int, int] | None:
    """ "What is the trade deal called?" -> the longest paraphrase of a question concept in the sentence."""
    words = sentence_words(sentence)
    stems_in_order = [w[2] for w in words]
    best: tuple[int, int] | None = None
    for concept in question:
        for alternative in concept[1:]:
            n = len(alternative)
            for i in range(len(words) - n + 1):
                if tuple(stems_in_order[i : i + n]) == alternative:
                    span = _whole_name(sentence, words, i, i + n - 1)
                    if best is None or span[1] - span[0] > best[1] - best[0]:
                        best = span
    return best


_CALLED_QUESTION = re.compile(
    r"^what\s+(?:is|was|are|were)\s+(?:the\s+|this\s+|that\s+)?(?:[\w’'-]+\s+){0,4}?([\w-]+)\s+"
    r"(?:called|named|known as)\b",
    re.IGNORECASE,
)
_NAME_RUN = r"[A-Z][\w’'&.-]*(?:\s+(?:(?:on|of|the|for|and|in|de)\s+)*[A-Z][\w’'&.-]*)*"
_NAME_BEFORE = re.compile(rf"(?:^|[\s(“\"])({_NAME_RUN})\s+$")
_NAME_AFTER = re.compile(rf"^(?:,?\s+(?:called|named|known as|dubbed))?\s+[“\"]?({_NAME_RUN})")


def _name_of(sentence: Sentence, question_text: str) -> tuple[int, int] | None:
    """ "What is the songwriting initiative called?" in "… the station's Sold on Song initiative": the name
    just after the asked noun ("the documentary Secret Agent", "the network, called Abilene"), else just
    before it."""
    asked = _CALLED_QUESTION.match(question_text.strip())
    if asked is None:
        return None
    head = stem(asked.group(1).lower())
    text = sentence.text
    for start, end, word in sentence_words(sentence):
        if word != head:
            continue
        local_start, local_end = start - sentence.start, end - sentence.start
        after = _NAME_AFTER.match(text[local_end:])
        if after:  # "the documentary Secret Agent", "the network, called Abilene"
            return sentence.start + local_end + after.start(1), sentence.start + local_end + after.end(1)
        before = _NAME_BEFORE.search(text[:local_start])
        if before and before.start(1) > 0:  # a capital opening the sentence is no name
            return sentence.start + before.start(1), sentence.start + before.end(1)
    return None


_CALLED_MARKER = re.compile(
    rf",?\s+(?:also\s+)?(?:{lexicon.phrase_pattern(lexicon.kind('naming_words', 'marker'))})\s+(?=\S)"
)
CALLED_REACH = 3
"""How many words before "called" may hold the question's word it names ("a wide variety of agents,")."""


def _called_after(sentence: Sentence, question_text: str) -> tuple[int, int] | None:
    """ "What are the agents the immune system detects known as?" in "… detect a wide variety of agents,
    known as pathogens, from …" -> "pathogens": the phrase a naming word gives the asked noun (the phrase
    after the question's copula) just before it, lower-case or not (`_name_of` reads only names)."""
    wanted = set(_after_copula(question_text))
    text = sentence.text
    for marker in _CALLED_MARKER.finditer(text):
        before = [stem(w.lower()) for w in _WORD.findall(text[: marker.start()])][-CALLED_REACH:]
        if any(w in wanted and w not in STOPWORDS for w in before):
            found = _after(sentence, sentence.start + marker.end())
            if found:
                return found
    return None


_LABELLING = re.compile(r"^what\s+(?:did|does|do|has|have|had|would)\s+.+?\s+call\b", re.IGNORECASE)
"""What X called Y: "what did the union call Clinton?" wants the label, not a name for Y."""
_LABEL_VERBS = lexicon.kind("naming_words", "label")
_CALL = re.compile(rf"\b(?:{lexicon.phrase_pattern(_LABEL_VERBS)})\s+", re.IGNORECASE)
_OBJECT_PRONOUN = frozenset({"it", "them", "him", "her", "this", "that", "these", "those"})
MAX_OBJECT_WORDS = 6
"""How far after the verb the object's last question word may stand ("called the new harbour fees")."""
_BREAK_BEFORE = re.compile(r"[,;:“”\"]")


def _label(sentence: Sentence, question: list[Concept]) -> tuple[int, int] | None:
    """ "… called Clinton a “champion” for …" -> "champion"; "called them his 'ass-saver' tapes" ->
    "his 'ass-saver' tapes"; "called the judge's decision, which …, “incoherent”" -> "incoherent": past the
    verb, its object (the question's words, a pronoun, a relative clause set off by commas), then the
    label: a quoted term if one opens there, else the phrase to the clause end."""
    wanted = all_stems(question)
    text = sentence.text
    for verb in _CALL.finditer(text):
        at = verb.end()
        words = list(_WORD.finditer(text, at))[:MAX_OBJECT_WORDS]
        if words and words[0].group().lower() in _OBJECT_PRONOUN:
            at = words[0].end()  # "called them his 'ass-saver' tapes"
        else:
            named = [w for w in words if stem(re.sub(r"['’]s$", "", w.group().lower())) in wanted]
            if not named or _BREAK_BEFORE.search(text, at, named[-1].start()):
                continue
            at = named[-1].end()  # "called the new harbour fees"
        aside = re.match(r",\s+(?:which|who|that)\b[^,]*,\s*", text[at:])
        if aside:
            at += aside.end()
        quoted = re.match(r"\s*((?:an?\s+)?[“\"][^”\"]{1,60}[”\"])", text[at:])
        if quoted:  # the scare quotes stay, as in the story: a “needless crisis”
            return sentence.start + at + quoted.start(1), sentence.start + at + quoted.end(1)
        found = _after(sentence, sentence.start + at)
        if found:
            return found
    return None


_EXAMPLES = re.compile(r",?\s+(?:including|such as|among them|notably)\s+", re.IGNORECASE)


def examples(sentence: Sentence, noun: str) -> tuple[int, int] | None:
    """ "Which other unions back Clinton?" in "Other major unions, including the American Federation of
    Teachers and the AFL-CIO, have …": the members an "including" / "such as" names after the asked noun."""
    for _, end, word in sentence_words(sentence):
        if word == noun:
            listed = _EXAMPLES.match(sentence.text, end - sentence.start)
            if listed:
                return _after(sentence, sentence.start + listed.end())
    return None


POSSESSIVES = frozenset({"the", "a", "an", "her", "his", "its", "their", "our", "my", "your", "this", "that"})
_APPOSED_BEFORE = re.compile(
    r"([A-Z][\w’'&.-]*(?:\s+(?:(?:of|the|de|for|and)\s+)*[A-Z][\w’'&.-]*)*|[\w-]+)(?:\s+\([^()]*\))?,\s+$"
)
"""The name before an apposed noun phrase, with its abbreviation: "Industrial and Commercial Bank (ICBC),"."""
_APPOSED_AFTER = re.compile(r"^,\s+((?:[A-Z][\w’'&.-]*)(?:\s+(?:of\s+|the\s+)*[A-Z][\w’'&.-]*)*)\s*[,.;]")


def appositive(sentence: Sentence, question: list[Concept]) -> tuple[int, int] | None:
    """ "Who is her electric provider?" in "… contacted Penelac, her electric provider, who …" -> "Penelac";
    "the chief executive, Tim Cook, said" -> "Tim Cook": the phrase set beside the asked noun phrase by
    commas names it. The asked phrase is the sentence's longest run of the question's words."""
    words = sentence_words(sentence)
    wanted = all_stems(question)
    matched = [i for i, (_, _, word) in enumerate(words) if word in wanted]
    if not matched:
        return None
    runs = _runs(words, matched)
    text = sentence.text
    for run in sorted(runs, key=lambda r: (-len({words[i][2] for i in r}), r[0])):
        if len({words[i][2] for i in run}) < min(2, len(question)):
            break
        first, last = run[0], run[-1]
        owner = re.search(r"['’]s$", _gap(sentence, words[first][0], words[first][1]))
        determined = first > 0 and words[first - 1][2] in POSSESSIVES
        if owner and not determined:
            first += 1  # "China's biggest lender": the possessive name is the determiner
            determined = first <= last
        elif not determined or _gap(sentence, words[first - 1][1], words[first][0]).strip():
            continue  # an appositive is a determined noun phrase: "her electric provider", "the CEO"
        if not determined:
            continue
        local = words[first - 1][0] - sentence.start
        before = _APPOSED_BEFORE.search(text[:local])
        if before and before.group(1).lower() not in STOPWORDS:
            return sentence.start + before.start(1), sentence.start + before.end(1)
        after = _APPOSED_AFTER.match(text[words[last][1] - sentence.start :])
        if after:
            start = words[last][1] + after.start(1)
            return start, start + len(after.group(1))
    return None
