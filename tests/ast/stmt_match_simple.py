match command:
    case 'quit':
        quit()
    case 'go' | 'move':
        go()
    case _:
        pass
