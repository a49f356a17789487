@app.route('/')
@cached
async def index(request) -> Response:
    return await render(request)
