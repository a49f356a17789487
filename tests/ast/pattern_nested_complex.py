match event:
    case Click(position=(x, y), button=Button.LEFT | Button.RIGHT as b) if x > 0:
        handle(x, y, b)
    case KeyPress(key_name='Q') | Quit():
        exit()
    case [Point(x=0, y=0), *others, {'tag': str(t)}]:
        pass
