def version(self):
    msg = '%200s has no version specified' % (type(self),)
    raise NotImplementedError(msg)
