"""Builds the monthly sales report: an Excel workbook and two charts."""
import argparse
from pathlib import Path

import pandas as pd
from dotenv import load_dotenv

from reports.analysis import revenue_by_region, top_products, weekly_trend
from reports.charts import plot_regions, plot_trend
from reports.load import fetch_sales


def main() -> None:
    load_dotenv()
    parser = argparse.ArgumentParser()
    parser.add_argument("month", help="YYYY-MM")
    args = parser.parse_args()

    out = Path("output") / args.month
    out.mkdir(parents=True, exist_ok=True)
    sales = fetch_sales(args.month)
    regions = revenue_by_region(sales)

    with pd.ExcelWriter(out / "report.xlsx") as writer:
        regions.to_excel(writer, sheet_name="Regions")
        top_products(sales).to_excel(writer, sheet_name="Top products")
        sales.describe().to_excel(writer, sheet_name="Summary")
    plot_regions(regions, out)
    plot_trend(weekly_trend(sales), out)
    print(f"report written to {out}")


if __name__ == "__main__":
    main()
