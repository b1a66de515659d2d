"""The article library's front door: load articles from links, files or pasted text, list and pick them."""
