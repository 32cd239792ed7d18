"""Screens for who may work here: the first-start wizard, signing in (and on top of an open
session), passphrases and the recovery key, and the member register.
"""
