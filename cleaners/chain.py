"""A chain is an ordered list of cleaners, configurable by name."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from cleaners.base import REGISTRY, Cleaner, Document

#: The default order. Structure first (unicode, whitespace), then what is
#: removed or moved out of the body, then repairs inside the words that remain.
DEFAULT_CHAIN: tuple[str, ...] = (
    "fix_unicode",
    "normalize_whitespace",
    "drop_hover_cards",  # before the language is read: a card glues other text in
    "detect_language",  # early: later cleaners read doc.language
    "split_captions",  # before the title: a caption may be glued to the headline
    "extract_title",
    # lines named by what they say, before the related blocks they often
    # separate from the article
    "drop_ad_markers",
    "drop_promos",
    "drop_notices",
    "drop_company_boilerplate",
    "drop_contact",
    "drop_source_tags",
    "drop_legal_lines",  # before drop_related: a notice glued to a teaser hides its shape
    "drop_photo_credits",  # after split_captions, which keeps credits with their captions
    "drop_comment_prompts",
    "drop_related",  # needs the end marker "/." that drop_signoff removes
    "drop_widget_tail",  # after drop_related, whose blocks may stand below its prose
    "extract_dateline",  # after drop_related: a byline may stand after the teasers
    "extract_byline",
    "drop_timestamps",  # after the dateline and byline, which read the ones on top
    # after the named lines (their cleaners name what they know) and the stamps
    # (a stamp taken out later would join two runs of furniture into one);
    # before the sign-off, which furniture under it hides
    "drop_page_furniture",
    "drop_signoff",
    "drop_repeats",  # after the removals above, which can leave an echo adjacent
    # last of the removals: the lines the others take out (furniture, stamps,
    # notices) no longer stand between the article and a rail of headlines
    "drop_headline_tail",
    # the joins first: a space put after a comma at a wrap would move the
    # columns the join repair reads, and hide its strongest line end
    "repair_joins",
    "space_after_punctuation",
)


class UnknownCleaner(ValueError):
    """A cleaner name that is not in the registry."""

    def __init__(self, name: str) -> None:
        known = ", ".join(sorted(REGISTRY))
        super().__init__(f"unknown cleaner {name!r} (known: {known})")


def build(name: str) -> Cleaner:
    """A fresh cleaner of the given name."""
    try:
        return REGISTRY[name]()
    except KeyError:
        raise UnknownCleaner(name) from None


class Chain:
    """An ordered list of cleaners run one after the other on a :class:`Document`.

    >>> Chain.default(disable=["repair_joins"]).names[:2]
    ['fix_unicode', 'normalize_whitespace']
    """

    def __init__(self, cleaners: Iterable[Cleaner | str]) -> None:
        self.cleaners: list[Cleaner] = [build(c) if isinstance(c, str) else c for c in cleaners]

    @classmethod
    def default(
        cls,
        *,
        only: Sequence[str] | None = None,
        enable: Sequence[str] = (),
        disable: Sequence[str] = (),
    ) -> Chain:
        """The default chain; ``only`` replaces it (in the given order), ``enable``
        appends cleaners not in it by default, ``disable`` drops cleaners."""
        names = list(only) if only is not None else list(DEFAULT_CHAIN)
        for name in [*enable, *disable]:
            if name not in REGISTRY:
                raise UnknownCleaner(name)
        names += [n for n in enable if n not in names]
        return cls(n for n in names if n not in set(disable))

    @property
    def names(self) -> list[str]:
        """The cleaners' names, in order."""
        return [c.name for c in self.cleaners]

    def run(self, doc: Document) -> Document:
        """Run every cleaner on ``doc`` in order; returns ``doc``."""
        for cleaner in self.cleaners:
            cleaner.apply(doc)
        return doc

    def __repr__(self) -> str:
        return f"Chain({self.names})"
