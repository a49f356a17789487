async def f():
    try:
        await a()
    except E:
        await b()
    finally:
        await c()
