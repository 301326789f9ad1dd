"""A real ``redis-server`` for the distributed-crawl tests.

:class:`RedisServer` runs the Debian package's binary on 127.0.0.1, on a free
port, with its files in a temporary directory: no persistence by default, an
append-only file with ``persistent=True`` (a stopped and restarted server then
keeps its data). ``make test`` installs the package when it is missing; the
tests are skipped without it.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

LOOPBACK = "127.0.0.1"
START_TIMEOUT = 20.0
REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind((LOOPBACK, 0))
        return int(s.getsockname()[1])


class RedisServer:
    """One redis-server process; :meth:`stop` and :meth:`start` keep the port."""

    def __init__(self, directory: Path, persistent: bool = False) -> None:
        self.directory = directory
        self.persistent = persistent
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://{LOOPBACK}:{self.port}/0"

    def client(self) -> redis.Redis:
        return redis.Redis(host=LOOPBACK, port=self.port, db=0)

    def start(self) -> RedisServer:
        """Start the server and wait until it answers PING."""
        persistence = (
            ["--appendonly", "yes", "--appendfsync", "always"]
            if self.persistent
            else ["--appendonly", "no"]
        )
        command = [
            REDIS_SERVER,
            "--bind",
            LOOPBACK,
            "--port",
            str(self.port),
            "--dir",
            str(self.directory),
            "--save",
            "",
            "--protected-mode",
            "yes",
            *persistence,
        ]
        log = open(self.directory / "redis.log", "ab")  # noqa: SIM115 - the child keeps it
        self.proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        log.close()
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                if self.client().ping():
                    return self
            except redis.exceptions.RedisError:
                pass
            if self.proc.poll() is not None or time.monotonic() > deadline:
                tail = (self.directory / "redis.log").read_text(errors="replace")[-2000:]
                raise RuntimeError(f"redis-server did not start:\n{tail}")
            time.sleep(0.05)

    def stop(self) -> None:
        """Stop the server (SIGTERM: it writes its append-only file first)."""
        if self.proc is None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.proc = None


def require_redis_server() -> None:
    """Skip the test when the redis-server binary is missing."""
    if not Path(REDIS_SERVER).exists():
        pytest.skip("redis-server is not installed (make test installs it)")


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    """A throwaway redis-server without persistence."""
    require_redis_server()
    directory = tmp_path / "redis"
    directory.mkdir()
    server = RedisServer(directory).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def persistent_redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    """A redis-server with an append-only file: it can be stopped and restarted."""
    require_redis_server()
    directory = tmp_path / "redis"
    directory.mkdir()
    server = RedisServer(directory, persistent=True).start()
    try:
        yield server
    finally:
        server.stop()
