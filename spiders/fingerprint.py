"""Content fingerprints: an exact one for "did the body change", and a
MinHash signature for "is this the same article as one stored under another
URL" (a syndicated copy, a lightly edited wire version).

MinHash (datasketch) estimates the Jaccard similarity of two texts' word
3-shingle sets. For the search, the 128-value signature is cut into
:data:`LSH_BANDS` bands of :data:`LSH_ROWS` values; each band's hash is an
indexed key in the SQLite state, and any stored article sharing one key is a
candidate whose similarity is then estimated from the full signatures.
Two texts with Jaccard similarity 0.8 share a band with probability
1 - (1 - 0.8**4)**32 > 0.999.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
from datasketch import MinHash

from spiders.settings import LSH_BANDS, MINHASH_SEED, MINHASH_SHINGLE_WORDS, NUM_PERM

LSH_ROWS = NUM_PERM // LSH_BANDS
WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    """Case-folded word tokens.

    >>> words("The INTERPOL  General-Assembly.")
    ['the', 'interpol', 'general', 'assembly']
    """
    return WORD.findall(text.casefold())


def text_fingerprint(text: str) -> str:
    """A hash of the words of ``text``: blind to spacing, case and punctuation.

    >>> text_fingerprint("A  b, C.") == text_fingerprint("a b c")
    True
    """
    return hashlib.sha256(" ".join(words(text)).encode()).hexdigest()[:32]


def bytes_fingerprint(data: bytes) -> str:
    """A hash of raw bytes (the response body).

    >>> len(bytes_fingerprint(b"x"))
    32
    """
    return hashlib.sha256(data).hexdigest()[:32]


def shingles(text: str, size: int = MINHASH_SHINGLE_WORDS) -> set[bytes]:
    """The set of ``size``-word shingles of ``text`` (the whole text if shorter).

    >>> sorted(shingles("a b c d"))
    [b'a b c', b'b c d']
    """
    tokens = words(text)
    if len(tokens) <= size:
        return {" ".join(tokens).encode()} if tokens else set()
    return {" ".join(tokens[i : i + size]).encode() for i in range(len(tokens) - size + 1)}


def minhash(text: str) -> bytes:
    """The MinHash signature of ``text`` as bytes (``NUM_PERM`` uint32 values).

    >>> len(minhash("Police from 162 countries met in Santiago"))
    512
    """
    m = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED)
    m.update_batch(sorted(shingles(text)))
    return np.asarray(m.hashvalues, dtype="<u4").tobytes()


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures from :func:`minhash`.

    >>> text = " ".join(f"word{i}" for i in range(300))
    >>> similarity(minhash(text), minhash(text.replace("word7 ", "other "))) > 0.95
    True
    >>> similarity(minhash(text), minhash("something else entirely")) < 0.1
    True
    """
    x = np.frombuffer(a, dtype="<u4")
    y = np.frombuffer(b, dtype="<u4")
    return float(np.count_nonzero(x == y)) / len(x)


def lsh_keys(signature: bytes) -> list[int]:
    """One signed 64-bit key per band of the signature (for an SQLite index).

    >>> len(lsh_keys(minhash("a b c d e")))
    32
    """
    width = LSH_ROWS * 4
    return [
        int.from_bytes(
            hashlib.blake2b(signature[i * width : (i + 1) * width], digest_size=8).digest(),
            "big",
            signed=True,
        )
        for i in range(LSH_BANDS)
    ]
