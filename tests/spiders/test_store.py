"""The crawl's decisions without a crawl: what to fetch, what to keep, and
recovery from a crash between the output append and the state commit."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from spiders.fingerprint import minhash, text_fingerprint
from spiders.state import StateStore
from spiders.store import ArticleStore, ExtractedPage, near_duplicate_signature

URL = "https://news.example.org/world/2024/05/story.html"
TEXT = " ".join(f"Sentence number {i} of a long article about the harbour." for i in range(60))


def page(
    key: str = URL, text: str = TEXT, canonical: str | None = None, **fields: object
) -> ExtractedPage:
    return ExtractedPage(
        key=key,
        url=key,
        canonical_url=canonical or key,
        article={
            "url": key,
            "title": "Story",
            "text": text,
            "captions": [],
            "author": None,
            "published": None,
            "language": "en",
            "changes": [],
        },
        text_hash=text_fingerprint(text),
        signature=near_duplicate_signature(text),
        fetched_at="2024-05-02T10:00:00Z",
        **fields,  # type: ignore[arg-type]
    )


@pytest.fixture
def store(tmp_path: Path) -> ArticleStore:
    return ArticleStore(tmp_path / "s.sqlite", tmp_path / "out.jsonl").open()


def test_plan_new_then_lastmod_then_recheck(store: ArticleStore) -> None:
    assert store.plan(URL).reason == "new"
    store.accept(page(lastmod="2024-05-01T00:00:00Z", etag='"v1"'))
    assert not store.plan(URL, "2024-05-01").fetch
    changed = store.plan(URL, "2024-05-03T00:00:00Z")
    assert changed.fetch and changed.headers() == {"If-None-Match": '"v1"'}
    soon = datetime(2024, 5, 2, 12, tzinfo=UTC)
    assert store.plan(URL, now=soon).reason == "recently_fetched"
    assert store.plan(URL, now=soon + timedelta(days=2)).reason == "recheck"


def test_same_text_is_unchanged_new_text_is_a_new_version(store: ArticleStore) -> None:
    assert store.accept(page())[0] == "stored"
    assert store.accept(page())[0] == "unchanged"
    outcome, record = store.accept(page(text=TEXT + " A correction was added."))
    assert outcome == "stored" and record is not None and record["version"] == 2
    lines = (store.out_path).read_text().splitlines()
    assert [json.loads(line)["version"] for line in lines] == [1, 2]


def test_near_duplicate_under_another_url_is_not_stored(store: ArticleStore) -> None:
    store.accept(page())
    copy = TEXT.replace("number 7 of", "no. 7 in")
    outcome, record = store.accept(page(key="https://other.example.net/copy.html", text=copy))
    assert (outcome, record) == ("duplicate", None)
    different = " ".join(f"Another story, line {i}, on the tram budget." for i in range(60))
    assert store.accept(page(key="https://other.example.net/b.html", text=different))[0] == "stored"


def test_alias_with_canonical_link_never_makes_a_new_version(store: ArticleStore) -> None:
    store.accept(page())
    alias = page(
        key="https://partner.example.net/x.html",
        canonical=URL,
        text=TEXT + " Republished with permission.",
    )
    assert store.accept(alias)[0] == "duplicate"


def test_crash_between_append_and_commit_is_replayed(tmp_path: Path) -> None:
    state, out = tmp_path / "s.sqlite", tmp_path / "out.jsonl"
    store = ArticleStore(state, out).open()
    store.accept(page())
    store.close()
    # A record appended by a run that died before its state commit, then a
    # torn line from a write cut short.
    second = "https://news.example.org/world/2024/05/other.html"
    other_text = " ".join(f"Other article, line {i}, about the port." for i in range(60))
    with open(out, "a") as f:
        f.write(
            json.dumps(
                {
                    "url": second,
                    "canonical_url": second,
                    "version": 1,
                    "text": other_text,
                    "fetched_at": "2024-05-02T11:00:00Z",
                }
            )
            + "\n"
        )
        f.write('{"url": "https://news.example.org/torn", "te')
    store = ArticleStore(state, out).open()
    assert store.replayed == 1 and store.repaired_bytes > 0
    assert out.read_text().endswith("}\n")
    assert store.plan(second, now=datetime(2024, 5, 2, 12, tzinfo=UTC)).fetch is False
    assert store.accept(page(key=second, text=other_text))[0] == "unchanged"
    store.close()
    assert StateStore(state).counts()["articles"] == 2


def test_minhash_signature_is_stable_across_processes() -> None:
    # The state keeps signatures between runs: the seed and permutations must not vary.
    assert minhash("a b c d e f") == minhash("a b c d e f")
    assert len(minhash(TEXT)) == 512
