import os
import time

import click
import requests
import schedule

from .aws import session


def post_cost_report(obj: dict) -> None:
    ce = session(obj).client("ce")
    end = time.strftime("%Y-%m-%d")
    start = time.strftime("%Y-%m-01")
    result = ce.get_cost_and_usage(
        TimePeriod={"Start": start, "End": end}, Granularity="MONTHLY", Metrics=["UnblendedCost"]
    )
    amount = float(result["ResultsByTime"][0]["Total"]["UnblendedCost"]["Amount"])
    requests.post(os.environ["SLACK_WEBHOOK_URL"], json={"text": f"Month to date: ${amount:,.2f}"}, timeout=10)


@click.command()
@click.option("--at", default="08:30", show_default=True, help="daily time (HH:MM)")
@click.pass_obj
def watch(obj: dict, at: str) -> None:
    """Runs forever, posting the month-to-date AWS cost to Slack every day."""
    schedule.every().day.at(at).do(post_cost_report, obj)
    click.echo(f"cost report scheduled daily at {at}")
    while True:
        schedule.run_pending()
        time.sleep(30)
