import abc
from typing import Generic, TypeVar

T = TypeVar('T')


class Shape(abc.ABC):
    sides: int = 0

    @abc.abstractmethod
    def area(self) -> float:
        ...

    def __repr__(self):
        return f'{type(self).__name__}(sides={self.sides})'


class Square(Shape):
    sides = 4

    def __init__(self, side: float) -> None:
        self.side = side

    def area(self):
        return self.side ** 2

    @property
    def perimeter(self):
        return self.sides * self.side


class Box(Generic[T]):
    def __init__(self, item: T):
        self._item = item

    def get(self) -> T:
        return self._item
