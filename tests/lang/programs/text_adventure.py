# A text adventure engine: rooms as data, a command parser with synonyms, inventory, locked doors, scripted input.
ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "walls of books", "exits": {"south": "hall", "up": "attic"}, "items": ["book", "key"],
                "locked": {"up": "key"}},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall"}, "items": ["bread"]},
    "attic": {"desc": "a dark attic", "exits": {"down": "library"}, "items": ["treasure"], "dark": True},
}
SYNONYMS = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down",
            "get": "take", "grab": "take", "l": "look", "i": "inventory", "inv": "inventory"}

class Game:
    def __init__(self, rooms):
        self.rooms = {name: {**room, "items": list(room["items"]), "locked": dict(room.get("locked", {}))}
                      for name, room in rooms.items()}
        self.here = "hall"
        self.inventory = []
        self.moves = 0
        self.over = False

    def parse(self, line):
        words = [SYNONYMS.get(w, w) for w in line.lower().split() if w not in ("the", "a", "to")]
        if not words:
            return "say something", []
        if words[0] in ("north", "south", "east", "west", "up", "down"):
            return "go", words
        return words[0], words[1:]

    def do(self, line):
        verb, args = self.parse(line)
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        self.moves += 1
        try:
            return handler(*args)
        except TypeError:
            return f"{verb} what?"

    def room(self):
        return self.rooms[self.here]

    def cmd_look(self):
        room = self.room()
        if room.get("dark") and "lamp" not in self.inventory:
            return "It is pitch black."
        items = ", ".join(room["items"]) or "nothing"
        return f"You are in {room['desc']}. Exits: {', '.join(sorted(room['exits']))}. You see: {items}."

    def cmd_go(self, direction):
        room = self.room()
        if direction not in room["exits"]:
            return f"You can't go {direction}."
        needed = room["locked"].get(direction)
        if needed and needed not in self.inventory:
            return f"The way {direction} is locked."
        if needed:
            del room["locked"][direction]
        self.here = room["exits"][direction]
        return self.cmd_look()

    def cmd_take(self, item):
        room = self.room()
        if room.get("dark") and "lamp" not in self.inventory:
            return "You fumble in the dark."
        if item not in room["items"]:
            return f"There is no {item} here."
        room["items"].remove(item)
        self.inventory.append(item)
        if item == "treasure":
            self.over = True
            return f"You found the treasure in {self.moves} moves!"
        return f"Taken: {item}."

    def cmd_drop(self, item):
        if item not in self.inventory:
            return f"You don't have {item}."
        self.inventory.remove(item)
        self.room()["items"].append(item)
        return f"Dropped {item}."

    def cmd_inventory(self):
        return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")

script = ["look", "take lamp", "n", "u", "grab the key", "go up", "look", "take treasure", "dance", "",
          "drop sword", "i", "s", "take", "e", "get bread", "w", "west"]
g = Game(ROOMS)
for line in script:
    print(f"> {line}")
    print("  " + g.do(line))
    if g.over:
        print("  *** game over ***")
        g.over = False
print(g.moves, g.here, sorted(g.inventory), ROOMS["hall"]["items"], g.rooms["hall"]["items"])
