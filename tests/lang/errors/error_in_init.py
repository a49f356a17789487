# Uncaught exception inside __init__ during construction: frames for <module> and __init__.
class Temperature:
    def __init__(self, kelvin):
        if kelvin < 0:
            raise ValueError(f"temperature below absolute zero: {kelvin}")
        self.kelvin = kelvin
    def celsius(self):
        return self.kelvin - 273.15
print(round(Temperature(300).celsius(), 2))
readings = [280, 290, -5]
temps = [Temperature(k) for k in readings]
