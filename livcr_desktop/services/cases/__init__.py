"""Signals and cases: registering and screening a concern, following the case, who is
involved and who may see it, the case list with its search, the dossier, and a partner's
own cases.
"""
