/* The command line's entry into the runtime (run.c). */
#ifndef KRAIT_VM_RUN_H
#define KRAIT_VM_RUN_H

/* Runs [command] (`-c`) or else the script [file], with sys.argv from
 * [argc]/[argv]; returns the process exit status. */
KR_HIDDEN int kri_run_main(int argc, char **argv, const char *command, const char *file);

#endif
