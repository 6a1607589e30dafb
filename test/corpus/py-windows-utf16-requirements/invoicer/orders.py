from pathlib import Path

from openpyxl import load_workbook


def read_open_orders(path: Path) -> list[dict]:
    sheet = load_workbook(path, read_only=True, data_only=True)["Orders"]
    rows = sheet.iter_rows(min_row=2, values_only=True)
    orders = []
    for number, customer, email, amount, status in rows:
        if status == "ready to invoice":
            orders.append({"number": number, "customer": customer, "email": email, "amount": amount})
    return orders
