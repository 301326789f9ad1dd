"""A record's peak memory grows with its size, at most ``RATIO`` times it.

Each case runs ``newsclean clean`` as a subprocess on a generated record and
reads its peak resident memory (``wait4``); the growth is that peak minus the
peak on a tiny record of the same kind (the loaded stack). Before the cleaners
read large documents in bounded windows, a one-paragraph text of 4 MiB grew
the peak by ~130 MB (32x its size), and a 19 MB one-paragraph record under
the default ``--max-size`` took 609 MB. Memory is not speed: the bound holds
on any machine, with room to spare (measured: 3.6-4.2x at 4 MiB).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.memory import MIB, growth

#: The bound documented in docs/reliability.md for text records.
RATIO = 5.0
SIZE = 4 * MIB


@pytest.mark.parametrize("kind", ["text-one", "text-many", "jsonl-text"])
def test_peak_memory_of_a_large_text_record_is_at_most_five_times_its_size(
    kind: str, tmp_path: Path
) -> None:
    size, grown, code = growth(kind, SIZE, tmp_path, "--max-size", str(2 * SIZE))
    assert code == 0
    assert grown <= RATIO * size, f"{kind}: {grown / MIB:.0f} MiB for {size / MIB:.1f} MiB"
