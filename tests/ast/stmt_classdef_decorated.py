@dataclass(frozen=True)
@other
class Point:
    x: float
    y: float
