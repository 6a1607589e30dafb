"""Every weekday at 07:00: read the open orders workbook, write invoices, mail them via Outlook."""
import time
from pathlib import Path

import schedule
from dotenv import load_dotenv

from invoicer.mailer import send_invoice
from invoicer.orders import read_open_orders
from invoicer.render import render_invoice

OUT = Path(r"C:\Finance\Invoices")


def run_once() -> None:
    for order in read_open_orders(Path(r"\\fileserver\sales\open_orders.xlsx")):
        pdf_path = render_invoice(order, OUT)
        send_invoice(order["email"], pdf_path, order["number"])
        print(f"sent invoice {order['number']} to {order['email']}")


if __name__ == "__main__":
    load_dotenv()
    for day in (schedule.every().monday, schedule.every().tuesday, schedule.every().wednesday,
                schedule.every().thursday, schedule.every().friday):
        day.at("07:00").do(run_once)
    while True:
        schedule.run_pending()
        time.sleep(60)
