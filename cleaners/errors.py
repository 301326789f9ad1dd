"""Exception types. An input problem is a :class:`NewscleanError` subclass whose
message is one line a user can act on; anything else is a bug and keeps its
traceback."""


class NewscleanError(Exception):
    """Base of every error newsclean reports to a user as one line."""


class InputError(NewscleanError):
    """An input cannot be read or is not a document (missing, binary, too large)."""


class FetchError(NewscleanError):
    """A URL could not be fetched (unreachable, timeout, HTTP error)."""


class ExtractionError(NewscleanError):
    """A page gave no article text."""
