print = 1
exec = 2
async_ = 3
await_ = 4
nonlocal_ = 5
_match = 6
type = 7
True_ = 8
