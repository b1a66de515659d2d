"""HTTPS Web API calls: slack_sdk's default (a TLS context built per call) against one shared context.

Run: python3 bench/bench_tls.py [--calls 400] [--threads 4]
Why it matters: with OpenSSL 3 every `ssl.create_default_context()` re-reads the system CA store, and
urllib (so slack_sdk's WebClient and WebhookClient, given no `ssl=`) builds one per HTTPS connection. The
soak benchmark talks plain HTTP to its fake Slack, so it cannot show this; here a local HTTPS fake of
`chat.postMessage` (self-signed certificate, trusted through `SSL_CERT_FILE` = the system CA bundle plus
it, so both sides load the full store) is called by two child processes, one per way, `--threads` at a
time. Printed: wall time and CPU per call (p50) and the child's RSS after the calls, with the ratio.
Needs the `openssl` command. Writes nothing but a temporary directory, deleted at exit.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_slack import rss_mb  # noqa: E402

CERT_COMMAND = [
    "openssl",
    "req",
    "-x509",
    "-newkey",
    "rsa:2048",
    "-nodes",
    "-days",
    "1",
    "-subj",
    "/CN=localhost",
]
WAYS = {"per call": "slack_sdk default (ssl=None)", "shared": "bot.tls.client_context()"}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = json.dumps({"ok": True, "channel": "C1", "ts": "1.0"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


def https_fake(workdir: Path) -> tuple[ThreadingHTTPServer, Path]:
    """A TLS server on 127.0.0.1 for `localhost`, and a CA bundle (system store + its certificate)."""
    key, cert = workdir / "key.pem", workdir / "cert.pem"
    subprocess.run(
        [*CERT_COMMAND, "-addext", "subjectAltName=DNS:localhost", "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )
    bundle = workdir / "bundle.pem"
    system = ssl.get_default_verify_paths().cafile
    bundle.write_bytes((Path(system).read_bytes() if system else b"") + b"\n" + cert.read_bytes())
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    return server, bundle


def child(way: str, api_url: str, calls: int, threads: int) -> None:
    """Runs in the child process: `calls` chat.postMessage calls, prints its figures as JSON."""
    from slack_sdk import WebClient

    from bot.tls import client_context

    client = WebClient(
        token="xoxb-bench", base_url=api_url, ssl=client_context() if way == "shared" else None
    )
    client.chat_postMessage(channel="C1", text="warm-up")  # imports and, for "shared", the one context
    walls: list[float] = []
    cpus: list[float] = []

    def call(_: int) -> None:
        began, cpu = time.perf_counter(), time.thread_time()
        client.chat_postMessage(channel="C1", text="hello")
        walls.append(time.perf_counter() - began)
        cpus.append(time.thread_time() - cpu)

    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(call, range(calls)))
    usage = resource.getrusage(resource.RUSAGE_SELF)
    figures = {
        "wall_ms": statistics.median(walls) * 1000,
        "cpu_ms": statistics.median(cpus) * 1000,
        "rss_mb": rss_mb(os.getpid())[0],
        "peak_mb": usage.ru_maxrss / 1024,
    }
    print(json.dumps(figures))


def run_child(way: str, api_url: str, bundle: Path, calls: int, threads: int) -> dict[str, float]:
    env = {**os.environ, "SSL_CERT_FILE": str(bundle), "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [
            sys.executable,
            __file__,
            "--child",
            way,
            "--api-url",
            api_url,
            "--calls",
            str(calls),
            "--threads",
            str(threads),
        ],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=400)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--child", choices=tuple(WAYS))
    parser.add_argument("--api-url")
    args = parser.parse_args()
    if args.child:
        child(args.child, args.api_url, args.calls, args.threads)
        return
    with tempfile.TemporaryDirectory(prefix="newsdesk-tls-") as workdir:
        server, bundle = https_fake(Path(workdir))
        api_url = f"https://localhost:{server.server_address[1]}/api/"
        try:
            results = {way: run_child(way, api_url, bundle, args.calls, args.threads) for way in WAYS}
        finally:
            server.shutdown()
            server.server_close()
    print(f"{args.calls} HTTPS chat.postMessage calls, {args.threads} at a time, each way in its own process")
    print(f"{'':<36}{'wall p50 ms':>12}{'CPU p50 ms':>12}{'RSS MB':>9}{'peak MB':>9}")
    for way, label in WAYS.items():
        r = results[way]
        print(f"{label:<36}{r['wall_ms']:>12.2f}{r['cpu_ms']:>12.2f}{r['rss_mb']:>9.1f}{r['peak_mb']:>9.1f}")
    per_call, shared = results["per call"], results["shared"]
    print(
        f"{'shared / per call':<36}"
        + "".join(
            f"{shared[k] / per_call[k]:>{w}.2f}x"
            for k, w in (("wall_ms", 11), ("cpu_ms", 11), ("rss_mb", 8), ("peak_mb", 8))
        )
    )


if __name__ == "__main__":
    main()
