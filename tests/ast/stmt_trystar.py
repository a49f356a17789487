try:
    run()
except* ValueError as eg:
    handle(eg)
except* (TypeError, OSError):
    pass
else:
    ok()
finally:
    end()
