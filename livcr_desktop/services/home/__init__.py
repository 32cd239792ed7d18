"""What waits for the signed-in person: the home each role lands on, and the counts beside the
navigation."""
