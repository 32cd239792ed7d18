"""Who may work with this data folder: accounts and their key slots, signing in, the member
register with organisations and roles over time, the recovery key and the signing keys of
the people who sign decisions.
"""
