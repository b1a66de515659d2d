"""Settings, read once from the environment and `.env`; nothing else in the bot reads os.environ."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

SEED_ARTICLE = Path(__file__).resolve().parent.parent / "seeds" / "000_afde03f68720c260.txt"
DEFAULT_API_URL = "https://slack.com/api/"
DEFAULT_DB = Path.home() / ".local" / "share" / "newsdesk" / "library.db"
"""Under the user's data dir (XDG layout); platformdirs would add little for one Linux-first path."""


class SettingsError(ValueError):
    """A setting needed for the chosen mode is missing; the CLI turns this into exit code 2."""

    def __init__(self, missing: tuple[str, ...], purpose: str) -> None:
        self.missing = missing
        names = ", ".join(missing)
        super().__init__(f"{names} must be set to {purpose} (in the environment or .env; see .env.example).")


@dataclass(frozen=True)
class SlackCredentials:
    """The secrets Bolt needs, as plain strings only at the hand-over; kept out of repr so never logged.
    `bot_token` is empty when installations (OAuth) give each workspace its own."""

    bot_token: str = field(repr=False)
    signing_secret: str = field(repr=False)


@dataclass(frozen=True)
class OAuthCredentials:
    """What installing into any workspace needs: the app's client id and secret, and the secret that signs
    the OAuth `state` (so a forged one is refused before the database is asked)."""

    client_id: str
    client_secret: str = field(repr=False)
    state_secret: str = field(repr=False)
    redirect_uri: str | None = None


OAUTH_SETTINGS = ("SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SLACK_STATE_SECRET")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    slack_bot_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_app_token: SecretStr | None = None
    slack_api_url: str = DEFAULT_API_URL
    slack_client_id: str = ""
    """With SLACK_CLIENT_SECRET and SLACK_STATE_SECRET: install into any number of workspaces through OAuth
    (`/slack/install`); each workspace is then answered with its own token and SLACK_BOT_TOKEN is unused."""
    slack_client_secret: SecretStr | None = None
    slack_state_secret: SecretStr | None = None
    """Any long random string: signs the OAuth `state` of each install."""
    slack_redirect_uri: str = ""
    """The OAuth redirect URL (https://your.host/slack/oauth_redirect) when the app lists several; empty:
    the one in the app's settings."""
    newsdesk_article: Path = SEED_ARTICLE
    newsdesk_published: date | None = None
    """The publication date of NEWSDESK_ARTICLE (YYYY-MM-DD), for a story that dates itself nowhere or
    wrongly; `--published` on the command line wins over it."""
    newsdesk_db: Path = DEFAULT_DB
    """The article library (SQLite); NEWSDESK_DB overrides it."""
    database_url: SecretStr | None = None
    """postgresql://user:password@host:port/db: a library shared by several bot instances (wins over
    NEWSDESK_DB); secret because it may hold a password."""
    fetch_timeout: float = Field(default=10.0, gt=0)
    """Seconds to wait for a page (connect, and between reads) when loading a link."""
    fetch_deadline: float = Field(default=20.0, gt=0)
    """Seconds a whole page or file download may take, redirects included, however the bytes trickle in."""
    load_threads: int = Field(default=4, ge=1, le=32)
    """Threads that load articles (download, extraction, parse), apart from those that ack and answer."""
    load_queue: int = Field(default=8, ge=0, le=256)
    """Loads that may wait for a load thread; past that a load is refused as busy and /healthz says 503."""
    load_deadline: float = Field(default=45.0, gt=0)
    """Seconds one load may take from the request on, waiting in the queue included."""
    extract_seconds: float = Field(default=15.0, gt=0)
    """Seconds the separate process reading one web page or PDF may run before it is killed."""
    extract_memory_mb: int = Field(default=1024, ge=128)
    """Address space that process may use (MB): a document that needs more is refused."""
    fetch_max_bytes: int = Field(default=5 * 1024 * 1024, ge=1024)
    """Larger pages are refused, read in chunks so a huge response never sits in memory."""
    fetch_allow_private: bool = False
    """Allow links to private/loopback hosts (tests, intranets); off so Slack users cannot probe ours."""
    newsdesk_unfurl_domains: str = ""
    """Comma-separated news domains whose links get a preview (headline, gist, key date); empty: none.
    List the same domains under `unfurl_domains` in the app manifest."""
    newsdesk_feed_interval: int = Field(default=600, ge=1)
    """Seconds between two polls of one followed feed, at least (a feed's own `ttl` may ask for longer)."""
    newsdesk_tz: str = ""
    """The time zone of every digest schedule (e.g. Europe/London); empty: the scheduling user's zone
    from Slack's users.info, else UTC."""
    host: str = "0.0.0.0"
    port: int = 3000
    http_threads: int = Field(default=8, ge=1, le=64)
    """Worker threads of the HTTP server; Bolt runs listeners in its own pool after the ack."""
    http_connection_limit: int = Field(default=1000, ge=10)
    """Open connections the HTTP server accepts at once (idle ones cost a socket, not a thread); past it new
    connections wait. Keep it under the process's open-file limit (ulimit -n)."""
    http_idle_seconds: int = Field(default=75, ge=1)
    """A connection with nothing to do for this long is closed (keep-alive stays on until then); keep it
    above the idle timeout of a load balancer in front (often 60 s)."""
    dedupe_size: int = Field(default=4096, ge=16)
    """How many recent event_ids this process remembers in memory, in front of the claims in the library's
    database that answer Slack's retried deliveries once across instances and restarts."""
    conversation_limit: int = Field(default=1000, ge=1)
    """How many DM/thread conversations are kept in memory before the oldest is dropped."""
    log_level: str = "INFO"
    log_format: str = "text"
    """`text`, or `json` for one JSON object per line (request id, surface, command, latency, outcome)."""
    slack_api_timeout: int = Field(default=10, ge=1)
    """Seconds one Web API / response_url attempt may take (slack_sdk's default is 30)."""
    slack_retries: int = Field(default=4, ge=0, le=10)
    """Retries of one Web API / response_url call after a 429 (honouring Retry-After), 5xx or lost
    connection."""
    slack_retry_budget: float = Field(default=30.0, gt=0)
    """Seconds one call may spend waiting between retries; past it the call fails and is logged."""
    slack_retry_backoff: float = Field(default=0.5, gt=0)
    """First wait after a 5xx or lost connection, doubled each retry (plus up to 1 s of jitter)."""
    listener_threads: int = Field(default=10, ge=1, le=64)
    """Threads running listeners after the ack; a retrying call holds one, so keep some spare."""
    health_cache_seconds: float = Field(default=5.0, ge=0)
    """How long GET /healthz reuses its last Web API check, so probes do not hammer Slack."""

    @field_validator("database_url")
    @classmethod
    def _postgres_only(cls, url: SecretStr | None) -> SecretStr | None:
        value = url.get_secret_value().strip() if url else ""
        if value and not value.startswith(("postgresql://", "postgres://")):
            raise ValueError("must be a postgresql:// URL (leave it empty to use the NEWSDESK_DB file)")
        return url

    @field_validator("newsdesk_tz")
    @classmethod
    def _known_zone(cls, name: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        if name.strip():
            try:
                ZoneInfo(name.strip())
            except (ZoneInfoNotFoundError, ValueError):
                raise ValueError(f"{name!r} is not a time zone (e.g. Europe/London)") from None
        return name.strip()

    @property
    def has_slack_tokens(self) -> bool:
        """An empty `SLACK_BOT_TOKEN=` (as in .env.example) means no token: run the console (unless the app
        installs through OAuth, where each workspace brings its own)."""
        return bool(self.slack_bot_token and self.slack_bot_token.get_secret_value().strip()) or any(
            value for _, value in self._oauth_values()
        )

    def _oauth_values(self) -> list[tuple[str, str]]:
        secret, state = self.slack_client_secret, self.slack_state_secret
        return list(
            zip(
                OAUTH_SETTINGS,
                (
                    self.slack_client_id.strip(),
                    secret.get_secret_value().strip() if secret else "",
                    state.get_secret_value().strip() if state else "",
                ),
                strict=True,
            )
        )

    def oauth_credentials(self) -> OAuthCredentials | None:
        """The OAuth install settings, None when none is set (one workspace, SLACK_BOT_TOKEN), or a
        SettingsError naming the ones missing when only some are (never a half-configured install)."""
        values = self._oauth_values()
        if not any(value for _, value in values):
            return None
        missing = tuple(name for name, value in values if not value)
        if missing:
            raise SettingsError(missing, "install the app into workspaces through OAuth")
        client_id, client_secret, state_secret = (value for _, value in values)
        return OAuthCredentials(
            client_id, client_secret, state_secret, self.slack_redirect_uri.strip() or None
        )

    @property
    def library_location(self) -> Path | str:
        """DATABASE_URL when set (and not empty), else the NEWSDESK_DB file."""
        url = self.database_url.get_secret_value().strip() if self.database_url else ""
        return url or self.newsdesk_db

    @property
    def socket_mode(self) -> bool:
        return self.slack_app_token is not None and bool(self.slack_app_token.get_secret_value())

    def slack_credentials(self, *, socket_mode: bool = False) -> SlackCredentials:
        """The bot token and signing secret, or a SettingsError naming every setting that is missing
        (in Socket Mode the app token too), so the CLI can name them all in one line. With OAuth settings
        no bot token is needed: installations hold one per workspace."""
        token = self.slack_bot_token.get_secret_value() if self.slack_bot_token else ""
        secret = self.slack_signing_secret.get_secret_value() if self.slack_signing_secret else ""
        needed = [("SLACK_SIGNING_SECRET", secret)]
        if self.oauth_credentials() is None:
            needed.insert(0, ("SLACK_BOT_TOKEN", token))
        else:
            token = ""
        if socket_mode:
            needed.append(
                ("SLACK_APP_TOKEN", self.slack_app_token.get_secret_value() if self.slack_app_token else "")
            )
        missing = tuple(name for name, value in needed if not value)
        if missing:
            raise SettingsError(missing, "serve the bot on Slack")
        return SlackCredentials(token, secret)
