@d
async x
