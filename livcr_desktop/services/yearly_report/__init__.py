"""The strategic table's yearly report: its texts per year, the report as a document, its PDF."""
