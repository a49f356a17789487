import contextlib
import logging

log = logging.getLogger(__name__)


class AppError(Exception):
    def __init__(self, msg, *, code=1):
        super().__init__(msg)
        self.code = code


@contextlib.contextmanager
def managed(resource):
    try:
        yield resource
    except (OSError, ValueError) as exc:
        log.error('failed: %s', exc)
        raise AppError(str(exc), code=2) from exc
    else:
        log.info('ok')
    finally:
        resource.close()


def run(tasks):
    errors = []
    for task in tasks:
        try:
            task()
        except* TypeError as group:
            errors.extend(group.exceptions)
    return errors
