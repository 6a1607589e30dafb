"""`ops` command: small operational chores for the AWS accounts."""
import click
from dotenv import load_dotenv

from . import cleanup, snapshots, watch


@click.group()
@click.option("--profile", envvar="AWS_PROFILE", default=None, help="AWS profile to use")
@click.option("--region", envvar="AWS_REGION", default="eu-west-1")
@click.pass_context
def cli(ctx: click.Context, profile: str | None, region: str) -> None:
    load_dotenv()
    ctx.obj = {"profile": profile, "region": region}


cli.add_command(snapshots.snapshot)
cli.add_command(cleanup.cleanup)
cli.add_command(watch.watch)

if __name__ == "__main__":
    cli()
