"""`newsclean clean` on corpus formats (WARC, compressed files, JSONL with ids)
and its outputs (-o with a format from the suffix, Parquet, errors files)."""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
import subprocess
import sys
from pathlib import Path

import pytest

from newsclean import __version__, writers
from newsclean.cli import main
from tests.newsclean.warc_files import story, write_warc

if sys.version_info >= (3, 14):
    from compression import zstd
else:
    from backports import zstd


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_warc_gz_gives_its_html_responses_and_reports_the_truncated_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, truncate_last=True)
    code, out, err = run(["clean", "-j", jobs, "--format", "jsonl", str(warc)], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    # the image, the 404 and the revisit are no documents; the cut-off record is an error
    assert [r["url"] for r in rows] == ["https://news.example/zurich", "https://news.example/lyon"]
    assert "Zürich" in rows[0]["text"]  # decoded with the HTTP header's charset
    assert rows[0]["site_name"] == "The Gazette"
    for row in rows:
        assert row["input"]["file"] == str(warc)
        assert row["input"]["warc_target_uri"] == row["url"]
        assert row["input"]["warc_record_id"].startswith("<urn:uuid:")
        assert isinstance(row["input"]["offset"], int)
    assert code == 1
    assert err.count("\n") == 1 and "truncated WARC record" in err


def test_a_record_is_read_again_from_its_offset(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    warc = tmp_path / "crawl.warc"  # uncompressed: offsets into the plain file
    write_warc(warc)
    code, out, err = run(["clean", "--format", "jsonl", str(warc)], capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and err == ""
    with warc.open("rb") as f:
        f.seek(rows[1]["input"]["offset"])
        assert f.read(5) == b"WARC/"


def test_garbage_between_records_is_reported_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.warc.gz"
    write_warc(good)
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(good.read_bytes() + b"not a record at all\r\n" * 3)
    code, out, err = run(["clean", "--format", "jsonl", str(bad)], capsys)
    assert len(out.splitlines()) == 2
    assert code == 1 and err.count("\n") == 1 and "WARC record" in err


@pytest.mark.parametrize(
    "suffix, compress",
    [
        (".gz", gzip.compress),
        (".bz2", bz2.compress),
        (".xz", lzma.compress),
        (".zst", zstd.compress),
    ],
)
def test_compressed_html_is_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str, compress: object
) -> None:
    page = tmp_path / f"story.html{suffix}"
    page.write_bytes(compress(story("Bridge approved in Lyon", "Lyon").encode()))  # type: ignore[operator]
    code, out, err = run(["clean", str(page)], capsys)
    assert code == 0 and err == ""
    assert out.startswith("Bridge approved in Lyon\n\nThe council of Lyon approved")


def test_jsonl_ids_and_extra_keys_round_trip(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = tmp_path / "rows.jsonl"
    records = [
        {"id": 42, "source": "feed-a", "html": story("Bridge approved in Lyon", "Lyon")},
        {"id": "x-7", "text": "Short note.\n\nA second paragraph of the note.", "lang": "en"},
        {"id": 43, "html": "<html><body><nav>menu</nav></body></html>"},
    ]
    rows.write_text("".join(json.dumps(r) + "\n" for r in records))
    out = tmp_path / "out.jsonl"
    code, _, err = run(["clean", "-j", "2", "-o", str(out), str(rows)], capsys)
    got = [json.loads(line) for line in out.read_text().splitlines()]
    assert [g["input"] for g in got] == [
        {"file": str(rows), "line": 1, "id": 42, "source": "feed-a"},
        {"file": str(rows), "line": 2, "id": "x-7", "lang": "en"},
    ]
    assert got[0]["paragraphs"][0].startswith("The council of Lyon")
    # the failed record is not lost: one line on stderr, one row in the errors file
    assert code == 1
    errors = [json.loads(line) for line in (tmp_path / "out.errors.jsonl").read_text().splitlines()]
    assert errors == [
        {
            "error": f"{rows}:3: no article text found",
            "name": f"{rows}:3",
            "input": {"file": str(rows), "line": 3, "id": 43},
        }
    ] or (len(errors) == 1 and errors[0]["input"]["id"] == 43)
    assert f"1 failed document(s) written to {tmp_path / 'out.errors.jsonl'}" in err


def test_keep_errors_puts_failures_in_the_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = tmp_path / "rows.jsonl.gz"
    records = [{"id": 1, "text": "A story.\n\nWith two paragraphs."}, {"id": 2, "html": 5}]
    rows.write_bytes(gzip.compress("".join(json.dumps(r) + "\n" for r in records).encode()))
    out = tmp_path / "out.json"
    code, _, _ = run(["clean", "--keep-errors", "-o", str(out), str(rows)], capsys)
    got = json.loads(out.read_text())  # json: one array
    assert [g["input"]["id"] for g in got] == [1, 2]
    assert "error" not in got[0] and "no 'html' or 'text'" in got[1]["error"]
    assert code == 1
    assert not (tmp_path / "out.errors.jsonl").exists()


def test_json_of_two_inputs_is_one_array(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    a.write_text(story("Bridge approved in Lyon", "Lyon"))
    b.write_text(story("Bridge approved in Graz", "Graz"))
    code, out, _ = run(["clean", "--format", "json", str(a), str(b)], capsys)
    assert code == 0
    assert [d["title"] for d in json.loads(out)] == [
        "Bridge approved in Lyon",
        "Bridge approved in Graz",
    ]


def test_parquet_reads_back_with_pyarrow(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    folder = tmp_path / "corpus"
    folder.mkdir()
    write_warc(folder / "crawl.warc.gz")
    (folder / "one.html.gz").write_bytes(gzip.compress(story("Bridge in Graz", "Graz").encode()))
    out = tmp_path / "articles.parquet"
    code, _, err = run(["clean", "-j", "2", "-o", str(out), str(folder)], capsys)
    assert code == 0 and err == ""
    table = pq.read_table(out)
    assert table.num_rows == 3
    rows = table.to_pylist()
    assert [r["url"] for r in rows] == [
        "https://news.example/zurich",
        "https://news.example/lyon",
        None,
    ]
    assert json.loads(rows[2]["input"]) == {"file": str(folder / "one.html.gz")}
    assert rows[0]["paragraphs"][0].startswith("The council of Zürich")
    assert table.schema.field("tags").type.value_type == table.schema.field("url").type


def test_parquet_to_stdout_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "a.html"
    page.write_text(story("Bridge approved in Lyon", "Lyon"))
    code, out, err = run(["clean", "--format", "parquet", str(page)], capsys)
    assert code == 2 and out == ""
    assert err == "newsclean: parquet is written to a file: give -o FILE.parquet\n"


def test_compressed_output_by_suffix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "a.html"
    page.write_text(story("Bridge approved in Lyon", "Lyon"))
    out = tmp_path / "out.jsonl.zst"
    assert run(["clean", "-o", str(out), str(page)], capsys)[0] == 0
    (row,) = [json.loads(line) for line in zstd.decompress(out.read_bytes()).splitlines()]
    assert row["title"] == "Bridge approved in Lyon"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"newsclean {__version__}\n"


def test_progress_lines_when_stderr_is_not_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.html").write_text(story(f"Bridge number {n} approved", "Lyon"))
    code, _, err = run(["clean", "--log-every", "0", str(folder)], capsys)
    lines = err.splitlines()
    assert code == 0 and len(lines) == 3
    assert lines[-1].startswith("newsclean: 3 of 3 documents (100%), 0 failed,")
    assert lines[0].startswith("newsclean: 1 of 3 documents (33%), 0 failed,")


def test_an_old_errors_file_is_not_left_beside_a_new_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text(json.dumps({"id": 1, "html": "<html><body><nav>x</nav></body></html>"}) + "\n")
    out = tmp_path / "out.jsonl"
    assert run(["clean", "-o", str(out), str(rows)], capsys)[0] == 1
    assert (tmp_path / "out.errors.jsonl").exists()
    rows.write_text(json.dumps({"id": 1, "text": "A story.\n\nTwo paragraphs."}) + "\n")
    assert run(["clean", "-o", str(out), str(rows)], capsys)[0] == 0
    assert not (tmp_path / "out.errors.jsonl").exists()


def test_a_large_article_is_written_whole_in_every_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # past writers.STREAMED_JSON_CHARS a JSON row is encoded piece by piece,
    # and the text writer always writes the body a slice at a time
    body = "\n\n".join(
        f"Item {i}: the council met on Monday and voted for the plan by {i % 97} votes."
        for i in range(16_000)
    )
    source = tmp_path / "long.txt"
    source.write_text(body)
    assert len(body) > writers.STREAMED_JSON_CHARS
    quick = ["clean", "--only", "normalize_whitespace", str(source)]  # the writers are tested
    _, text_out, _ = run(quick, capsys)
    _, jsonl_out, _ = run([*quick, "--format", "jsonl"], capsys)
    _, json_out, _ = run([*quick, "--format", "json"], capsys)
    row, array = json.loads(jsonl_out), json.loads(json_out)
    assert len(row["text"]) > writers.STREAMED_JSON_CHARS
    assert text_out == row["text"] + "\n" == array["text"] + "\n"
    assert row == array
    assert row["paragraphs"] == row["text"].split("\n\n")
    assert len(row["paragraphs"]) == 16_000


def test_a_directory_run_never_reads_its_own_output_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the output and its errors file inside the input directory: a second run
    # reads the same two pages again, not the first run's rows as new documents
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "lyon.html").write_text(story("Bridge approved in Lyon", "Lyon"))
    (folder / "empty.html").write_text("<html><body><nav>x</nav></body></html>")
    out = folder / "clean.jsonl"
    for _ in range(2):
        code, _, err = run(["clean", "--log-every", "0", "-o", str(out), str(folder)], capsys)
        assert code == 1  # the empty page fails, and only it
        assert err.count("newsclean: ") == 4  # two progress lines, the failure, the summary
        assert "2 of 2 documents" in err
        rows = [json.loads(line) for line in out.read_text().splitlines()]
        assert [r["title"] for r in rows] == ["Bridge approved in Lyon"]
        assert len((folder / "clean.errors.jsonl").read_text().splitlines()) == 1


def test_stdout_redirected_into_the_input_directory_is_not_an_input(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "lyon.html").write_text(story("Bridge approved in Lyon", "Lyon"))
    target = folder / "out.jsonl"
    command = [sys.executable, "-m", "newsclean.cli", "clean", "--format", "jsonl", str(folder)]
    for _ in range(2):  # the shell has created the file before the walk, then holds it
        with target.open("w") as stdout:
            # before the fix, the run read the rows it was writing, without end
            done = subprocess.run(
                command, stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=120
            )
        assert done.returncode == 0, done.stderr
        assert done.stderr == ""
        assert [json.loads(line)["title"] for line in target.read_text().splitlines()] == [
            "Bridge approved in Lyon"
        ]


@pytest.mark.parametrize("flag", ["-o", "--errors"])
def test_an_output_that_is_an_input_is_refused_and_the_input_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], flag: str
) -> None:
    # opening -o truncates its file and the errors file of an earlier run is
    # removed: either would destroy the page before it is read
    page = tmp_path / "a.html"
    page.write_text(story("Bridge approved in Lyon", "Lyon"))
    before = page.read_bytes()
    other = ["-o", str(tmp_path / "out.jsonl")] if flag == "--errors" else []
    same_file = str(tmp_path / "." / "a.html")  # another path to the same file
    code, out, err = run(["clean", *other, flag, same_file, str(page)], capsys)
    assert code == 2 and out == ""
    assert err == f"newsclean: {same_file} is an input too ({page}): write the output elsewhere\n"
    assert page.read_bytes() == before
