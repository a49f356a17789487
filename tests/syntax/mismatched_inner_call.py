foo(bar(baz)]
