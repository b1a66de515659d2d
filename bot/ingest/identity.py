"""What makes two feed items one story: the same canonical URL, or nearly the same text.

URLs go through courlan (scrubbing, tracking parameters such as utm_*/fbclid/ref stripped, query sorted,
default port dropped); we also drop the scheme, a leading `www.`, the fragment and a trailing slash, which
never name a different story.

Near-duplicates by hand, on purpose: a bottom-k MinHash sketch (Broder 1997) of word 5-gram shingles, 64
smallest 63-bit hashes, compared by the estimated Jaccard similarity of the shingle sets. datasketch would
bring numpy and scipy (some 60 MB) for what is here 64 integers per story, and its LSH index lives in
process memory (or Redis/Cassandra), where several bot instances cannot share it. Ours lives in the
library's database: a story's MARKS smallest hashes are its index keys (`story_marks`), two copies of one
wire story share their smallest hashes with probability of about their similarity, so candidates are found
by an indexed lookup and confirmed with the whole sketch, inside the channel's claim transaction.
"""

from __future__ import annotations

import hashlib
import re

import courlan

SHINGLE = 5
"""Words per shingle: long enough that two different stories on one topic share few."""
SKETCH = 64
MARKS = 8
"""Smallest hashes indexed per story to find near-duplicate candidates."""
NEAR = 0.5
"""Estimated Jaccard similarity from which two texts are one story (wire copy with an outlet's edits)."""
MIN_SHINGLES = 20
"""Texts shorter than this (a headline and a line) are compared by URL only: too little to be sure."""
WORD = re.compile(r"\w+")
MASK = (1 << 63) - 1
"""Hashes fit a signed 64-bit column (PostgreSQL BIGINT)."""


def url_key(url: str) -> str:
    """The canonical form of a story's URL: one string for every tracking, scheme or fragment variant."""
    cleaned = courlan.clean_url(url) or url.strip()
    cleaned = cleaned.split("#", 1)[0]
    host_path = cleaned.split("://", 1)[-1]
    host, _, rest = host_path.partition("/")
    host = host.lower().removeprefix("www.")
    path, _, query = rest.partition("?")
    path = path.rstrip("/")
    return f"{host}/{path}" + (f"?{query}" if query else "")


def _hash(shingle: str) -> int:
    return int.from_bytes(hashlib.blake2b(shingle.encode("utf-8"), digest_size=8).digest(), "big") & MASK


def sketch(text: str) -> tuple[int, ...]:
    """The SKETCH smallest shingle hashes of `text`, ascending; () when it is too short to compare."""
    words = WORD.findall(text.lower())
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(0, len(words) - SHINGLE + 1))}
    if len(shingles) < MIN_SHINGLES:
        return ()
    return tuple(sorted(_hash(shingle) for shingle in shingles)[:SKETCH])


def marks(signature: tuple[int, ...]) -> tuple[int, ...]:
    return signature[:MARKS]


def similarity(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """Estimated Jaccard similarity of the two shingle sets: the share of the union's k smallest hashes
    that both sketches hold."""
    if not a or not b:
        return 0.0
    k = min(len(a), len(b))
    both = set(a) & set(b)
    union = sorted(set(a) | set(b))[:k]
    return sum(1 for h in union if h in both) / k


def encode(signature: tuple[int, ...]) -> str:
    return " ".join(map(str, signature))


def decode(text: str | None) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split()) if text else ()
