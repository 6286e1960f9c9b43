"""The statistics as CSV text: the same suppressed cells the screen shows, nothing else.

One line per row of every table: table title, row label, one column per month, the whole
period. Totals rows are labelled; coverage tables end with the share asked (a share is left
empty where a count behind it is hidden). Semicolon-separated with a byte-order mark, as
Danish spreadsheets open it.
"""

from __future__ import annotations

import csv
import io

from screening_app.services.statistics import labels
from screening_app.services.statistics.service import StatisticsReport


def report_csv(report: StatisticsReport, lang: str = "da") -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    columns = (*report.months, "period")
    writer.writerow(
        [labels.word("table", lang), labels.word("row", lang)]
        + [labels.column_label(c, lang) for c in columns]
    )
    for table in report.tables:
        name = labels.title(table.key, lang)
        for row in table.rows:
            cells = [table.cell(row, c).text for c in columns]
            writer.writerow([name, labels.row_label(table.key, row, lang), *cells])
        if table.totals is not None:
            totals = [table.totals[c].text for c in columns]
            writer.writerow([name, labels.word("total", lang), *totals])
        if table.key.startswith("coverage-"):
            shares = [report.share_asked(table.key, c) for c in columns]
            writer.writerow(
                [name, labels.word("share", lang)]
                + ["" if s is None else f"{round(100 * s)} %" for s in shares]
            )
    writer.writerow([labels.word("legend", lang)])
    return "\ufeff" + out.getvalue()
