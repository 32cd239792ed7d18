"""The small kit every screen uses: messages and empty states, form validation, dialogs with
a form, icons, read-only tables, the interface texts of domain errors, and the worker that
runs database and PDF work off the GUI thread.
"""
