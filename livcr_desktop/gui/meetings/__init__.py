"""Screens for meetings: the meetings area, planning, the agenda builder and proposals,
invitations, live mode with attendance and the projector view, the minutes, and the
action points ('My tasks').
"""
