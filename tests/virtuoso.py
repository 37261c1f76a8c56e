"""A throw-away Virtuoso on loopback, for the tests and the benchmarks (Debian's virtuoso-opensource).

:func:`virtuoso_server` writes a ``virtuoso.ini`` into an empty directory (database, log and
transaction files all there, HTTP and ISQL on free 127.0.0.1 ports), runs ``virtuoso-t`` in
the foreground, waits until ``/sparql`` answers, grants what geokb needs, and stops it at the
end. Nothing of the system service (``/etc/virtuoso-opensource-7``, port 8890) is used.

The SPARQL user gets the ``SPARQL_UPDATE`` role, so the plain ``/sparql`` endpoint takes
updates: fine for a database that lives on loopback for one test session, never for a
shared server (the README says what to do there: a user of its own behind ``/sparql-auth``).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

__all__ = ["VIRTUOSO", "Virtuoso", "VirtuosoMissing", "isql", "virtuoso_server"]

VIRTUOSO = "virtuoso-t"
ISQL = "isql-vt"


class VirtuosoMissing(RuntimeError):
    """``virtuoso-t`` or ``isql-vt`` is not installed (``apt-get install virtuoso-opensource``)."""


_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{isql}
DisableUnixSocket = 1
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
DirsAllowed = ., {d}
; geokb pages through large answers with ORDER BY ... LIMIT/OFFSET (10,000 rows by default)
MaxSortedTopRows = 10000000
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
ServerThreads = 8
MaxClientConnections = 8
[SPARQL]
; whole answers or an error: no row cap, and no "anytime" partial answer on a time limit
ResultSetMaxRows = 1000000
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime = 0
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def isql(port: int, *statements: str) -> str:
    """Run SQL statements as dba through ``isql-vt`` (the database's default password)."""
    script = "".join(s.rstrip().rstrip(";") + ";\n" for s in statements)
    done = subprocess.run(
        [ISQL, f"127.0.0.1:{port}", "dba", "dba", "VERBOSE=OFF", "ERRORS=STDOUT"],
        input=script,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 0 or "*** Error" in done.stdout:
        raise RuntimeError(f"isql-vt failed: {done.stdout}{done.stderr}")
    return done.stdout


@dataclass(frozen=True)
class Virtuoso:
    """A running server: its ``/sparql`` URL, ISQL port and process."""

    url: str
    isql_port: int
    process: subprocess.Popen


@contextmanager
def virtuoso_server(directory: Path, *, memory_mb: int = 256) -> Iterator[Virtuoso]:
    """Virtuoso on free loopback ports with its database in ``directory`` (new, or one it left).

    ``memory_mb`` sizes its page buffers (8 KB each); the benchmark gives it more.
    """
    binary = shutil.which(VIRTUOSO)
    if binary is None or shutil.which(ISQL) is None:
        raise VirtuosoMissing(f"{VIRTUOSO} is not installed (Debian: apt-get install virtuoso-opensource)")
    directory.mkdir(parents=True, exist_ok=True)
    http, isql_port = _free_port(), _free_port()
    buffers = memory_mb * 1024 // 8
    ini = directory / "virtuoso.ini"
    ini.write_text(
        _INI.format(d=directory, isql=isql_port, http=http, buffers=buffers, dirty=buffers * 3 // 4), "utf-8"
    )
    log = (directory / "stdout.log").open("wb")
    proc = subprocess.Popen(
        [binary, "+foreground", "+configfile", str(ini)], cwd=directory, stdout=log, stderr=subprocess.STDOUT
    )
    url = f"http://127.0.0.1:{http}/sparql"
    try:
        deadline = time.monotonic() + 120  # a new database is created first (a few seconds)
        while True:
            try:
                if httpx.get(url, params={"query": "ASK {}"}, timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"virtuoso-t did not start: see {directory / 'virtuoso.log'}")
            time.sleep(0.1)
        if not (directory / "granted").exists():  # a database directory used again has it
            isql(isql_port, 'GRANT SPARQL_UPDATE TO "SPARQL"')
            (directory / "granted").touch()
        yield Virtuoso(url, isql_port, proc)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        log.close()
