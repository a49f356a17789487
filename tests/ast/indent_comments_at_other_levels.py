if x:
        y = 1
# outdented comment
  # weird comment
        z = 2
            # deep comment
w = 3
