from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ORDERS_")

    database_url: str = "postgresql+asyncpg://orders:orders@localhost/orders"
    inventory_url: str = "http://inventory:8080"
    port: int = 8000


settings = Settings()
