from pathlib import Path

import xlsxwriter
from jinja2 import Environment, FileSystemLoader

env = Environment(loader=FileSystemLoader("templates"))


def render_invoice(order: dict, out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"invoice-{order['number']}.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Invoice")
    bold = book.add_format({"bold": True})
    sheet.write("A1", f"Invoice {order['number']}", bold)
    sheet.write("A3", order["customer"])
    sheet.write("A5", "Amount due")
    sheet.write_number("B5", float(order["amount"]), book.add_format({"num_format": "€#,##0.00"}))
    book.close()
    return path


def email_body(order: dict) -> str:
    return env.get_template("email.txt.j2").render(order=order)
