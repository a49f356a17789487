def f(a,  # type: int
      b,  # type: str
      ):
    # type: (...) -> None
    x = []  # type: List[int]
    for i in x:  # type: int
        pass
    with a as b:  # type: int
        pass
import os  # type: ignore
