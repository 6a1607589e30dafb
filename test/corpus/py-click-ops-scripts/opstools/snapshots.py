from datetime import datetime, timezone

import click

from .aws import session


@click.command()
@click.option("--tag", default="backup=daily", show_default=True, help="key=value tag to select volumes")
@click.option("--dry-run", is_flag=True)
@click.pass_obj
def snapshot(obj: dict, tag: str, dry_run: bool) -> None:
    """Snapshots every EBS volume carrying TAG."""
    key, value = tag.split("=", 1)
    ec2 = session(obj).client("ec2")
    paginator = ec2.get_paginator("describe_volumes")
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H%M")
    for page in paginator.paginate(Filters=[{"Name": f"tag:{key}", "Values": [value]}]):
        for volume in page["Volumes"]:
            click.echo(f"snapshot {volume['VolumeId']} ({volume['Size']} GiB)")
            if not dry_run:
                ec2.create_snapshot(VolumeId=volume["VolumeId"], Description=f"ops {stamp}")
