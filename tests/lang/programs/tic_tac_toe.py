# Tic-tac-toe with a minimax player: board representation, win detection, game loop, memoized search.
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]

def winner(board):
    for a, b, c in LINES:
        if board[a] != "." and board[a] == board[b] == board[c]:
            return board[a]
    return "draw" if "." not in board else None

def show(board):
    return "\n".join(" ".join(board[r * 3:r * 3 + 3]) for r in range(3))

memo = {}
def minimax(board, player):
    key = (board, player)
    if key in memo:
        return memo[key]
    w = winner(board)
    if w is not None:
        result = ({"X": 1, "O": -1, "draw": 0}[w], None)
    else:
        other = "O" if player == "X" else "X"
        best = None
        for i, cell in enumerate(board):
            if cell != ".":
                continue
            score, _ = minimax(board[:i] + player + board[i + 1:], other)
            if best is None or (player == "X" and score > best[0]) or (player == "O" and score < best[0]):
                best = (score, i)
        result = best
    memo[key] = result
    return result

print(minimax("." * 9, "X"), len(memo))
board = "X.O.X...."
print(show(board), minimax(board, "O"), sep="\n")
board = "." * 9
player = "X"
moves = []
while winner(board) is None:
    _, move = minimax(board, player)
    moves.append(move)
    board = board[:move] + player + board[move + 1:]
    player = "O" if player == "X" else "X"
print(moves, winner(board))
print(show(board))

def play_scripted(script):
    board = ["."] * 9
    player = "X"
    for move in script:
        try:
            if not 0 <= move < 9:
                raise IndexError(f"move {move} off the board")
            if board[move] != ".":
                raise ValueError(f"cell {move} is taken")
        except (IndexError, ValueError) as e:
            print(f"  {player}: {type(e).__name__}: {e}")
            continue
        board[move] = player
        result = winner("".join(board))
        if result:
            return result, "".join(board)
        player = "O" if player == "X" else "X"
    return None, "".join(board)
for script in ([0, 3, 1, 4, 2], [4, 4, 0, 9, 8, 2, 6, 3, 5, 7, 1], [0, 1, 2, 4, 3, 5, 7, 6, 8]):
    print(play_scripted(script))
counts = {"X": 0, "O": 0, "draw": 0}
def count_games(board, player):
    w = winner(board)
    if w:
        counts[w] += 1
        return 1
    total = 0
    for i in range(9):
        if board[i] == ".":
            total += count_games(board[:i] + player + board[i + 1:], "O" if player == "X" else "X")
    return total
print(count_games("." * 9, "X"), counts)
