class C:
    import __foo
    from __bar import __baz
