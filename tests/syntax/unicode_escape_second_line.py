a = 'ok'
b = 'bad \N{NO SUCH THING}'
