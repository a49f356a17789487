# Chains inside and around groups: a member with a cause, a member with a context, a group as cause.
def member_with_context():
    try:
        {}["missing"]
    except KeyError:
        try:
            raise ValueError("while handling the KeyError")
        except ValueError as e:
            return e
def member_with_cause():
    try:
        int("x")
    except ValueError as e:
        try:
            raise TypeError("converted") from e
        except TypeError as t:
            return t
def run():
    group = ExceptionGroup("members", [member_with_context(), member_with_cause()])
    try:
        raise group
    except ExceptionGroup as g:
        raise RuntimeError("the group was the cause") from g
run()
