from datetime import datetime, timedelta, timezone

import click
from tabulate import tabulate

from .aws import session


@click.command()
@click.option("--older-than", type=int, default=30, show_default=True, help="days")
@click.option("--yes", is_flag=True, help="delete without asking")
@click.pass_obj
def cleanup(obj: dict, older_than: int, yes: bool) -> None:
    """Deletes unattached EBS volumes and old manual snapshots."""
    ec2 = session(obj).client("ec2")
    cutoff = datetime.now(timezone.utc) - timedelta(days=older_than)
    volumes = ec2.describe_volumes(Filters=[{"Name": "status", "Values": ["available"]}])["Volumes"]
    snaps = [
        s
        for s in ec2.describe_snapshots(OwnerIds=["self"])["Snapshots"]
        if s["StartTime"] < cutoff and s.get("Description", "").startswith("ops ")
    ]
    rows = [("volume", v["VolumeId"], v["CreateTime"]) for v in volumes]
    rows += [("snapshot", s["SnapshotId"], s["StartTime"]) for s in snaps]
    click.echo(tabulate(rows, headers=["kind", "id", "created"]))
    if rows and (yes or click.confirm(f"Delete {len(rows)} resources?")):
        for v in volumes:
            ec2.delete_volume(VolumeId=v["VolumeId"])
        for s in snaps:
            ec2.delete_snapshot(SnapshotId=s["SnapshotId"])
