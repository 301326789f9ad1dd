"""Cleaning DataFrame columns with pyspark in local mode (a real local[2] session)."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

pytest.importorskip("pyspark")
pytest.importorskip("pyarrow")
pd = pytest.importorskip("pandas")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("Spark needs Java", allow_module_level=True)

from pyspark.sql import DataFrame, SparkSession  # noqa: E402

from cleaners.chain import UnknownCleaner  # noqa: E402
from newsclean import spark as nspark  # noqa: E402
from newsclean.batch import ChainSpec, Job, Options, process  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
JOB_SCRIPT = ROOT / "docs" / "spark_job.py"
pytestmark = pytest.mark.timeout(240)

PAGE = """<html><head><title>{title}</title>
<meta name="author" content="Jane Roe"></head><body><article><h1>{title}</h1>
<p>{title} is the subject of this report, which the city council published on Tuesday
after a long review of the budget and of the plans for the next ten years.</p>
<figure><img src="a.jpg"><figcaption>The old {title} at dawn.</figcaption></figure>
<p>Officials said the work would begin in spring and last until the end of the year,
with the  main   roads closed for three weeks in the summer.</p>
</article></body></html>"""
DIRTY = "Officials met on Tuesday.\n\nThe  budget was cafÃ© prices and the plan  was agreed."


@pytest.fixture(scope="session")
def spark() -> Iterator[SparkSession]:
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("newsclean-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "4")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def _pages(spark: SparkSession, n: int, partitions: int = 2) -> DataFrame:
    rows = [(i, f"https://news.test/{i}", PAGE.format(title=f"Bridge {i}")) for i in range(n)]
    return spark.createDataFrame(rows, "id long, url string, html string").repartition(
        partitions, "id"
    )


def _expected(value: str, url: str | None = None, kind: str = "auto") -> dict[str, Any]:
    chain = ChainSpec().build()
    return nspark.article_row(
        nspark.clean_value(value, chain, kind=kind, url=url),  # type: ignore[arg-type]
        url,
    )


def test_html_column_becomes_article_columns_equal_to_extract(spark: SparkSession) -> None:
    out = nspark.clean_column(_pages(spark, 6), "html")
    assert out.columns == [
        "id",
        "html",
        "url",
        "title",
        "text",
        "captions",
        "author",
        "published",
        "language",
        "error",
    ]
    rows = {r["id"]: r.asDict() for r in out.collect()}
    assert sorted(rows) == list(range(6))
    for i, row in rows.items():
        url = f"https://news.test/{i}"
        html = PAGE.format(title=f"Bridge {i}")
        result = process(Job("x", html=html, url=url), ChainSpec().build(), Options())
        assert result.article is not None
        article = nspark.article_from_row(row)
        assert article is not None
        assert article.text == result.article.text
        assert (article.title, article.author, article.url) == (
            result.article.title,
            result.article.author,
            url,
        )
        assert row["error"] is None
        assert f"Bridge {i} is the subject" in row["text"]
        assert "main roads closed" in row["text"]  # the chain ran, not only extraction


def test_dirty_text_column_is_replaced_or_kept_with_a_prefix(spark: SparkSession) -> None:
    df = spark.createDataFrame([(1, DIRTY), (2, "Short  one.")], "id long, text string")
    replaced = nspark.clean_column(df, "text", kind="text").orderBy("id").collect()
    assert replaced[0]["text"] == _expected(DIRTY, kind="text")["text"]
    assert "café prices" in replaced[0]["text"] and "  " not in replaced[0]["text"]
    assert replaced[1]["text"] == "Short one."
    kept = nspark.clean_column(df, "text", kind="text", prefix="clean_").orderBy("id").collect()
    assert kept[0]["text"] == DIRTY
    assert kept[0]["clean_text"] == replaced[0]["text"]
    assert kept[0]["clean_error"] is None and kept[0]["clean_captions"] == []
    dropped = nspark.clean_column(df, "text", kind="text", prefix="clean_", keep_input=False)
    assert dropped.columns[:2] == ["id", "clean_url"] and "text" not in dropped.columns


def test_failing_rows_get_null_fields_and_an_error_the_job_goes_on(spark: SparkSession) -> None:
    schema = "id long, url string, page binary"
    rows = [
        (1, "https://news.test/ok", PAGE.format(title="Harbour").encode()),
        (2, "https://news.test/null", None),
        (3, "https://news.test/pdf", b"%PDF-1.4\x00\x01 binary"),
        (4, "https://news.test/empty", b"<html><body><script>var a = 1;</script></body></html>"),
        (5, None, "Plain  text in bytes, cafÃ©.".encode()),
    ]
    out = nspark.clean_column(spark.createDataFrame(rows, schema), "page").orderBy("id")
    got = {r["id"]: r for r in out.collect()}
    assert len(got) == 5
    assert got[1]["error"] is None and "Harbour is the subject" in got[1]["text"]
    for i in (2, 3, 4):
        row = got[i]
        assert row["error"], i
        assert "\n" not in row["error"]
        assert row["url"] == rows[i - 1][1]  # the input URL still identifies the row
        assert all(row[name] is None for name in ("title", "text", "captions", "author"))
    assert got[2]["error"] == "https://news.test/null: no value (null)"
    assert got[3]["error"] == "https://news.test/pdf: not a text or HTML document (a PDF)"
    assert got[4]["error"] == "https://news.test/empty: no article text found"
    assert got[5]["error"] is None and got[5]["text"] == "Plain text in bytes, café."


def test_the_chain_is_built_once_per_python_worker(spark: SparkSession) -> None:
    spec = ChainSpec(disable=("repair_joins",))
    out = nspark.clean_column(_pages(spark, 16, partitions=8), "html", chain=spec)
    assert out.filter("error is null").count() == 16

    def probe(frames: Iterator[Any]) -> Iterator[Any]:
        from newsclean import spark as worker_module

        for _ in frames:
            pass
        yield pd.DataFrame({"pid": [os.getpid()], "built": [worker_module.CHAINS_BUILT[spec]]})

    report = _pages(spark, 16, partitions=8).mapInPandas(probe, "pid long, built long").collect()
    builds = {r["pid"]: r["built"] for r in report}
    # at most one build in each worker process, however many tasks it ran (how many
    # processes Spark starts depends on its scheduling, not on us)
    assert set(builds.values()) <= {0, 1} and 1 in builds.values()


def test_with_changes_lists_what_each_cleaner_did(spark: SparkSession) -> None:
    df = spark.createDataFrame([(DIRTY,)], "body string")
    row = nspark.clean_column(df, "body", kind="text", with_changes=True).first()
    assert row is not None
    cleaners = {c["cleaner"] for c in row["changes"]}
    assert {"fix_unicode", "normalize_whitespace"} <= cleaners
    article = nspark.article_from_row(row)
    assert article is not None and article.changes and article.text == row["text"]


def test_usage_errors_are_raised_before_any_task(spark: SparkSession) -> None:
    df = spark.createDataFrame([("x",)], "html string")
    with pytest.raises(ValueError, match="no column 'body'"):
        nspark.clean_column(df, "body")
    with pytest.raises(ValueError, match="no URL column 'link'"):
        nspark.clean_column(df, "html", url_column="link")
    with pytest.raises(ValueError, match="kind must be one of"):
        nspark.clean_column(df, "html", kind="pdf")  # type: ignore[arg-type]
    with pytest.raises(UnknownCleaner):
        nspark.clean_column(df, "html", chain=ChainSpec(disable=("no_such_cleaner",)))


def _load_job() -> ModuleType:
    spec = importlib.util.spec_from_file_location("spark_job", JOB_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_example_job_jsonl_and_parquet_to_parquet(spark: SparkSession, tmp_path: Path) -> None:
    job = _load_job()
    pages = tmp_path / "pages.jsonl"
    records = [
        {"url": f"https://news.test/{i}", "html": PAGE.format(title=f"Canal {i}")} for i in range(5)
    ]
    records.append({"url": "https://news.test/broken", "html": "<html><body></body></html>"})
    pages.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    out = tmp_path / "clean"
    assert job.main([str(pages), str(out), "--column", "html", "--partitions", "3"], spark) == 0
    frame = pd.read_parquet(out).sort_values("url").reset_index(drop=True)
    assert len(frame) == 6
    assert "html" not in frame.columns  # the pages are not copied to the output
    ok = frame[frame["error"].isna()]
    assert list(ok["url"]) == [f"https://news.test/{i}" for i in range(5)]
    for _, row in ok.iterrows():
        assert (
            row["text"]
            == _expected(PAGE.format(title=row["title"]), url=row["url"], kind="html")["text"]
        )
    assert frame[frame["url"] == "https://news.test/broken"]["error"].notna().all()

    # Parquet in, Parquet out, again, on the job's own output.
    again = tmp_path / "again"
    argv = [str(out), str(again), "--column", "text", "--kind", "text"]
    assert job.main(argv, spark) == 0
    assert len(pd.read_parquet(again)) == 6
    # An existing output is refused unless --mode overwrite: one line, exit 2.
    assert job.main(argv, spark) == 2
    assert job.main([*argv, "--mode", "overwrite", "--disable", "repair_joins"], spark) == 0
    keep = [str(pages), str(tmp_path / "kept"), "--column", "html", "--keep-input"]
    assert job.main(keep, spark) == 0
    assert list(pd.read_parquet(tmp_path / "kept").columns[:3]) == ["html", "url", "title"]
    assert job.main([str(pages), str(tmp_path / "x"), "--column", "body"], spark) == 2
    assert spark.sparkContext._jsc is not None  # the job left the given session open


def test_example_job_usage_errors_need_no_jvm(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(JOB_SCRIPT), str(tmp_path / "missing.jsonl"), str(tmp_path / "o")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.strip().endswith("missing.jsonl: no such file or directory")


def test_learn_sites_then_clean_with_each_sites_template(spark: SparkSession) -> None:
    from tests.cleaners.test_source import DE_PROMO, DE_STORIES, EN_PROMO
    from tests.scraper.site_factory import PROMO, page

    pages = [page(seed) for seed in range(80, 85)]
    rows = [(i, f"https://valley.example/{i}", html, None) for i, (html, _) in enumerate(pages)]
    rows += [(10 + i, None, f"{s}\n{DE_PROMO}", "bote") for i, s in enumerate(DE_STORIES)]
    rows.append((20, None, f"A lone story of its own.\n{EN_PROMO}", "courier"))
    df = spark.createDataFrame(rows, "id long, url string, body string, source string")
    templates = nspark.learn_sites(df, "body", source_column="source")
    assert sorted(templates.sites) == ["valley.example"]
    assert sorted(templates.sources) == ["bote", "courier"]
    assert templates.sites["valley.example"].pages == 5
    out = nspark.clean_column(df, "body", templates=templates, source_column="source")
    texts = {r["id"]: r["text"] for r in out.collect()}
    for i, (_, paragraphs) in enumerate(pages):
        assert texts[i].split("\n\n") == paragraphs
    for i, story in enumerate(DE_STORIES):
        assert texts[10 + i].split("\n\n") == story.split("\n")
    assert EN_PROMO in texts[20]  # one document of its source: nothing repeats
    plain = {r["id"]: r["text"] for r in nspark.clean_column(df, "body").collect()}
    assert all(PROMO in plain[i] for i in range(5))
