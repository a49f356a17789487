match = 1
case = 2
_ = 3
match(x)
match[0]
match.case = case
print(match, case, _)
match -x:
    case case:
        pass
