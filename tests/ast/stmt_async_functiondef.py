async def fetch(url, *, timeout=10):
    data = await get(url)
    return data
