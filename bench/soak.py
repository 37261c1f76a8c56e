"""Soak: the service under a steady writer and four readers, then a restart.

Starts ``python -m api`` (uvicorn, query workers) on a fresh on-disk store in a temporary
directory on loopback. Four reader threads send SPARQL queries without pause while one
writer posts synthetic articles (``bench/synth.py``) through ``POST /articles``: mostly
new ones, every fourth a re-post of an earlier one (a replace). When the writer is done,
or the time bound is reached, it measures ``ASK {}``, stops the server (SIGTERM) and
times a restart on the same store until ``ASK {}`` answers.

Prints read p50/p99 per minute, the 503 count, ASK {} latency at the end and the restart
time. What issue 14 saw without the fix: every query 503 after about 90 writes.

Run: ``.venv/bin/python bench/soak.py [--writes 500] [--max-seconds 1800]``
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from synth import articles

TOKEN = "soak"
READS = [
    "ASK {}",
    "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?c a gk:Claim } }",
    "SELECT ?label WHERE { GRAPH ?g { ?a a gk:Actor ; rdfs:label ?label } } ORDER BY ?label LIMIT 20",
    "SELECT ?c ?q WHERE { GRAPH ?g { ?c gk:epistemicStatus ?s ; gk:quote ?q } } LIMIT 50",
]


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(data_dir: Path, port: int, log: Path) -> tuple[subprocess.Popen, float]:
    """``python -m api`` on ``data_dir``; returns it and the seconds until ASK {} answered."""
    env = {
        **os.environ,
        "GEOKB_DATA_DIR": str(data_dir),
        "GEOKB_STORE": "",
        "GEOKB_PORT": str(port),
        "GEOKB_TOKEN": TOKEN,
        "GEOKB_ACCESS_LOG": "false",
    }
    started = time.perf_counter()
    out = log.open("a")
    proc = subprocess.Popen([sys.executable, "-m", "api"], env=env, stdout=out, stderr=out)
    url = f"http://127.0.0.1:{port}"
    while True:
        try:
            if httpx.get(url + "/sparql", params={"query": "ASK {}"}, timeout=5).status_code == 200:
                return proc, time.perf_counter() - started
        except httpx.HTTPError:
            pass
        if proc.poll() is not None or time.perf_counter() - started > 300:
            proc.kill()
            raise SystemExit(f"the server did not start; see {log}")
        time.sleep(0.1)


def stop_server(proc: subprocess.Popen) -> float:
    started = time.perf_counter()
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=120)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    return time.perf_counter() - started


def reader(url: str, stop: threading.Event, out: list[tuple[float, float, int]], offset: int) -> None:
    with httpx.Client(base_url=url, timeout=60) as client:
        i = offset
        while not stop.is_set():
            q = READS[i % len(READS)]
            i += 1
            t = time.perf_counter()
            try:
                status = client.get(
                    "/sparql", params={"query": q}, headers={"Accept": "text/csv"}
                ).status_code
            except httpx.HTTPError:
                status = 0
            out.append((t, time.perf_counter() - t, status))


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(p * len(values)))] if values else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writes", type=int, default=500)
    parser.add_argument("--max-seconds", type=float, default=1800)
    parser.add_argument("--readers", type=int, default=4)
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="geokb-soak-"))
    data_dir, log, port = tmp / "store", tmp / "server.log", free_port()
    url = f"http://127.0.0.1:{port}"
    proc, first_start = start_server(data_dir, port, log)
    print(f"server up in {first_start:.1f} s (first run builds the bundled article); log: {log}")

    reads: list[tuple[float, float, int]] = []
    stop = threading.Event()
    threads = [
        threading.Thread(target=reader, args=(url, stop, reads, k), daemon=True) for k in range(args.readers)
    ]
    t0 = time.perf_counter()
    for t in threads:
        t.start()

    corpus = list(articles(args.writes, actors=1500, seed=14))
    writes: list[tuple[float, float, int]] = []
    posted: list[int] = []
    with httpx.Client(base_url=url, timeout=300, headers={"Authorization": f"Bearer {TOKEN}"}) as client:
        new = 0
        for k in range(args.writes):
            if time.perf_counter() - t0 > args.max_seconds:
                print(f"time bound reached after {k} writes")
                break
            if k % 4 == 3 and posted:  # a re-post: replaces an article already there
                data, text = corpus[posted[(k * 7) % len(posted)]]
            else:
                data, text = corpus[new]
                posted.append(new)
                new += 1
            t = time.perf_counter()
            try:
                status = client.post("/articles", json={"annotation": data, "text": text}).status_code
            except httpx.HTTPError:
                status = 0
            writes.append((t, time.perf_counter() - t, status))
            if (k + 1) % 50 == 0:
                recent = [r for r in reads if r[0] > t0 + 0.0 and r[0] > time.perf_counter() - 60]
                print(
                    f"  {k + 1} writes at {time.perf_counter() - t0:.0f} s; last minute: "
                    f"read p50 {pct([r[1] for r in recent], 0.5) * 1000:.0f} ms, "
                    f"p99 {pct([r[1] for r in recent], 0.99) * 1000:.0f} ms",
                    flush=True,
                )
    stop.set()
    for t in threads:
        t.join(timeout=120)
    elapsed = time.perf_counter() - t0

    asks = []
    with httpx.Client(base_url=url, timeout=60) as client:
        for _ in range(10):
            t = time.perf_counter()
            r = client.get("/sparql", params={"query": "ASK {}"})
            asks.append((time.perf_counter() - t, r.status_code))
    stop_time = stop_server(proc)
    proc, restart = start_server(data_dir, port, log)
    stop_server(proc)

    print(
        f"\n{len(writes)} writes ({len(posted)} new articles, {len(writes) - len(posted)} re-posts) "
        f"in {elapsed:.0f} s; write statuses {dict(Counter(w[2] for w in writes))}; "
        f"write p50 {pct([w[1] for w in writes], 0.5):.2f} s, p99 {pct([w[1] for w in writes], 0.99):.2f} s"
    )
    print(
        f"{len(reads)} reads; statuses {dict(Counter(r[2] for r in reads))}; "
        f"503: {sum(1 for r in reads if r[2] == 503)}"
    )
    print("\nminute  reads  p50 ms  p99 ms  writes")
    minutes = int(elapsed // 60) + 1
    for m in range(minutes):
        lat = [r[1] for r in reads if m * 60 <= r[0] - t0 < (m + 1) * 60]
        nw = sum(1 for w in writes if m * 60 <= w[0] - t0 < (m + 1) * 60)
        print(f"{m:6d}  {len(lat):5d}  {pct(lat, 0.5) * 1000:6.0f}  {pct(lat, 0.99) * 1000:6.0f}  {nw:6d}")
    lat = [a[0] * 1000 for a in asks]
    print(
        f"\nASK {{}} at the end: median {statistics.median(lat):.0f} ms, max {max(lat):.0f} ms, "
        f"statuses {dict(Counter(a[1] for a in asks))}"
    )
    print(f"stop (SIGTERM to exit): {stop_time:.1f} s; restart until ASK {{}} answers: {restart:.1f} s")
    du = subprocess.run(["du", "-sh", str(data_dir)], capture_output=True, text=True).stdout.split()[0]
    print(f"store on disk: {du}")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
