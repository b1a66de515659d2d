"""The newsroom's desk: followed feeds posted once per story, scheduled digests, search and timelines."""
