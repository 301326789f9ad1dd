"""The extraction's time budget: the alarm must stop the work it bounds."""

from __future__ import annotations

import signal
import time

import pytest

from scraper.extraction import _OutOfTime, _time_limit


def test_the_budget_interrupts_work_that_runs_past_it() -> None:
    started = time.monotonic()
    with pytest.raises(_OutOfTime), _time_limit(0.05):
        while time.monotonic() - started < 3:
            pass
    assert time.monotonic() - started < 1


def test_an_alarm_swallowed_where_it_landed_fires_again() -> None:
    # Python drops an exception raised in a garbage-collector callback or a
    # __del__; the budget must still end the block, not let it run on
    swallowed = 0
    started = time.monotonic()
    with pytest.raises(_OutOfTime), _time_limit(0.05):
        while time.monotonic() - started < 3:
            try:
                while time.monotonic() - started < 3:
                    pass
            except _OutOfTime:
                swallowed += 1
                if swallowed > 1:
                    raise
    assert swallowed == 2
    assert time.monotonic() - started < 1


def test_work_within_the_budget_is_left_alone_and_the_alarm_is_off_after() -> None:
    handler = signal.getsignal(signal.SIGALRM)
    with _time_limit(0.2):
        total = sum(range(1000))
    assert total == 499500
    time.sleep(0.3)  # a stray alarm would raise here
    assert signal.getsignal(signal.SIGALRM) is handler


def test_an_outer_timer_that_fires_first_is_kept() -> None:
    fired: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda signum, frame: fired.append(signum))
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.05)
        with _time_limit(5):
            time.sleep(0.2)
        assert fired == [signal.SIGALRM]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
