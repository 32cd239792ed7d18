"""Meetings of the operational and strategic tables: planning, who may see which meeting and
item, the agenda, invitations, running the meeting live, the minutes and the action points
(tasks) that come out of it.
"""
