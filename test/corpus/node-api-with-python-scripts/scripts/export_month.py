"""Monthly export of appointments to a spreadsheet for the clinic's accountant."""
import os
from datetime import date

import click
import pymysql
from dotenv import load_dotenv
from openpyxl import Workbook


@click.command()
@click.option("--month", default=date.today().strftime("%Y-%m"), help="YYYY-MM")
@click.option("--out", default="appointments.xlsx")
def export(month: str, out: str) -> None:
    load_dotenv()
    conn = pymysql.connect(host=os.environ["DB_HOST"], user=os.environ["DB_USER"], password=os.environ["DB_PASSWORD"], database="clinic")
    with conn.cursor() as cur:
        cur.execute("select id, patient_id, doctor_id, starts_at from appointments where date_format(starts_at, '%%Y-%%m') = %s", (month,))
        rows = cur.fetchall()
    book = Workbook()
    sheet = book.active
    sheet.append(["id", "patient", "doctor", "starts at"])
    for row in rows:
        sheet.append(list(row))
    book.save(out)
    click.echo(f"exported {len(rows)} appointments to {out}")


if __name__ == "__main__":
    export()
