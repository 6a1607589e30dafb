#!/usr/bin/env python3
"""Nightly: dump the production database over SSH, upload to S3, prune dumps older than 14 days.

Run from cron on the ops box, see crontab.example.
"""
import datetime as dt
import logging
import os
import sys

import boto3
import paramiko
from dotenv import load_dotenv

log = logging.getLogger("backup")
KEEP_DAYS = 14


def dump_over_ssh(host: str, user: str, key_path: str, database: str, target: str) -> None:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username=user, key_filename=key_path, timeout=30)
    try:
        _, stdout, stderr = client.exec_command(f"pg_dump -Fc {database}")
        with open(target, "wb") as out:
            for chunk in iter(lambda: stdout.channel.recv(65536), b""):
                out.write(chunk)
        if stdout.channel.recv_exit_status() != 0:
            raise RuntimeError(stderr.read().decode())
    finally:
        client.close()


def upload_and_prune(bucket: str, path: str, prefix: str) -> None:
    s3 = boto3.client("s3")
    key = f"{prefix}/{os.path.basename(path)}"
    s3.upload_file(path, bucket, key, ExtraArgs={"StorageClass": "STANDARD_IA"})
    log.info("uploaded s3://%s/%s", bucket, key)
    cutoff = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=KEEP_DAYS)
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix):
        old = [{"Key": o["Key"]} for o in page.get("Contents", []) if o["LastModified"] < cutoff]
        if old:
            s3.delete_objects(Bucket=bucket, Delete={"Objects": old})
            log.info("pruned %d old dumps", len(old))


def main() -> int:
    load_dotenv()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    stamp = dt.date.today().isoformat()
    target = f"/var/backups/app-{stamp}.dump"
    try:
        dump_over_ssh(os.environ["DB_HOST"], os.environ["SSH_USER"], os.environ["SSH_KEY"], "app", target)
        upload_and_prune(os.environ["BACKUP_BUCKET"], target, "postgres/app")
    except Exception:
        log.exception("backup failed")
        return 1
    os.remove(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
