"""Reading the page cache's verdict (the X-Cache header) from a test client."""


def rebuilt_text(client, path):
    """The text of the page at ``path``, which must have been built again, not served from the cache."""
    response = client.get(path)
    assert response["X-Cache"] == "MISS"
    return response.content.decode()
