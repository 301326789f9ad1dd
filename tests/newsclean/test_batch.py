"""Many documents at once: directories, JSONL files, several processes."""

from __future__ import annotations

import io
import json
import multiprocessing
import os
import threading
from pathlib import Path

import pytest

from cleaners.chain import Chain
from newsclean import batch, readers
from newsclean.cli import main

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
    options = batch.Options()
    jobs = list(batch.expand([str(rows)], options))
    assert [type(j) for j in jobs] == [batch.Job, batch.Job]
    assert [j.name for j in jobs] == [f"{rows}:3", f"{rows}:4"]
    results = list(batch.run(jobs, options))
    assert results[0].article is not None and "Harbour is the subject" in results[0].article.text
    assert results[1].article is not None and results[1].article.text == "Two."


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


def test_jsonl_jobs_name_byte_ranges_so_the_main_process_never_holds_a_page(
    tmp_path: Path,
) -> None:
    rows = tmp_path / "rows.jsonl"
    records = [
        {"html": PAGE.format(title=f"Pier {i}"), "url": f"https://x.test/{i}"} for i in (1, 2)
    ]
    rows.write_text("\n".join(json.dumps(r) for r in records) + "\n\n")
    jobs = list(batch.expand([str(rows)], batch.Options()))
    assert all(isinstance(j, batch.Job) and j.html is None and j.span for j in jobs)
    data = rows.read_bytes()
    assert [json.loads(data[o : o + n]) for o, n in (j.span for j in jobs if j.span)] == records


@pytest.mark.parametrize("block", [1, 2, 3, 7, 64])
def test_line_spans_do_not_depend_on_the_block_size(block: int) -> None:
    data = b'{"a": 1}\r\n\n \t\n{"b": "x y"}\n\n{"c": 3}'
    spans = list(readers.line_spans(io.BytesIO(data), block=block))
    assert [data[o : o + n] for o, n, _ in spans] == data.splitlines(keepends=True)
    assert [blank for _, _, blank in spans] == [False, True, True, False, True, False]


def test_a_record_over_the_size_limit_is_reported_and_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        json.dumps({"text": "Short one."}) + "\n" + json.dumps({"text": "Long " * 100}) + "\n"
    )
    for jobs in ("1", "2"):
        code = main(["clean", "-j", jobs, "--max-size", "200", "--format", "jsonl", str(rows)])
        out, err = capsys.readouterr()
        assert code == 1
        assert [json.loads(line)["text"] for line in out.splitlines()] == ["Short one."]
        assert err == f"newsclean: {rows}:2: larger than the 200-byte limit (--max-size)\n"


def test_a_stream_is_read_once_record_by_record_with_the_limit_per_record() -> None:
    lines = [json.dumps({"text": f"Story {i}."}).encode() for i in range(50)]
    stream = io.BytesIO(b"\n" + b"\n".join(lines) + b"\n" + b"x" * 300 + b"\n" + lines[0])
    items = list(readers._stream_jobs("-", "<stdin>", stream, 100))
    # 50 records of ~20 bytes: the whole stream is far over the limit, each record under it
    assert len(stream.getvalue()) > 1000
    assert [i.name for i in items] == [f"-:{n}" for n in range(2, 54)]
    assert items[-2] == batch.Result(
        "-:52",
        error="-:52: larger than the 100-byte limit (--max-size)",
        origin={"file": "-", "line": 52},
    )
    results = list(batch.run(items, batch.Options()))
    assert [r.article.text for r in results if r.article] == [f"Story {i}." for i in range(50)] + [
        "Story 0."
    ]


def test_a_document_on_a_stream_over_the_limit_is_refused() -> None:
    items = list(readers._stream_jobs("-", "<stdin>", io.BytesIO(b"Plain text. " * 20), 100))
    assert items == [
        batch.Result("-", error="<stdin>: larger than the 100-byte limit (--max-size)")
    ]


def test_a_named_pipe_is_read_once_and_loses_no_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # e.g. `newsclean clean -j 2 <(zcat rows.jsonl.gz)`: a pipe cannot be looked
    # at first and opened again, so it is read once, line by line.
    fifo = tmp_path / "rows.fifo"
    os.mkfifo(fifo)
    lines = "".join(json.dumps({"text": f"Report number {i}."}) + "\n" for i in range(20))

    def write() -> None:
        with open(fifo, "w") as f:
            f.write(lines)

    writer = threading.Thread(target=write)
    writer.start()
    # no progress lines: on a slow machine one may come, and stderr must hold no error
    code = main(["clean", "-j", "2", "--no-progress", "--format", "jsonl", str(fifo)])
    writer.join(timeout=10)
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    texts = [json.loads(line)["text"] for line in out.splitlines()]
    assert texts == [f"Report number {i}." for i in range(20)]


def test_a_document_that_kills_its_worker_is_reported_and_the_others_are_cleaned(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Workers are forked, so they run this stand-in for a page that crashes the
    # interpreter or runs out of memory; its chunk-mate and the jobs in flight
    # are cleaned again in a fresh pool.
    real = batch.process

    def crashing(job: batch.Job, chain: Chain, options: batch.Options) -> batch.Result:
        if job.name == "fatal" and multiprocessing.parent_process() is not None:
            os._exit(1)
        return real(job, chain, options)

    monkeypatch.setattr(batch, "process", crashing)
    jobs = [batch.Job(f"doc{i}", text=f"Story number {i}.") for i in range(12)]
    jobs.insert(5, batch.Job("fatal", text="Never cleaned."))
    results = list(batch.run(jobs, batch.Options(), workers=2))
    assert [r.name for r in results] == [j.name for j in jobs]
    assert [r.name for r in results if r.error] == ["fatal"]
    assert results[5].error == "fatal: worker died"
    assert [r.article.text for r in results if r.article] == [
        f"Story number {i}." for i in range(12)
    ]
