# A text adventure's state machine driven by a scripted list of commands.

ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "shelves of books", "exits": {"south": "hall", "up": "attic"}, "items": ["book"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": ["knife", "bread"]},
    "cellar": {"desc": "darkness", "exits": {"up": "kitchen"}, "items": ["key"], "dark": True},
    "attic": {"desc": "a locked chest", "exits": {"down": "library"}, "items": [], "locked": True},
}


class GameOver(Exception):
    pass


class Game:
    def __init__(self, rooms):
        self.rooms = {name: dict(room, items=list(room["items"])) for name, room in rooms.items()}
        self.location = "hall"
        self.inventory = []
        self.state = "exploring"
        self.moves = 0
        self.score = 0
        self.transcript = []

    def say(self, text):
        self.transcript.append(text)
        print("  " + text)

    def room(self):
        return self.rooms[self.location]

    def can_see(self):
        return not self.room().get("dark") or "lamp" in self.inventory

    def handle(self, line):
        self.moves += 1
        verb, _, rest = line.partition(" ")
        handler = getattr(self, "do_" + verb, None)
        if handler is None:
            self.say(f"I don't know how to {verb!r}.")
            return
        handler(rest)

    def do_look(self, _):
        if not self.can_see():
            self.say("It is pitch black.")
            return
        room = self.room()
        exits = ", ".join(sorted(room["exits"]))
        items = ", ".join(room["items"]) or "nothing"
        self.say(f"{self.location}: {room['desc']}. Exits: {exits}. You see {items}.")

    def do_go(self, direction):
        target = self.room()["exits"].get(direction)
        if target is None:
            self.say(f"You can't go {direction or 'nowhere'}.")
            return
        if self.rooms[target].get("locked") and "key" not in self.inventory:
            self.say("The attic door is locked.")
            return
        self.location = target
        self.do_look("")

    def do_take(self, item):
        if not self.can_see():
            self.say("You fumble in the dark.")
            return
        items = self.room()["items"]
        if item in items:
            items.remove(item)
            self.inventory.append(item)
            self.score += 10
            self.say(f"Taken: {item}.")
        else:
            self.say(f"No {item} here.")

    def do_drop(self, item):
        if item not in self.inventory:
            self.say(f"You have no {item}.")
            return
        self.inventory.remove(item)
        self.room()["items"].append(item)
        self.say(f"Dropped {item}.")

    def do_inventory(self, _):
        self.say("You carry: " + (", ".join(sorted(self.inventory)) or "nothing") + ".")

    def do_eat(self, item):
        if item == "bread" and item in self.inventory:
            self.inventory.remove(item)
            self.score += 5
            self.say("Delicious.")
        else:
            self.say("You can't eat that.")

    def do_open(self, what):
        if self.location == "attic" and what == "chest":
            self.state = "won"
            self.score += 50
            self.say("The chest holds the treasure!")
            raise GameOver
        self.say("Nothing to open.")


script = [
    "look", "take lamp", "go west", "go east", "take bread", "take spoon", "go down", "take key",
    "inventory", "go up", "go west", "go north", "drop knife", "go up", "eat bread", "eat lamp",
    "dance", "open door", "open chest", "look",
]
game = Game(ROOMS)
for command in script:
    print(f"> {command}")
    try:
        game.handle(command)
    except GameOver:
        break
print(f"state={game.state} moves={game.moves} score={game.score} at={game.location}")
print("inventory:", game.inventory)
print("rooms with items:", {k: v["items"] for k, v in game.rooms.items() if v["items"]})

dark_game = Game(ROOMS)
for command in ["go east", "go down", "look", "take key", "go up", "go west", "take lamp", "go east",
                "go down", "take key", "inventory"]:
    dark_game.handle(command)
print("second run transcript lines:", len(dark_game.transcript), "score", dark_game.score)
