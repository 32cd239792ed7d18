"""Screens for consensus decisions: putting a proposal and taking positions on an agenda item,
the chair's 'To sign' list, and the decisions tab of a dossier.
"""
