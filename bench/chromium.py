"""Debian's Chromium and the flags the graph page is tested and benchmarked with.

Headless, and with Chromium's own background traffic off, so that any request seen is the
page's. Test and benchmark setup, not library code: ``tests/test_graph_page.py`` and
``bench/graph_page.py`` both read it from here.
"""

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
