# An interactive guessing game driven by input(): prompts are written to stdout, answers come from
# stdin; EOFError ends the game when input runs out.
SECRET = 37
LOW, HIGH = 1, 100


def ask(prompt):
    while True:
        text = input(prompt)
        try:
            value = int(text)
        except ValueError:
            print(f"  {text!r} is not a number")
            continue
        if not LOW <= value <= HIGH:
            print(f"  {value} is out of range {LOW}..{HIGH}")
            continue
        return value


name = input("name? ").strip() or "stranger"
print(f"hello, {name}! guess a number between {LOW} and {HIGH}")
attempts = []
try:
    while True:
        guess = ask(f"guess #{len(attempts) + 1}: ")
        attempts.append(guess)
        if guess == SECRET:
            print(f"  correct after {len(attempts)} guesses")
            break
        print("  too low" if guess < SECRET else "  too high")
    again = input("play again? ")
    print("answer was", repr(again))
    input("one more line? ")
except EOFError:
    print("\n(input ended)")
print("attempts:", attempts)
