import asyncio


async def handle(reader, writer):
    while data := await reader.read(100):
        message = data.decode()
        addr = writer.get_extra_info('peername')
        print(f'Received {message!r} from {addr!r}')
        writer.write(data)
        await writer.drain()
    writer.close()


async def main(host='127.0.0.1', port=8888):
    server = await asyncio.start_server(handle, host, port)
    async with server:
        await server.serve_forever()


if __name__ == '__main__':
    asyncio.run(main())
