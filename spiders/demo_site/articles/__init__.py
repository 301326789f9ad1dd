"""The demo site's articles, one text file each (header lines, a blank line, paragraphs)."""
