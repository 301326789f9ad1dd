"""Many documents at once: directories, JSONL files, several processes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scraper import batch
from scraper.cli import main

PAGE = """<html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<p>{title} is the subject of this report, which the city council published on Tuesday
after a long review of the budget and of the plans for the next ten years.</p>
<p>Officials said the work would begin in spring and last until the end of the year.</p>
</article></body></html>"""


def _docs(tmp_path: Path, n: int) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for i in range(n):
        if i % 2:
            (folder / f"doc{i:03d}.html").write_text(PAGE.format(title=f"Bridge number {i}"))
        else:
            (folder / f"doc{i:03d}.txt").write_text(f"Story {i}\n\nText  of story number {i}.\n")
    return folder


def test_directory_results_come_in_input_order_with_any_job_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _docs(tmp_path, 21)
    (folder / "broken.txt").write_bytes(b"%PDF-1.4 binary")
    outputs = {}
    for jobs in ("1", "2"):
        code = main(["clean", "-j", jobs, "--format", "jsonl", str(folder)])
        out, err = capsys.readouterr()
        assert code == 1  # the PDF failed, the rest went through
        assert (
            err.strip()
            == f"newsclean: {folder / 'broken.txt'}: not a text or HTML document (a PDF)"
        )
        outputs[jobs] = [json.loads(line) for line in out.splitlines()]
    assert outputs["1"] == outputs["2"]
    texts = [a["text"] for a in outputs["2"]]
    assert len(texts) == 21
    assert "Text of story number 0." in texts[0]
    assert "Bridge number 1 is the subject" in texts[1]
    assert "Text of story number 20." in texts[20]


def test_jsonl_records_with_html_or_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        "\n".join(
            [
                json.dumps({"url": "https://x.test/1", "html": PAGE.format(title="Canal")}),
                json.dumps({"text": "Headline\n\nA  body with cafÃ©."}),
                "{not json",
                json.dumps({"body": "no known field"}),
            ]
        )
    )
    code = main(["clean", "-j", "2", "--format", "jsonl", str(rows)])
    out, err = capsys.readouterr()
    articles = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert (
        articles[0]["url"] == "https://x.test/1" and "Canal is the subject" in articles[0]["text"]
    )
    assert "A body with café." in articles[1]["text"]
    assert err.splitlines() == [
        f"newsclean: {rows}:3: not a JSON object "
        "(Expecting property name enclosed in double quotes)",
        f"newsclean: {rows}:4: record has no 'html' or 'text' string",
    ]


def test_a_document_that_breaks_a_cleaner_is_reported_and_skipped() -> None:
    options = batch.Options()
    jobs = [batch.Job("ok", text="Fine text."), batch.Job("bad", source="/nonexistent/x.txt")]
    results = list(batch.run(jobs, options, workers=2))
    assert [r.name for r in results] == ["ok", "bad"]
    assert results[0].article is not None and results[1].error == "/nonexistent/x.txt: no such file"


def test_negative_job_count_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", "-j", "-1", "x.txt"]) == 2
    assert "cannot be negative" in capsys.readouterr().err


def test_jsonl_file_whose_first_record_is_longer_than_any_fixed_head(tmp_path: Path) -> None:
    # A real page is often hundreds of kilobytes: the whole first line decides.
    filler = "<p>" + "Filler paragraph of a long page. " * 4000 + "</p>"
    big = PAGE.format(title="Harbour").replace("</article>", filler + "</article>")
    assert len(big) > 100_000
    rows = tmp_path / "rows.jsonl"
    rows.write_text("\n\n" + json.dumps({"html": big}) + "\n" + json.dumps({"text": "Two."}))
    jobs = list(batch.expand([str(rows)], batch.Options()))
    assert [type(j) for j in jobs] == [batch.Job, batch.Job]
    assert isinstance(jobs[0], batch.Job) and jobs[0].html == big


def test_the_warm_up_page_is_a_real_article_so_it_loads_what_cleaning_needs() -> None:
    options = batch.Options()
    result = batch.process(batch.Job("w", html=batch.WARM_UP_PAGE), options.chain.build(), options)
    assert result.error is None and result.article is not None
    assert result.article.language == "en" and "new bridge over the river" in result.article.text


def test_no_warm_up_in_the_parent_when_workers_are_not_forked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import multiprocessing

    monkeypatch.setattr(batch, "_worker_state", None)
    batch._warm_up(batch.Options(), multiprocessing.get_context("spawn"))
    assert batch._worker_state is None
    batch._warm_up(batch.Options(), multiprocessing.get_context("fork"))
    assert batch._worker_state is not None
