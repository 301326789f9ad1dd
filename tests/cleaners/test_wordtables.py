"""Word frequency tables (cleaners.wordtables): wordfreq's values, kept small
enough that every language stays loaded."""

from __future__ import annotations

import math
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from wordfreq import get_frequency_dict

from cleaners.joins_lexicon import MODELLED_LANGUAGES, zipf_table
from cleaners.language import tiebreak_table
from cleaners.wordtables import CACHE_ENV, ORDERED_ZIPF, ZipfTable, list_files, load_table

ROOT = Path(__file__).resolve().parents[2]
#: Resident memory a cleaning process may reach with every language loaded
#: (docs/cleaning.md, "Memory"); `-j N` runs N such processes.
MAX_RSS_MB = 300
#: Large lists (en, de, ru), small ones (tr, vi), two scripts.
SAMPLE_LANGUAGES = ("en", "de", "ru", "tr", "vi")
NOT_WORDS = ("qxzvw", "withcountries", "", "THE", "Polizei")


def _zipf(freq: float) -> float:
    """wordfreq's frequency on the Zipf scale, as the join repairer reads it."""
    return math.log10(freq) + 9


@pytest.mark.parametrize("lang", SAMPLE_LANGUAGES)
def test_the_table_gives_wordfreqs_values(lang: str) -> None:
    expected = get_frequency_dict(lang)
    table = zipf_table(lang)
    assert len(table) == len(expected)
    words = list(expected)
    # the most frequent words, then every 997th down to the rarest
    for word in words[:50] + words[50::997] + words[-5:]:
        assert table.get(word) == _zipf(expected[word]), word
        assert table[word] == _zipf(expected[word]) and word in table
    for word in NOT_WORDS:
        assert (word in expected) == (word in table)
        assert table.get(word, 0.0) == (_zipf(expected[word]) if word in expected else 0.0)


@pytest.mark.parametrize("lang", ["en", "ru", "vi"])
def test_the_tiebreak_table_gives_the_small_lists_values(lang: str) -> None:
    expected = get_frequency_dict(lang, wordlist="small")
    table = tiebreak_table(lang)
    assert len(table) == len(expected)
    for word in list(expected)[::101]:
        assert table.get(word) == _zipf(expected[word])
    assert table.lowest() == min(map(_zipf, expected.values()))


@pytest.mark.parametrize("floor", [ORDERED_ZIPF + 3, ORDERED_ZIPF, ORDERED_ZIPF - 1.5])
def test_the_words_above_a_floor_are_wordfreqs(floor: float) -> None:
    expected = {w: _zipf(f) for w, f in get_frequency_dict("de").items() if _zipf(f) >= floor}
    found = zipf_table("de").at_least(floor)
    assert dict(found) == expected and len(found) == len(expected)
    if floor >= ORDERED_ZIPF:
        zipfs = [z for _, z in found]
        assert zipfs == sorted(zipfs, reverse=True)  # most frequent first


def test_an_unknown_language_has_no_table() -> None:
    with pytest.raises(LookupError):
        zipf_table("xx")
    assert len(tiebreak_table("xx")) == 0


#: Loads every word table the cleaners read (the join repairer's tables and
#: sets for each modelled language, the common words of every wordfreq
#: language, the detector's tie-break lists), cleans a text, and prints the
#: process's peak resident memory in MB (VmHWM: getrusage's ru_maxrss would
#: count the parent's memory at the fork too).
LOAD_EVERYTHING = """
import re, sys
from wordfreq import available_languages
import cleaners
from cleaners.evidence import common_words
from cleaners.joins_candidates import load_tables
from cleaners.joins_lexicon import MODELLED_LANGUAGES
from cleaners.language import tiebreak_table
for lang in MODELLED_LANGUAGES:
    load_tables(lang)
for lang in available_languages():
    common_words(lang)
    tiebreak_table(lang)
cleaners.clean_text(sys.stdin.read())
status = open("/proc/self/status", encoding="ascii").read()
print(int(re.search(r"VmHWM:\\s*(\\d+) kB", status).group(1)) / 1024)
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads Linux's /proc")
def test_every_language_loaded_stays_under_the_memory_bound() -> None:
    text = (ROOT / "golden" / "seed-001" / "input.txt").read_text(encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", LOAD_EVERYTHING], input=text, cwd=ROOT,
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    peak_mb = float(done.stdout.split()[-1])
    assert peak_mb <= MAX_RSS_MB, f"{len(MODELLED_LANGUAGES)} languages: {peak_mb:.0f} MB"


def _same_table(a: ZipfTable, b: ZipfTable, words: list[str]) -> None:
    assert len(a) == len(b) and a.lowest() == b.lowest()
    for word in words + list(NOT_WORDS):
        assert a.get(word) == b.get(word), word
        assert a.prefixes(word) == b.prefixes(word), word
    assert a.at_least(ORDERED_ZIPF) == b.at_least(ORDERED_ZIPF)  # most frequent first


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_table_read_back_from_the_cache_is_the_table_built(
    lang: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    built = load_table(lang, "small")
    assert sorted(p.suffix for p in (tmp_path / "wordtables").iterdir()) == [".data", ".trie"]
    cached = load_table(lang, "small")
    words = list(get_frequency_dict(lang, wordlist="small"))[::37]
    _same_table(cached, built, words)
    assert cached._buckets == built._buckets  # read back, not built again


def test_every_installation_of_one_list_shares_one_cached_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two virtual environments hold the same wordfreq list at two paths (a
    fresh clone's, a CI run's): the second reads the first one's cached table
    instead of adding a copy of its own; a different list under the same name
    (another wordfreq) takes its place instead of piling up beside it."""
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    files = list_files("small")
    copies = []
    for venv in ("one", "two"):
        (tmp_path / venv).mkdir()
        copies.append(str(shutil.copy(files["en"], tmp_path / venv / Path(files["en"]).name)))
    first = ZipfTable.read(copies[0])
    cached = sorted((tmp_path / "cache" / "wordtables").iterdir())
    second = ZipfTable.read(copies[1])
    assert sorted((tmp_path / "cache" / "wordtables").iterdir()) == cached
    assert len(cached) == 2 and second._buckets == first._buckets
    # another wordfreq's list of that name: its table replaces the old copy
    shutil.copy(files["de"], copies[1])
    other = ZipfTable.read(copies[1])
    left = sorted((tmp_path / "cache" / "wordtables").iterdir())
    assert len(left) == 2 and not set(left) & set(cached)
    assert other.get("und") == load_table("de", "small").get("und")


def test_a_damaged_cache_is_built_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    built = load_table("en", "small")
    (data,) = (tmp_path / "wordtables").glob("*.data")
    data.write_bytes(data.read_bytes()[:-100])  # a write cut short
    again = load_table("en", "small")
    _same_table(again, built, list(get_frequency_dict("en", wordlist="small"))[::53])
    assert len(data.read_bytes()) > 0 and load_table("en", "small").get("the") == built.get("the")


def test_a_cache_that_cannot_be_written_leaves_the_table_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "not-a-directory"
    blocked.write_text("a file where the cache directory would go")
    monkeypatch.setenv(CACHE_ENV, str(blocked))
    table = load_table("en", "small")
    assert table.get("the") == _zipf(get_frequency_dict("en", wordlist="small")["the"])
    assert blocked.is_file() and not list(tmp_path.glob("*.tmp"))


#: Cleans a text and prints whether wordfreq had to be imported.
CLEAN_AND_REPORT = """
import sys
import cleaners
cleaners.clean_text(sys.stdin.read())
print("wordfreq" in sys.modules)
"""


def test_a_process_whose_tables_are_cached_does_not_read_wordfreqs_lists(tmp_path: Path) -> None:
    text = (ROOT / "golden" / "seed-001" / "input.txt").read_text(encoding="utf-8")
    env = {**os.environ, CACHE_ENV: str(tmp_path)}
    runs = [
        subprocess.run(
            [sys.executable, "-c", CLEAN_AND_REPORT],
            input=text, capture_output=True, text=True, check=True, env=env, cwd=ROOT,
        ).stdout.split()[-1]
        for _ in range(2)
    ]  # fmt: skip
    assert runs == ["True", "False"]  # the first builds and caches the tables
