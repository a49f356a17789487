# A handler that itself fails while handling a failure raised inside another handler: three-level context.
def fetch():
    raise ConnectionError("network down")
def fallback():
    return open_cache()["data"]
def open_cache():
    return None
def get():
    try:
        return fetch()
    except ConnectionError:
        return fallback()
print("fetching")
get()
