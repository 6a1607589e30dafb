import Config

config :lobby, LobbyWeb.Endpoint,
  adapter: Bandit.PhoenixAdapter,
  pubsub_server: Lobby.PubSub

config :phoenix, :json_library, Jason
