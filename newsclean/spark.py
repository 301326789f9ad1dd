"""Cleaning a Spark DataFrame column of HTML pages or dirty text.

:func:`clean_column` adds the :class:`~cleaners.article.Article` fields as
columns (``url``, ``title``, ``text``, ``captions``, ``author``, ``published``,
``language``) and an ``error`` column. It runs with ``mapInPandas``: each Python
worker builds the cleaner chain once and reuses it for every batch of every
task it runs. A row that cannot be cleaned gets null article fields and a
one-line ``error``; it never fails the job.

Needs the optional extra ``newsclean[spark]`` (pyspark, pandas, pyarrow);
importing this module does not. :func:`clean_values` is the same per-row work
on plain Python values, without Spark. See ``docs/spark.md``.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any, Literal

from cleaners.article import Article
from cleaners.chain import Chain
from cleaners.source import SourceTemplate
from newsclean.batch import ChainSpec, Job, Options, Result, process
from newsclean.inputs import decode_text, looks_like_html

if TYPE_CHECKING:
    import pandas as pd
    from pyspark.sql import DataFrame
    from pyspark.sql.types import StructType

    from newsclean.sites import Templates

Kind = Literal["auto", "html", "text"]
KINDS: tuple[str, ...] = ("auto", "html", "text")

#: The Article fields that become columns, with their Spark SQL types.
ARTICLE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("url", "string"),
    ("title", "string"),
    ("text", "string"),
    ("captions", "array<string>"),
    ("author", "string"),
    ("published", "string"),
    ("language", "string"),
)
#: The optional column of what each cleaner did (``with_changes=True``).
CHANGES_COLUMN = (
    "changes",
    "array<struct<cleaner:string,action:string,text:string,position:int,"
    "replacement:string,target:string>>",
)
#: The column holding a failed row's one-line error (null when it was cleaned).
ERROR_COLUMN = ("error", "string")
#: The URL column used as a hint when ``url_column`` is not given and it exists.
DEFAULT_URL_COLUMN = "url"

# Chains built in this process, one per chain description: a Python worker
# keeps them across batches and tasks (Spark reuses its Python workers).
_CHAINS: dict[ChainSpec, Chain] = {}
#: How many times this process built a chain, per description (always 0 or 1).
CHAINS_BUILT: Counter[ChainSpec] = Counter()


def worker_chain(spec: ChainSpec) -> Chain:
    """The chain for ``spec``, built on first use in this process and then reused.

    >>> worker_chain(ChainSpec(only=("normalize_whitespace",))) is worker_chain(
    ...     ChainSpec(only=("normalize_whitespace",)))
    True
    """
    chain = _CHAINS.get(spec)
    if chain is None:
        chain = _CHAINS[spec] = spec.build()
        CHAINS_BUILT[spec] += 1
    return chain


def output_columns(prefix: str = "", with_changes: bool = False) -> list[tuple[str, str]]:
    """Names and Spark SQL types of the columns :func:`clean_column` adds.

    >>> [name for name, _ in output_columns("clean_")][:3]
    ['clean_url', 'clean_title', 'clean_text']
    >>> output_columns()[-1]
    ('error', 'string')
    """
    columns = [*ARTICLE_COLUMNS, *([CHANGES_COLUMN] if with_changes else []), ERROR_COLUMN]
    return [(prefix + name, sql_type) for name, sql_type in columns]


def clean_value(
    value: str | bytes | None,
    chain: Chain,
    *,
    kind: Kind = "auto",
    url: str | None = None,
    name: str = "value",
    options: Options | None = None,
    source: str | None = None,
) -> Result:
    """Clean one cell; every failure becomes ``Result.error``, never an exception.

    ``kind`` says what a string holds: ``"html"``, ``"text"``, or ``"auto"``
    (told apart by content). Bytes are read as a file would be: binary data is
    refused, HTML and text are told apart by content, unless ``kind="text"``.
    ``source`` names the value's site for ``options.templates`` (else its URL's host).
    """
    label = url or name
    if not isinstance(value, str | bytes):  # null, or NaN from pandas
        return Result(label, error=f"{label}: no value (null)")
    origin = {"source": source} if source else {}  # what --learn-sites groups by
    if isinstance(value, bytes):
        job = (
            Job(label, text=decode_text(value), url=url, origin=origin)
            if kind == "text"
            else Job(label, data=value, url=url, origin=origin)
        )
    elif kind == "html" or (kind == "auto" and looks_like_html(value)):
        job = Job(label, html=value, url=url, origin=origin)
    else:
        job = Job(label, text=value, url=url, origin=origin)
    return process(job, chain, options or Options())


def article_row(
    result: Result, url: str | None = None, with_changes: bool = False
) -> dict[str, Any]:
    """The output columns of one row (without prefix) from a :class:`Result`.

    A failed row keeps ``url`` (the input's hint) so it can still be told apart.

    >>> article_row(Result("x", error="x: no article text found"), url="u")["error"]
    'x: no article text found'
    """
    article = result.article
    if article is None:
        row: dict[str, Any] = {name: None for name, _ in output_columns(with_changes=with_changes)}
        row.update(url=url, error=result.error)
        return row
    row = {
        "url": article.url,
        "title": article.title,
        "text": article.text,
        "captions": list(article.captions),
        "author": article.author,
        "published": article.published,
        "language": article.language,
    }
    if with_changes:
        row["changes"] = [asdict(c) for c in article.changes]
    row["error"] = None
    return row


def clean_values(
    values: Iterable[str | bytes | None],
    urls: Iterable[str | None] | None = None,
    *,
    kind: Kind = "auto",
    chain: ChainSpec | None = None,
    with_changes: bool = False,
) -> list[dict[str, Any]]:
    """Clean plain values into rows of article fields, as :func:`clean_column` does.

    >>> rows = clean_values(["Headline\\n\\nA  body.", None], kind="text")
    >>> rows[0]["text"], rows[0]["error"]
    ('Headline\\n\\nA body.', None)
    >>> rows[1]["text"], rows[1]["error"]
    (None, 'value: no value (null)')
    """
    _check_kind(kind)
    built = worker_chain(chain or ChainSpec())
    values = list(values)
    hints = list(urls) if urls is not None else [None] * len(values)
    return [
        article_row(clean_value(v, built, kind=kind, url=_str(u)), _str(u), with_changes)
        for v, u in zip(values, hints, strict=True)
    ]


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")


# -- Spark ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Settings:
    """What each Python worker needs; pickled once per task."""

    column: str
    url_column: str | None
    kind: Kind
    chain: ChainSpec
    prefix: str
    with_changes: bool
    keep: tuple[str, ...]  # input columns passed through, in order
    source_column: str | None = None
    templates: Templates | None = None  # from learn_sites (the first pass)


def clean_column(
    df: DataFrame,
    column: str,
    *,
    kind: Kind = "auto",
    url_column: str | None = None,
    chain: ChainSpec | None = None,
    prefix: str = "",
    with_changes: bool = False,
    keep_input: bool = True,
    templates: Templates | None = None,
    source_column: str | None = None,
) -> DataFrame:
    """Clean ``df[column]`` (HTML pages or dirty text) into Article columns.

    Returns ``df``'s columns followed by ``url``, ``title``, ``text``,
    ``captions`` (array of strings), ``author``, ``published``, ``language``,
    ``changes`` (only with ``with_changes``) and ``error``, each name preceded
    by ``prefix``. An input column with the same name as an output column is
    replaced (give a ``prefix`` to keep both). ``column`` may be a string or a
    binary column. ``url_column`` names the page URLs passed to extraction as a
    hint; by default a column named ``url`` is used when there is one.
    ``chain`` picks the cleaners (default: the default chain).
    ``keep_input=False`` leaves ``column`` itself out of the result, which
    spares sending every page back from the Python workers (dropping it
    afterwards does not: the workers' output is not pruned).
    ``templates`` (from :func:`learn_sites`, the first pass) cleans each row
    with its site's template; ``source_column`` names each row's site (else
    the URL's host), as it did when learning.

    Lazy like any transformation; nothing runs until an action. A row that
    fails gets null article fields, its input URL and a one-line ``error``.

    >>> out = clean_column(spark.read.json("pages.jsonl"), "html")  # doctest: +SKIP
    >>> out.select("url", "title", "text", "error").write.parquet("clean/")  # doctest: +SKIP
    """
    _check_kind(kind)
    if column not in df.columns:
        raise ValueError(f"no column {column!r} in the DataFrame (has: {', '.join(df.columns)})")
    if url_column is None:
        url_column = DEFAULT_URL_COLUMN if DEFAULT_URL_COLUMN in df.columns else None
    elif url_column not in df.columns:
        raise ValueError(f"no URL column {url_column!r} in the DataFrame")
    if source_column is not None and source_column not in df.columns:
        raise ValueError(f"no source column {source_column!r} in the DataFrame")
    added = output_columns(prefix, with_changes)
    added_names = {name for name, _ in added}
    keep = tuple(c for c in df.columns if c not in added_names and (keep_input or c != column))
    settings = _Settings(
        column=column,
        url_column=url_column,
        kind=kind,
        chain=chain or ChainSpec(),
        prefix=prefix,
        with_changes=with_changes,
        keep=keep,
        source_column=source_column,
        templates=templates,
    )
    settings.chain.build()  # an unknown cleaner name fails here, before any task
    schema = _output_schema(df.schema, keep, added)
    return df.mapInPandas(functools.partial(_clean_batches, settings=settings), schema)


def _output_schema(
    input_schema: StructType, keep: Sequence[str], added: Sequence[tuple[str, str]]
) -> StructType:
    from pyspark.sql.types import StructField, StructType, _parse_datatype_string

    fields = [input_schema[name] for name in keep]
    fields += [StructField(name, _parse_datatype_string(t), True) for name, t in added]
    return StructType(fields)


def _clean_batches(batches: Iterator[pd.DataFrame], settings: _Settings) -> Iterator[pd.DataFrame]:
    """Runs in a Python worker: the chain is built (or found) once per process."""
    import pandas as pd

    chain = worker_chain(settings.chain)
    names = [name for name, _ in output_columns(with_changes=settings.with_changes)]
    for frame in batches:
        values = frame[settings.column].tolist()
        urls = (
            [_str(u) for u in frame[settings.url_column].tolist()]
            if settings.url_column
            else [None] * len(values)
        )
        sources = (
            [_str(s) for s in frame[settings.source_column].tolist()]
            if settings.source_column
            else [None] * len(values)
        )
        options = Options(templates=settings.templates)
        rows = [
            article_row(
                clean_value(
                    v,
                    chain,
                    kind=settings.kind,
                    url=u,
                    name=settings.column,
                    options=options,
                    source=s,
                ),
                u,
                settings.with_changes,
            )
            for v, u, s in zip(values, urls, sources, strict=True)
        ]
        out = frame[list(settings.keep)].copy()
        for name in names:
            out[settings.prefix + name] = pd.Series(
                [row[name] for row in rows], index=frame.index, dtype=object
            )
        yield out


def learn_sites(
    df: DataFrame,
    column: str,
    *,
    kind: Kind = "auto",
    url_column: str | None = None,
    source_column: str | None = None,
    max_pages: int = 300,
) -> Templates:
    """The first pass of cleaning with site templates: learn each site's
    template from ``df[column]``, then hand it to :func:`clean_column`.

    A row's site is ``source_column``'s value, else its URL's host (rows with
    neither teach nothing). Each site learns from at most ``max_pages`` of its
    rows, in one task; the templates (hashes and short paths) come back to the
    driver.

    >>> templates = learn_sites(df, "html")  # doctest: +SKIP
    >>> out = clean_column(df, "html", templates=templates)  # doctest: +SKIP
    """
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    from newsclean.sites import Templates
    from scraper.sites import SiteTemplate

    _check_kind(kind)
    if url_column is None:
        url_column = DEFAULT_URL_COLUMN if DEFAULT_URL_COLUMN in df.columns else None
    for name in (column, url_column, source_column):
        if name is not None and name not in df.columns:
            raise ValueError(f"no column {name!r} in the DataFrame")
    url = F.col(url_column) if url_column else F.lit(None).cast("string")
    source = F.col(source_column) if source_column else F.lit(None).cast("string")
    sites = df.select(
        F.udf(_site_of, "string")(url, source).alias("site"),
        F.col(column).alias("value"),
    ).where(F.col("site").isNotNull())
    numbered = sites.withColumn(
        "n", F.row_number().over(Window.partitionBy("site").orderBy(F.xxhash64("value")))
    )
    learned = (
        numbered.where(F.col("n") <= max_pages)
        .select("site", "value")
        .groupBy("site")
        .applyInPandas(
            functools.partial(_learn_group, kind=kind),
            "site string, html boolean, template string",
        )
        .collect()
    )
    templates = Templates()
    for row in learned:
        if row["html"]:
            templates.sites[row["site"]] = SiteTemplate.from_json(row["template"])
        else:
            templates.sources[row["site"]] = SourceTemplate.from_json(row["template"])
    return templates


def _site_of(url: Any, source: Any) -> str | None:
    from newsclean.sites import site_of

    return site_of(_str(url), _str(source))


def _learn_group(frame: pd.DataFrame, kind: Kind) -> pd.DataFrame:
    """Runs in a Python worker: one site's rows become its templates."""
    import pandas as pd

    from cleaners.source import KeyCounter, text_keys
    from scraper.sites import SiteLearner

    pages, texts = SiteLearner(), KeyCounter()
    for value in frame["value"].tolist():
        if isinstance(value, bytes):
            if kind == "text" or not looks_like_html(value):
                texts.add(text_keys(decode_text(value)))
            else:
                pages.add(value)
        elif isinstance(value, str):
            if kind == "html" or (kind == "auto" and looks_like_html(value)):
                pages.add(value)
            else:
                texts.add(text_keys(value))
    site = frame["site"].iloc[0]
    rows = []
    if pages.counter.documents:
        rows.append((site, True, pages.template().to_json()))
    if texts.documents:
        source = SourceTemplate(texts.documents, texts.repeated())
        rows.append((site, False, source.to_json()))
    return pd.DataFrame(rows, columns=["site", "html", "template"])


def article_from_row(row: Any, prefix: str = "") -> Article | None:
    """Rebuild an :class:`Article` from an output row (None for a failed row).

    Works on a ``pyspark.sql.Row`` or a dict; ``changes`` are kept only when the
    row has them.

    >>> article_from_row({"url": None, "title": "T", "text": "B", "captions": [],
    ...     "author": None, "published": None, "language": "en", "error": None}).title
    'T'
    """
    data = row.asDict(recursive=True) if hasattr(row, "asDict") else dict(row)
    if data.get(prefix + "error") is not None:
        return None
    fields = {name: data.get(prefix + name) for name, _ in ARTICLE_COLUMNS}
    fields["changes"] = data.get(prefix + "changes") or []
    return Article.from_dict(fields)
