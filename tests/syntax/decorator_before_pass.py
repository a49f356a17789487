@d
pass
