"""The rules of an LIVC-R in pure Python.

Nothing here imports Qt, SQLAlchemy, ReportLab or any other layer of the package, so the rules can
be tested exhaustively and reused by the CLI, the GUI, the reports and a future sync hub alike.
"""
