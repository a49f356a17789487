async def main():
    await asyncio.sleep(0)
    async with lock:
        pass
    async with a as x, b as y:
        pass
    async for i in gen():
        pass
    r = [i async for i in gen()]
    return await asyncio.gather(*tasks)
