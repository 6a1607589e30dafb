"""Deletes appointments older than the retention period. Run from cron on the database host."""
import os

import click
import pymysql


@click.command()
@click.option("--years", default=7, show_default=True)
@click.option("--dry-run", is_flag=True)
def purge(years: int, dry_run: bool) -> None:
    conn = pymysql.connect(host=os.environ["DB_HOST"], user=os.environ["DB_USER"], password=os.environ["DB_PASSWORD"], database="clinic")
    with conn.cursor() as cur:
        cur.execute("select count(*) from appointments where starts_at < now() - interval %s year", (years,))
        (count,) = cur.fetchone()
        click.echo(f"{count} appointments older than {years} years")
        if not dry_run:
            cur.execute("delete from appointments where starts_at < now() - interval %s year", (years,))
            conn.commit()


if __name__ == "__main__":
    purge()
