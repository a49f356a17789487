# Single inheritance: overriding, extending with super(), attribute lookup through bases.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def describe(self):
        return f"{type(self).__name__}({self.name})"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (squeaky)"
class Cat(Animal):
    def speak(self):
        return "purr"
for pet in [Animal("generic"), Dog("rex"), Puppy("bit", 1), Cat("tom")]:
    print(pet.speak(), "|", pet.describe())
print(Puppy.__bases__[0].__name__, Puppy.__base__.__name__, [c.__name__ for c in Puppy.__mro__])
print(isinstance(Puppy("x", 1), Animal), issubclass(Puppy, Dog), issubclass(Dog, Puppy), issubclass(Cat, Dog))
print(Puppy("p", 2).age, Puppy.sound, Animal.sound)
Dog.sound = "WOOF"
print(Puppy("loud", 3).speak())
class Base:
    def template(self):
        return f"[{self.hook()}]"
    def hook(self):
        return "base"
class Derived(Base):
    def hook(self):
        return "derived"
print(Base().template(), Derived().template())
print(Animal.speak(Dog("unbound")), Dog.speak is Animal.speak, Puppy.speak is Animal.speak)
class NoInit(Animal):
    pass
try:
    NoInit()
except TypeError as e:
    print(type(e).__name__, e)
print(NoInit("ok").name)
class Shadow(Animal):
    def __init__(self):
        pass
s = Shadow()
try:
    s.speak()
except AttributeError as e:
    print(type(e).__name__, e)
print(Animal.__subclasses__() == [Dog, Cat, NoInit, Shadow], [c.__name__ for c in Dog.__subclasses__()])
class A:
    x = "A"
class B(A):
    pass
class C(B):
    pass
print(C.x, C().x)
B.x = "B"
print(C.x)
del B.x
print(C.x)
