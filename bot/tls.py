"""The process's one TLS client context, shared by page fetches and every Slack Web API and response_url call.

Why: with OpenSSL 3, `ssl.create_default_context()` re-reads the system CA store every time: ~27 ms of CPU
(bench/bench_tls.py: an HTTPS Web API call took 59 ms with slack_sdk's default, 6 ms with this context) and
thousands of small native allocations that fragment glibc's heap. urllib, and slack_sdk's clients unless
handed a context, build one per HTTPS connection; building one per page fetch made the soak's RSS climb
(+15.7% in 5 minutes, peak 119 MB; with one shared context +2.5%, peak 71 MB).
An `SSLContext` is safe to share between threads once configured; it is built on first use, not at import.
"""

from __future__ import annotations

import ssl
from functools import cache


@cache
def client_context() -> ssl.SSLContext:
    """Certificate and host name checks on, the system's CA store, like `ssl.create_default_context()`."""
    return ssl.create_default_context()
