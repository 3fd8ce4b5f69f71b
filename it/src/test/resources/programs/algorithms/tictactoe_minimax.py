# Tic-tac-toe with minimax and alpha-beta pruning: perfect play from several openings, node counts,
# and a full game printed move by move.

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(board):
    for a, b, c in LINES:
        if board[a] != " " and board[a] == board[b] == board[c]:
            return board[a]
    return None


class Searcher:
    def __init__(self, pruning):
        self.pruning = pruning
        self.nodes = 0
        self.memo = {}

    def score(self, board, player, alpha=-2, beta=2):
        self.nodes += 1
        w = winner(board)
        if w:
            return 1 if w == "X" else -1
        if " " not in board:
            return 0
        key = (board, player)
        if not self.pruning and key in self.memo:
            return self.memo[key]
        best = -2 if player == "X" else 2
        for i in range(9):
            if board[i] != " ":
                continue
            child = board[:i] + player + board[i + 1:]
            value = self.score(child, "O" if player == "X" else "X", alpha, beta)
            if player == "X":
                best = max(best, value)
                alpha = max(alpha, value)
            else:
                best = min(best, value)
                beta = min(beta, value)
            if self.pruning and alpha >= beta:
                break
        if not self.pruning:
            self.memo[key] = best
        return best

    def best_move(self, board, player):
        moves = []
        for i in range(9):
            if board[i] == " ":
                child = board[:i] + player + board[i + 1:]
                moves.append((self.score(child, "O" if player == "X" else "X"), i))
        pick = max if player == "X" else min
        value = pick(v for v, _ in moves)
        return min(i for v, i in moves if v == value), value


def show(board):
    return "\n".join(" " + " | ".join(board[r * 3:r * 3 + 3]) for r in range(3))


empty = " " * 9
for pruning in (False, True):
    s = Searcher(pruning)
    print(f"pruning={pruning}: value of empty board = {s.score(empty, 'X')}, nodes = {s.nodes}")

board, player = empty, "X"
searcher = Searcher(True)
while not winner(board) and " " in board:
    move, value = searcher.best_move(board, player)
    board = board[:move] + player + board[move + 1:]
    print(f"{player} plays {move} (value {value:+d})")
    player = "O" if player == "X" else "X"
print(show(board))
print("result:", winner(board) or "draw")

for opening in ["X   O    ", "X       O", " X  O    ", "XO       "]:
    s = Searcher(True)
    move, value = s.best_move(opening, "X")
    verdict = {1: "X wins", 0: "draw", -1: "O wins"}[value]
    print(f"{opening!r}: X best move {move}, {verdict}")
