# Uncaught exception while executing a class body: the frame is named after the class.
class Settings:
    defaults = {"width": 80, "height": 24}
    area = defaults["width"] * defaults["height"]
print("Settings.area =", Settings.area)
class Broken:
    options = ["a", "b"]
    chosen = options[2]
print("never")
