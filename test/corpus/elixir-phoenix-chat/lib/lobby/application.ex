defmodule Lobby.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Phoenix.PubSub, name: Lobby.PubSub},
      LobbyWeb.Presence,
      LobbyWeb.Endpoint
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: Lobby.Supervisor)
  end
end
