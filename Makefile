# Two commands matter: `make demo` and `make test`. Both create .venv when needed.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed-stamp

.PHONY: install system-deps test demo lint bench clean-venv fuzz

install: $(STAMP)

# setup.py compiles the join modules and their word tables, with
# cleaners/settings.py's values inlined: an edit to any reinstalls (recompiles) them.
$(STAMP): pyproject.toml setup.py cleaners/settings.py $(wildcard cleaners/joins*.py) cleaners/wordtables.py
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	# The system pip is too old to resolve trafilatura's dependency extras.
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev,spark,bench]'
	touch $(STAMP)

# The distributed-crawl tests run a real redis-server (Debian package). Installed
# here when missing and we may (root with apt-get); otherwise say how to get it.
system-deps:
	@command -v redis-server >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing redis-server (Debian package)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null; \
	  else \
	    echo "redis-server is missing: install it (apt-get install redis-server) for the Redis tests" >&2; \
	    exit 1; \
	  fi; \
	}

test: install system-deps
	$(BIN)/lint-imports --no-cache
	$(BIN)/python -m pytest -q

demo: install
	$(BIN)/newsclean clean golden/seed-00*/input.txt
	# Crawl the bundled demo news site twice (the second run fetches nothing new).
	$(BIN)/python -m spiders.demo_site

lint: install
	$(BIN)/lint-imports --no-cache
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# Fuzz cleaners.clean_text and scraper.extract with atheris for FUZZ_SECONDS each
# (not part of `make test`). New inputs go to FUZZ_DIR; a crash stops the run
# and leaves its input as FUZZ_DIR/crash-* (keep it in tests/reliability/fuzz_findings/).
FUZZ_SECONDS ?= 60
FUZZ_DIR     ?= /tmp/newsclean-fuzz
FUZZ_FLAGS    = -max_total_time=$(FUZZ_SECONDS) -timeout=60 -rss_limit_mb=3072 -print_final_stats=1 \
                -artifact_prefix=$(FUZZ_DIR)/

fuzz: install
	$(BIN)/python -c "import atheris" 2>/dev/null || $(BIN)/python -m pip install -q atheris
	mkdir -p $(FUZZ_DIR)/clean $(FUZZ_DIR)/extract
	$(BIN)/python fuzz/fuzz_clean.py $(FUZZ_FLAGS) -max_len=4096 $(FUZZ_DIR)/clean fuzz/seeds/clean
	$(BIN)/python fuzz/fuzz_extract.py $(FUZZ_FLAGS) -max_len=8192 $(FUZZ_DIR)/extract fuzz/seeds/extract

clean-venv:
	rm -rf $(VENV) build *.so cleaners/*.so
