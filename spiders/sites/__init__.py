"""Site profiles (TOML data), one file per site: ``newsclean crawl --site NAME``."""
