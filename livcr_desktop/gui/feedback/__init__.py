"""Screens for feedback forms to the LTF: the composer with the secrecy guard, the preview the
table reads together, the dossier's list of forms, and the register area with the
Information Officer's hand-over.
"""
