"""Settings: this device's language, and for the coordinator the LIVC-R's profile, its member
municipalities and its life domains.
"""
