"""Imported once by the extraction pool's fork server: ties the fork server
to the crawl process (so that a killed crawl takes it and its workers along)
and loads the extraction stack (trafilatura, the cleaner chain and its word
lists), so that every worker forked from it starts ready, sharing that
memory, instead of loading it again (see :func:`spiders.pool.pool_context`)."""

from spiders.workers import die_with_parent, load_extraction_stack

die_with_parent()
load_extraction_stack()
