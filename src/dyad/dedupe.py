"""Near-duplicate articles: MinHash signatures over word shingles, found through LSH bands.

A syndicated copy with small edits or other boilerplate is the same report: it is kept (its
text and source), linked to the first copy stored, and its extractions are not counted
again. Exact copies never get this far: they share the article id.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

SHINGLE = 5  # words per shingle
PERMUTATIONS = 64
BANDS = 16  # 16 bands of 4 rows: pairs at Jaccard 0.8 share a band with probability > 0.99
ROWS = PERMUTATIONS // BANDS
THRESHOLD = 0.8  # estimated Jaccard similarity from which two texts are one report

_PRIME = (1 << 61) - 1
_rng = np.random.default_rng(20241115)  # fixed: signatures must agree across runs
_A = _rng.integers(1, _PRIME, PERMUTATIONS, dtype=np.uint64)
_B = _rng.integers(0, _PRIME, PERMUTATIONS, dtype=np.uint64)
_WORD = re.compile(r"\w+")


def _shingle_hashes(text: str) -> np.ndarray:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        words = words + [""] * (SHINGLE - len(words))
    grams = {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    digests = [hashlib.blake2b(g.encode(), digest_size=4).digest() for g in grams]
    return np.frombuffer(b"".join(digests), dtype=np.uint32).astype(np.uint64)


def signature(text: str) -> np.ndarray:
    """The MinHash signature (PERMUTATIONS values) of a text's word shingles."""
    h = _shingle_hashes(text)
    # (a*h + b), wrapping modulo 2^64 as numpy's uint64 does, then modulo p: a fixed
    # pseudo-random hash per permutation, which is all MinHash needs.
    values = (_A[:, None] * h[None, :] + _B[:, None]) % np.uint64(_PRIME)
    return values.min(axis=1)


def bands(sig: np.ndarray) -> list[int]:
    """One key per band: rows hashed together (signed 63-bit, to fit SQLite integers)."""
    keys = []
    for b in range(BANDS):
        chunk = sig[b * ROWS : (b + 1) * ROWS].tobytes()
        keys.append(int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "big") >> 1)
    return keys


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets."""
    return float(np.mean(a == b))


def to_blob(sig: np.ndarray) -> bytes:
    return sig.astype("<u8").tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u8").astype(np.uint64)
