"""Settings, read once from the environment and `.env`; nothing else in the bot reads os.environ."""

from __future__ import annotations

from pathlib import Path

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

SEED_ARTICLE = Path(__file__).resolve().parent.parent / "seeds" / "000_afde03f68720c260.txt"
DEFAULT_API_URL = "https://slack.com/api/"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    slack_bot_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_app_token: SecretStr | None = None
    slack_api_url: str = DEFAULT_API_URL
    newsdesk_article: Path = SEED_ARTICLE
    port: int = 3000
    log_level: str = "INFO"
    log_format: str = "text"

    @property
    def has_slack_tokens(self) -> bool:
        return self.slack_bot_token is not None
