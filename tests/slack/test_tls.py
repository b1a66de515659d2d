"""Every Slack call shares the process's one TLS context (see `bot.tls` for the memory it saves)."""

from __future__ import annotations

import ssl

from slack_bolt import App, BoltContext

from bot.slack.health import probe_client
from bot.slack.retries import retrying_respond
from bot.tls import client_context


def test_the_shared_context_verifies_certificates_and_host_names() -> None:
    context = client_context()
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert client_context() is context


def test_web_api_respond_and_readiness_clients_use_the_shared_context(app: App) -> None:
    assert app.client.ssl is client_context()
    assert probe_client(app.client).ssl is client_context()
    context = BoltContext(client=app.client, response_url="https://hooks.slack.com/commands/T1/1/x")
    retrying_respond([], 5)(context)
    assert context["respond"].ssl is client_context()
