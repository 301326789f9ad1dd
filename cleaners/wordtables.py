"""Word frequency tables kept small: word -> Zipf frequency for one language,
from one of wordfreq's lists.

A Python dict of a large list (300,000 to 730,000 words) holds 30-120 MB, a
string object per word; with twenty languages loaded a process passed 700 MB.
Here the words sit in a MARISA trie (0.8 MB for English) and each word's
frequency bucket in two bytes at the word's id in the trie: about 5% of the
dict's size, the same values, read in a few hundred nanoseconds instead of
about a hundred. Compiled with the join repairer (``setup.py``), its heaviest
reader.

Frequencies are on wordfreq's Zipf scale: log10 of occurrences per billion
words. wordfreq stores a list as buckets of words, one bucket per centibel;
a word in bucket ``i`` has frequency ``cB_to_freq(-i)``.

Building a table from wordfreq's list takes a second or two of CPU for a
large list (German: 630,000 words), and is the most of a process's first
document. A built table is written to a cache directory (``cache_dir``) and
later processes map it from there in a few milliseconds: the trie file is
memory-mapped, so the processes of ``-j N`` share its pages. The cache's
name holds a hash of the list file's content and the format, so a new
wordfreq is read afresh (its table replaces the old one) and every virtual
environment with the same wordfreq shares one copy; a cache that cannot be
written (a read-only home) or read (a truncated file) is passed over and the
table built as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import math
import os
import struct
import sys
import tempfile
from array import array
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import overload

import marisa_trie

from cleaners.settings import ORDERED_ZIPF


def bucket_zipf(index: int) -> float:
    """The Zipf frequency of the words in wordfreq's bucket ``index``.

    >>> bucket_zipf(0), round(bucket_zipf(250), 6)
    (9.0, 6.5)
    """
    # wordfreq's cB_to_freq(-index), written out: the same float as wordfreq
    # gives, without importing wordfreq when every table is cached
    return math.log10(10 ** (-index / 100)) + 9


class ZipfTable:
    """word -> Zipf frequency, read like a dict (``get``, ``in``, ``[]``), built
    from wordfreq's buckets (a list of lists of words, most frequent first).

    >>> table = ZipfTable([["the", "of"], [], ["countries"]])
    >>> table["the"], "of" in table, table.get("countries"), table.get("xq", 0.0)
    (9.0, True, 8.98, 0.0)
    >>> table.at_least(8.99), len(table)
    ([('the', 9.0), ('of', 9.0)], 3)
    """

    def __init__(self, buckets: list[list[str]]) -> None:
        trie = marisa_trie.Trie([w for bucket in buckets for w in bucket])
        n = len(trie)
        # the bucket of each word, by its id in the trie, in two bytes (low
        # byte first; wordfreq lists each word once)
        raw = bytearray(2 * n)
        ordered = array("I")
        key_id = trie.key_id
        values = [bucket_zipf(i) for i in range(len(buckets))]
        lowest = 0.0
        for i, bucket in enumerate(buckets):
            keep_order = values[i] >= ORDERED_ZIPF
            for w in bucket:
                k = key_id(w)
                raw[2 * k] = i & 0xFF
                raw[2 * k + 1] = i >> 8
                if keep_order:
                    ordered.append(k)
            if bucket:
                lowest = values[i]
        self._hold(trie, bytes(raw), len(buckets), ordered, lowest)

    def _hold(
        self, trie: marisa_trie.Trie, buckets: bytes, n_buckets: int, ordered: array, lowest: float
    ) -> None:
        """Keep a table's parts: the trie, each word's bucket by its id (two
        bytes), the number of buckets, the ids of the frequent words in order,
        the rarest frequency (built here, or read from the cache)."""
        self._trie = trie
        self._find = trie.get  # bound once: it is called for every lookup
        self._buckets = buckets
        self._values = [bucket_zipf(i) for i in range(n_buckets)]
        self._ordered = ordered
        self._lowest = lowest
        self._size = len(trie)

    def _zipf(self, k: int) -> float:
        """The Zipf frequency of the word of id ``k``."""
        b = self._buckets
        return self._values[b[2 * k] | (b[2 * k + 1] << 8)]

    @classmethod
    def read(cls, path: str) -> ZipfTable:
        """The table of one of wordfreq's list files (``available_languages()``),
        from the cache when it holds it, else built (and cached)."""
        cached = _cache_paths(path)
        if cached is not None:
            table = _read_cached(*cached)
            if table is not None:
                return table
        from wordfreq import read_cBpack  # only to build: a cached table needs none

        table = cls(read_cBpack(path))
        if cached is not None:
            _write_cached(table, *cached)
        return table

    @overload
    def get(self, word: str) -> float | None: ...

    @overload
    def get(self, word: str, default: float) -> float: ...

    def get(self, word: str, default: float | None = None) -> float | None:
        """The Zipf frequency of ``word``, or ``default`` when it is not listed."""
        k = self._find(word)
        if k is None:
            return default
        return self._zipf(k)

    def prefixes(self, word: str) -> dict[int, float]:
        """The Zipf frequency of every listed word that ``word`` starts with, by
        its length: one walk down the trie instead of a lookup per length.

        >>> ZipfTable([["with"], ["wit", "countries"]]).prefixes("withcountries")
        {3: 8.99, 4: 9.0}
        """
        return {len(p): self._zipf(k) for p, k in self._trie.iter_prefixes_with_ids(word)}

    def __getitem__(self, word: str) -> float:
        return self._zipf(self._trie.key_id(word))

    def __contains__(self, word: object) -> bool:
        return word in self._trie

    def __len__(self) -> int:
        return self._size

    def lowest(self) -> float:
        """The Zipf frequency of the rarest listed word (0.0 for an empty table)."""
        return self._lowest

    def at_least(self, floor: float) -> list[tuple[str, float]]:
        """Every (word, Zipf frequency) of at least ``floor``: most frequent first
        when ``floor`` is at least ``ORDERED_ZIPF``, else in the trie's order."""
        restore = self._trie.restore_key
        out: list[tuple[str, float]] = []
        if floor >= ORDERED_ZIPF:
            for k in self._ordered:
                z = self._zipf(k)
                if z < floor:
                    break
                out.append((restore(k), z))
            return out
        for w, k in self._trie.iteritems():
            z = self._zipf(k)
            if z >= floor:
                out.append((w, z))
        return out


class WordSet:
    """A set of words, only asked whether it holds one (``in``), in a MARISA
    trie: 100,000 words in about 1 MB, against 10 MB as a frozenset. The
    ``frequent`` ones, those asked about most, are also in a frozenset,
    which answers in a fraction of the trie's time.

    >>> words = WordSet(["into", "Into", "the"], frequent=["the"])
    >>> "Into" in words, "the" in words, "INTO" in words, len(words)
    (True, True, False, 3)
    """

    def __init__(self, words: Iterable[str], frequent: Iterable[str] = ()) -> None:
        self._trie = marisa_trie.Trie(words)
        self._frequent = frozenset(frequent)

    def __contains__(self, word: object) -> bool:
        return word in self._frequent or word in self._trie

    def __len__(self) -> int:
        return len(self._trie)

    def rare(self, words: Iterable[str]) -> set[str]:
        """The distinct ``words`` not among the frequent ones (by one set
        difference): those not in the set, and the set's other words.

        >>> sorted(WordSet(["into", "the"], ["the"]).rare("the cat sat into the".split()))
        ['cat', 'into', 'sat']
        """
        return set(words).difference(self._frequent)


#: Where built tables are kept between processes: this variable's directory,
#: else ``$XDG_CACHE_HOME/newsclean``, else ``~/.cache/newsclean``.
CACHE_ENV = "NEWSCLEAN_CACHE_DIR"
#: The cached files' layout; a change of it (or of ORDERED_ZIPF) names new files.
CACHE_FORMAT = 1
#: The header of a cached table's data file: its words, buckets and ordered
#: words, the rarest frequency, the item size of the ordered ids.
HEADER = struct.Struct("<IIIdI")
MAGIC = b"newsclean-zipf\n"


def cache_dir() -> Path | None:
    """The directory built word tables are cached in (None: no home directory
    to keep them in)."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]) / "newsclean"
    home = os.path.expanduser("~")
    return None if home == "~" else Path(home) / ".cache" / "newsclean"


def _cache_paths(path: str) -> tuple[Path, Path] | None:
    """The trie file and the data file caching the table of wordfreq's list
    file ``path`` (None when the list file cannot be read). They are named by
    the list's content (a few milliseconds to hash), not by where it is
    installed: every virtual environment with the same wordfreq shares them,
    where a name by path made each new one add its own copies."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        content = hashlib.sha1(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None
    key = f"{CACHE_FORMAT}|{ORDERED_ZIPF}|{content}"
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
    name = Path(path).name.split(".")[0]
    base = folder / "wordtables" / f"{name}-{digest}"
    return base.with_suffix(".trie"), base.with_suffix(".data")


def _forget_older(trie_path: Path) -> None:
    """Remove the cached copies of the same list under other names (another
    wordfreq's, or named by an older layout): one copy per list is kept."""
    name, _, _ = trie_path.stem.rpartition("-")
    for old in trie_path.parent.glob(f"{name}-*"):
        if old.stem != trie_path.stem and old.suffix in (".trie", ".data"):
            # another process may have removed it first: a copy left costs room only
            with contextlib.suppress(OSError):
                old.unlink()


def _read_cached(trie_path: Path, data_path: Path) -> ZipfTable | None:
    """The table cached in these files, or None when they are missing or do
    not hold a whole table."""
    try:
        data = data_path.read_bytes()
        if not data.startswith(MAGIC):
            return None
        size, n_buckets, n_ordered, lowest, itemsize = HEADER.unpack_from(data, len(MAGIC))
        start = len(MAGIC) + HEADER.size
        ordered = array("I")
        if itemsize != ordered.itemsize or len(data) != start + 2 * size + itemsize * n_ordered:
            return None
        ordered.frombytes(data[start + 2 * size :])
        if sys.byteorder != "little":
            ordered.byteswap()
        trie = marisa_trie.Trie()
        trie.mmap(str(trie_path))
        if len(trie) != size:
            return None
    except (OSError, struct.error, ValueError, RuntimeError):
        return None
    table = ZipfTable([])
    table._hold(trie, data[start : start + 2 * size], n_buckets, ordered, lowest)
    return table


def _write_cached(table: ZipfTable, trie_path: Path, data_path: Path) -> None:
    """Write ``table`` to these files (each replaced whole, so that a process
    reading them at the same time sees the old file or the new one); a
    directory that cannot be written leaves the table uncached."""
    ordered = array("I", table._ordered)
    if sys.byteorder != "little":
        ordered.byteswap()
    header = HEADER.pack(
        table._size, len(table._values), len(ordered), table._lowest, ordered.itemsize
    )
    try:
        trie_path.parent.mkdir(parents=True, exist_ok=True)
        _replace_whole(trie_path, table._trie.save)
        data = MAGIC + header + table._buckets + ordered.tobytes()
        _replace_whole(data_path, lambda name: Path(name).write_bytes(data))
    except OSError:
        return
    _forget_older(trie_path)


def _replace_whole(target: Path, write: Callable[[str], object]) -> None:
    """``write`` a file of that name beside ``target``, then put it in
    ``target``'s place in one step."""
    fd, name = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
    os.close(fd)
    try:
        write(name)
        os.replace(name, target)
    except BaseException:
        os.unlink(name)
        raise


def load_table(lang: str, wordlist: str = "best") -> ZipfTable:
    """``lang``'s table from wordfreq's ``wordlist`` ("best": its large list
    where there is one; "small"). For a language wordfreq lacks: LookupError
    ("best"), or an empty table ("small").

    >>> load_table("en")["the"] > 7, len(load_table("xx", "small"))
    (True, 0)
    """
    path = list_files(wordlist).get(lang)
    if path is not None:
        return ZipfTable.read(path)
    if wordlist != "best":
        return ZipfTable([])
    # a language wordfreq lists under another code reads through its own lookup
    from wordfreq import get_frequency_list

    return ZipfTable(get_frequency_list(lang, wordlist))


def list_files(wordlist: str = "best") -> dict[str, str]:
    """Language -> the file of wordfreq's list ``wordlist`` ("small", "large",
    "best": the large one where there is one), as ``wordfreq.available_languages``
    gives them, found without importing wordfreq (a fifth of a second: its
    tokenizer, langcodes), which a process whose tables are all cached needs
    for nothing else.

    >>> from wordfreq import available_languages
    >>> list_files("best") == available_languages("best")
    True
    """
    if wordlist == "best":
        return {**list_files("small"), **list_files("large")}
    spec = importlib.util.find_spec("wordfreq")
    folders = spec.submodule_search_locations if spec is not None else None
    if not folders:
        from wordfreq import available_languages

        return available_languages(wordlist)
    found = {}
    for path in sorted((Path(folders[0]) / "data").glob("*.msgpack.gz")):
        name, _, lang = path.name.split(".")[0].partition("_")
        if not path.name.startswith("_") and name == wordlist:
            found[lang] = str(path)
    return found
