"""A small fake Slack: Web API methods and response_url hooks on 127.0.0.1, recording every call.

Like bolt-python's tests/mock_web_api_server, but a ThreadingHTTPServer on a free port, so tests and the
benchmark can run side by side. Answers `{"ok": true, ...}` unless a failure was queued with `fail()`, or an
HTTP-level fault (429 + Retry-After, 5xx, dropped connection) with `fault()` / `drop()`.
"""

from __future__ import annotations

import base64
import itertools
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, quote, urlsplit

BOT_USER_ID = "UBOT0001"
BOT_ID = "BBOT0001"
TEAM_ID = "T0001"
JSON_FIELDS = ("blocks", "view", "attachments", "unfurls")
BOT_TOKEN = "xoxb-test-token"
"""The token the test apps use; shared files are served only with `Authorization: Bearer <it>`."""
FILES_PATH = "/files-pri/"


@dataclass
class Call:
    path: str
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def method(self) -> str:
        """`chat.postMessage` for `/api/chat.postMessage`; `response` for a response_url hook or an answer
        in the HTTP response (`record_ack`); `via` tells them apart."""
        if self.path.startswith(FILES_PATH):
            return "file"  # a shared file's download
        return self.path.rsplit("/", 1)[-1] if self.path.startswith("/api/") else "response"

    @property
    def via(self) -> str:
        """How the answer travelled: `ack` (HTTP response body), `response_url` or `web_api`."""
        if self.path.startswith("/ack/"):
            return "ack"
        return "web_api" if self.path.startswith("/api/") else "response_url"


@dataclass(frozen=True)
class Workspace:
    """Who a token acts as: what `auth.test` answers for it."""

    team_id: str
    team: str = "Newsdesk Test"
    user_id: str = BOT_USER_ID
    bot_id: str = BOT_ID
    enterprise_id: str | None = None


DEFAULT_WORKSPACE = Workspace(TEAM_ID)
CLIENT_ID = "1111.2222"
CLIENT_SECRET = "fake-client-secret"
APP_ID = "A0NEWSDESK"


@dataclass(frozen=True)
class Fault:
    """An HTTP-level failure of one call: `status` (with Retry-After for 429), or `status=0` for a dropped
    connection (the request is read, then the socket closes with no response)."""

    status: int = 0
    retry_after: int | None = None


class FakeSlack:
    def __init__(self, on_call: Callable[[Call], None] | None = None) -> None:
        self.on_call = on_call
        """Called (in the server thread) as each call arrives: the benchmark's stopwatch."""
        self.socket_mode_url: str | None = None
        """What `apps.connections.open` hands out (tests/slack/fake_socket_mode.py); unset, it fails."""
        self.calls: list[Call] = []
        self._failures: dict[str, list[str]] = {}
        self._faults: dict[str, list[Fault]] = {}
        self.faulted: list[Call] = []
        """Calls that got a fault instead of an answer (never in `calls`: nothing was delivered)."""
        self._changed = threading.Condition()
        self._ts = itertools.count(1)
        self.files: dict[str, tuple[dict[str, Any], bytes]] = {}
        """Shared files by id: the `files.info` object and the bytes served at its private URL."""
        self.user_tz: str | None = "America/New_York"
        """What `users.info` says of every user's time zone (None: no tz in the answer)."""
        self._served: dict[str, str] = {}
        """URL path -> file id, as created (a test may point `files.info` elsewhere afterwards)."""
        self.workspaces: dict[str, Workspace] = {BOT_TOKEN: DEFAULT_WORKSPACE}
        """Bot token -> the workspace it acts in (`auth.test`); installs through OAuth add theirs."""
        self.revoked: set[str] = set()
        """Tokens that every Web API method now refuses with `token_revoked`."""
        self._codes: dict[str, dict[str, Any]] = {}
        """OAuth codes not yet exchanged -> what `oauth.v2.access` answers for each (once, like Slack)."""
        self._views = itertools.count(1)
        self._refreshable: dict[str, Workspace] = {}
        self.expires_in = 43200
        """Seconds a rotating token lives (Slack: 12 hours); a test sets less to see a rotation."""
        self.rotations = 0
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def api_url(self) -> str:
        return self.url + "/api/"

    def response_url(self, name: str = "hook") -> str:
        return f"{self.url}/response/{name}"

    def start(self) -> FakeSlack:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def fail(self, method: str, error: str, times: int = 1) -> None:
        """The next `times` calls to `method` answer `{"ok": false, "error": error}`."""
        self._failures.setdefault(method, []).extend([error] * times)

    def fault(self, method: str, status: int, times: int = 1, retry_after: int | None = None) -> None:
        """The next `times` calls to `method` (`response` for response_url hooks) answer HTTP `status`."""
        with self._changed:
            self._faults.setdefault(method, []).extend([Fault(status, retry_after)] * times)

    def drop(self, method: str, times: int = 1) -> None:
        """The next `times` calls to `method` are read, then the connection closes without a response."""
        self.fault(method, 0, times)

    def recover(self) -> None:
        """Forget every queued fault: the API is back."""
        with self._changed:
            self._faults.clear()

    def _take_fault(self, call: Call) -> Fault | None:
        with self._changed:
            queued = self._faults.get(call.method)
            if not queued:
                return None
            self.faulted.append(call)
            return queued.pop(0)

    def record_ack(self, name: str, body: dict[str, Any]) -> Call:
        """Record a message the app put in its HTTP response (the test, playing Slack, received it) as a
        call to `/ack/<name>`. Its `method` is `response`, like a response_url post: Slack shows both
        alike."""
        call = Call(f"/ack/{name}", body)
        with self._changed:
            self.calls.append(call)
            self._changed.notify_all()
        return call

    def add_file(self, name: str, data: bytes, mimetype: str, filetype: str, **info: Any) -> dict[str, Any]:
        """A file shared in Slack: `files.info` answers with it (shaped like Slack's), and its private URL
        serves `data` to the bot token. `info` overrides fields (a foreign `url_private_download`, a size)."""
        file_id = f"F{len(self.files) + 1:07d}"
        path = f"{FILES_PATH}{TEAM_ID}-{file_id}/"
        self._served.update({path + quote(name): file_id, f"{path}download/{quote(name)}": file_id})
        file = {
            "id": file_id,
            "created": 1700000000,
            "timestamp": 1700000000,
            "name": name,
            "title": name,
            "mimetype": mimetype,
            "filetype": filetype,
            "pretty_type": filetype.upper(),
            "user": "U0USER01",
            "editable": False,
            "size": len(data),
            "mode": "hosted",
            "is_external": False,
            "external_type": "",
            "is_public": False,
            "public_url_shared": False,
            "display_as_bot": False,
            "url_private": f"{self.url}{path}{quote(name)}",
            "url_private_download": f"{self.url}{path}download/{quote(name)}",
            **info,
        }
        self.files[file_id] = (file, data)
        return file

    def authorize(
        self,
        team_id: str,
        team: str = "Another Workspace",
        *,
        user: str = "U0INSTALL1",
        scopes: tuple[str, ...] = ("chat:write", "commands"),
        enterprise_id: str | None = None,
        org_wide: bool = False,
        refresh: bool = False,
    ) -> str:
        """A person approved the install on Slack's page: the `code` Slack puts in the redirect. Exchanged
        once with `oauth.v2.access` for a bot token of its own (`xoxb-<team>-<n>`)."""
        n = len(self._codes) + len(self.workspaces)
        code = f"code-{team_id}-{n}"
        token = f"xoxb-{(enterprise_id if org_wide else team_id)}-{n}"
        bot_user = f"UB{team_id}"
        self.workspaces[token] = Workspace(team_id, team, bot_user, f"BB{team_id}", enterprise_id)
        answer: dict[str, Any] = {
            "ok": True,
            "app_id": APP_ID,
            "authed_user": {"id": user},
            "scope": ",".join(scopes),
            "token_type": "bot",
            "access_token": token,
            "bot_user_id": bot_user,
            "team": None if org_wide else {"id": team_id, "name": team},
            "enterprise": {"id": enterprise_id, "name": "Grid Org"} if enterprise_id else None,
            "is_enterprise_install": org_wide,
        }
        if refresh:
            answer |= {"refresh_token": f"xoxe-1-{team_id}-{n}", "expires_in": self.expires_in}
            self._refreshable[f"xoxe-1-{team_id}-{n}"] = self.workspaces[token]
        self._codes[code] = answer
        return code

    def token_of(self, call: Call) -> str | None:
        auth = call.headers.get("Authorization") or ""
        return auth.removeprefix("Bearer ") if auth.startswith("Bearer ") else call.body.get("token")

    def reset(self) -> None:
        with self._changed:
            self.calls.clear()

    def to(self, method: str) -> list[Call]:
        with self._changed:
            return [call for call in self.calls if call.method == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 5.0) -> list[Call]:
        """Block until `method` was called `count` times (listeners answer after the ack, in a thread)."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                calls = [call for call in self.calls if call.method == method]
                left = deadline - time.monotonic()
                if len(calls) >= count or left <= 0:
                    break
                self._changed.wait(left)
        assert len(calls) >= count, f"{method}: {len(calls)} calls, wanted {count}; saw {self.calls}"
        return calls

    def payloads(self) -> str:
        """Everything the bot sent, as one string, for "never appears raw" checks."""
        with self._changed:
            return "\n".join(json.dumps(call.body, ensure_ascii=False) for call in self.calls)

    def _record(self, call: Call) -> dict[str, Any] | None:
        if self.on_call is not None:
            self.on_call(call)
        with self._changed:
            self.calls.append(call)
            self._changed.notify_all()
            queued = self._failures.get(call.method)
            if queued:
                return {"ok": False, "error": queued.pop(0)}
        return None

    def _oauth_access(self, call: Call) -> dict[str, Any]:
        """`oauth.v2.access`: the app's credentials (HTTP Basic or form fields) and a code, good once."""

        auth = call.headers.get("Authorization") or ""
        if auth.startswith("Basic "):
            client_id, _, secret = base64.b64decode(auth[6:]).decode().partition(":")
        else:
            client_id, secret = call.body.get("client_id", ""), call.body.get("client_secret", "")
        if (client_id, secret) != (CLIENT_ID, CLIENT_SECRET):
            return {"ok": False, "error": "invalid_client_id"}
        if call.body.get("grant_type") == "refresh_token":
            return self._refresh(call.body.get("refresh_token", ""))
        answer = self._codes.pop(call.body.get("code", ""), None)
        return answer if answer is not None else {"ok": False, "error": "invalid_code"}

    def _refresh(self, refresh_token: str) -> dict[str, Any]:
        """Token rotation: a refresh token (good once) for a new access token and refresh token."""
        old = self._refreshable.pop(refresh_token, None)
        if old is None:
            return {"ok": False, "error": "invalid_refresh_token"}
        n = len(self.workspaces)
        token, refresh = f"xoxe.xoxb-{old.team_id}-r{n}", f"xoxe-1-{old.team_id}-r{n}"
        self.workspaces[token] = old
        self._refreshable[refresh] = old
        self.rotations += 1
        return {
            "ok": True,
            "token_type": "bot",
            "access_token": token,
            "refresh_token": refresh,
            "expires_in": self.expires_in,
            "team": {"id": old.team_id, "name": old.team},
            "enterprise": None,
            "is_enterprise_install": False,
        }

    def _answer(self, call: Call) -> dict[str, Any]:
        if call.method == "oauth.v2.access":
            return self._oauth_access(call)
        if call.method == "api.test":
            return {"ok": True}
        token = self.token_of(call)
        if token in self.revoked:
            return {"ok": False, "error": "token_revoked"}
        if call.method == "views.open" or call.method == "views.update" or call.method == "views.push":
            view = call.body.get("view") or {}
            return {"ok": True, "view": {"id": f"V{next(self._views):07d}", **view}}
        if call.method == "chat.postEphemeral":
            return {"ok": True, "message_ts": f"1700000000.{next(self._ts):06d}"}
        if call.method == "apps.connections.open":
            if self.socket_mode_url is None:
                return {"ok": False, "error": "not_allowed_token_type"}
            return {"ok": True, "url": self.socket_mode_url}
        if call.method == "auth.test":
            who = self.workspaces.get(token or "", DEFAULT_WORKSPACE)
            return {
                "ok": True,
                "url": "https://newsdesk-test.slack.com/",
                "team": who.team,
                "user": "newsdesk",
                "team_id": who.team_id,
                "user_id": who.user_id,
                "bot_id": who.bot_id,
                **({"enterprise_id": who.enterprise_id} if who.enterprise_id else {}),
            }
        if call.method == "chat.postMessage":
            ts = f"1700000000.{next(self._ts):06d}"
            return {"ok": True, "channel": call.body.get("channel"), "ts": ts, "message": {"ts": ts}}
        if call.method == "users.info":
            user = {"id": call.body.get("user"), "name": "reader"}
            return {"ok": True, "user": {**user, "tz": self.user_tz} if self.user_tz else user}
        if call.method == "chat.update":
            return {"ok": True, "channel": call.body.get("channel"), "ts": call.body.get("ts")}
        if call.method == "views.publish":
            return {"ok": True, "view": {"id": "V0001", **(call.body.get("view") or {})}}
        if call.method == "files.info":
            shared = self.files.get(call.body.get("file", ""))
            if shared is None:
                return {"ok": False, "error": "file_not_found"}
            return {"ok": True, "file": shared[0], "comments": [], "response_metadata": {"next_cursor": ""}}
        return {"ok": True}

    def _download(self, call: Call) -> tuple[bytes, str]:
        """A private file's bytes for the bot token; otherwise, like Slack, a sign-in page (HTML, 200)."""
        shared = self.files.get(self._served.get(call.path, ""))
        token = self.token_of(call)
        if shared is None or token not in self.workspaces or token in self.revoked:
            return b"<html><body>Sign in to Slack</body></html>", "text/html; charset=utf-8"
        return shared[1], shared[0]["mimetype"]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                """GET Web API methods (slack_sdk sends `files.info` as GET) and shared-file downloads."""
                parts = urlsplit(self.path)
                call = Call(parts.path, dict(parse_qsl(parts.query)), dict(self.headers))
                failure = fake._record(call)
                if call.method == "file":
                    self._send(*fake._download(call))
                    return
                answer = failure or fake._answer(call)
                self._send(json.dumps(answer).encode(), "application/json; charset=utf-8")

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode("utf-8")
                call = Call(
                    self.path, parse_body(raw, self.headers.get("Content-Type", "")), dict(self.headers)
                )
                fault = fake._take_fault(call)
                if fault is not None:
                    self._fail(fault)
                    return
                failure = fake._record(call)
                if call.method == "response":
                    self._send(b"ok", "text/plain") if failure is None else self._send(
                        b"invalid", "text/plain"
                    )
                    return
                answer = failure or fake._answer(call)
                self._send(json.dumps(answer).encode(), "application/json; charset=utf-8")

            def _fail(self, fault: Fault) -> None:
                if fault.status == 0:
                    self.close_connection = True
                    return
                if fault.status == 429:
                    self._send(b'{"ok": false, "error": "ratelimited"}', "application/json", fault)
                else:  # Slack's load balancers answer 5xx with HTML, not the API's JSON
                    self._send(b"<html>Service Unavailable</html>", "text/html", fault)

            def _send(self, data: bytes, content_type: str, fault: Fault | None = None) -> None:
                self.send_response(fault.status if fault else 200)
                if fault is not None and fault.retry_after is not None:
                    self.send_header("Retry-After", str(fault.retry_after))
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler


def parse_body(raw: str, content_type: str) -> dict[str, Any]:
    if not raw:
        return {}
    if "json" in content_type:
        return json.loads(raw)
    body: dict[str, Any] = dict(parse_qsl(raw, keep_blank_values=True))
    for name in JSON_FIELDS:
        if isinstance(body.get(name), str):
            body[name] = json.loads(body[name])
    return body
