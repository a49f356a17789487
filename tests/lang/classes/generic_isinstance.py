# isinstance() and issubclass() refuse parameterized generics; the unparameterized origin still works.
def check(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, type(e).__name__, e)
check("isinstance list[int]", lambda: isinstance([], list[int]))
check("isinstance dict[str, int]", lambda: isinstance({}, dict[str, int]))
check("issubclass list[int]", lambda: issubclass(list, list[int]))
check("issubclass arg1 alias", lambda: issubclass(list[int], list))
check("isinstance tuple of", lambda: isinstance([], (int, list[int])))
check("isinstance tuple hit first", lambda: isinstance([], (list, list[int])))
check("isinstance origin", lambda: isinstance([], list))
check("alias is type", lambda: isinstance(list[int], type))
check("alias of GenericAlias", lambda: isinstance(list[int], type(list[int])))
check("instancecheck forwarded", lambda: list[int].__instancecheck__([]))
check("subclasscheck forwarded", lambda: list[int].__subclasscheck__(bool))
check("type(alias) not list", lambda: type(list[int]) is list)
class Meta(type):
    def __instancecheck__(cls, obj):
        return True
class Anything(metaclass=Meta):
    pass
check("meta instancecheck", lambda: isinstance(3, Anything))
check("alias of custom", lambda: isinstance(3, type(list[int])(Anything, (int,))))
alias = list[int]
try:
    match []:
        case alias():
            print("matched")
except TypeError as e:
    print("match", type(e).__name__)
match [1, 2]:
    case list():
        print("plain list pattern matched")
