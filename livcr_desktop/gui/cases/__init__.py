"""Screens for signals and cases: the case list and the signals to screen, the dossier with
its small forms, registering a signal, and a partner's 'My cases'.
"""
