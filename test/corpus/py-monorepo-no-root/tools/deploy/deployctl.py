"""deployctl: tag a release and trigger the deploy workflow for one service."""
import subprocess

import click
import requests
import yaml


@click.command()
@click.argument("service", type=click.Choice(["api", "model"]))
@click.argument("version")
@click.option("--token", envvar="GITHUB_TOKEN", required=True)
@click.option("--config", default="deploy.yaml", type=click.Path(exists=True))
def main(service: str, version: str, token: str, config: str) -> None:
    settings = yaml.safe_load(open(config))
    tag = f"{service}-v{version}"
    subprocess.run(["git", "tag", "-a", tag, "-m", f"release {tag}"], check=True)
    subprocess.run(["git", "push", "origin", tag], check=True)
    response = requests.post(
        f"https://api.github.com/repos/{settings['repo']}/actions/workflows/deploy.yml/dispatches",
        headers={"Authorization": f"Bearer {token}", "Accept": "application/vnd.github+json"},
        json={"ref": tag, "inputs": {"service": service}},
        timeout=15,
    )
    response.raise_for_status()
    click.echo(f"deploy of {tag} requested")


if __name__ == "__main__":
    main()
