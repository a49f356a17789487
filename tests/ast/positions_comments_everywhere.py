# header
x = 1  # trailing
# between
if x:  # after colon
    # inside
    y = 2
    # end
# final
