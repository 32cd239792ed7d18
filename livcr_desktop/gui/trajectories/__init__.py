"""Screens for guidance trajectories in a dossier: the panel, the plan, partners' updates,
evaluations with the life-domain chart, and printing a summary.
"""
