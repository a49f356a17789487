/* Running a program: `krait FILE [ARGS]` and `krait -c CODE [ARGS]`. Sets
 * up the runtime with builtins and sys, runs the code as __main__, and
 * turns the outcome into an exit status as CPython does: SystemExit's code,
 * 1 after printing an uncaught exception through sys.excepthook, 120 when
 * flushing stdout fails at exit. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "modules/modules.h"
#include "vm/run.h"
#include "vm/vm.h"

/* The exit status for a SystemExit being raised (cleared). */
static int system_exit_status(KrThread *ts)
{
    KrObject *e = kri_err_fetch(ts);
    KrObject *code = ((KrSystemExit *)e)->code;
    int status = 0;
    int64_t v;
    if (!code || code == KR_NONE) {
        status = 0;
    } else if (kr_int_check(code) && kri_int_to_i64(code, &v)) {
        status = (int)v;
    } else {
        KrObject *s = kri_object_str(ts, code);
        const char *text = s ? kri_str_utf8(ts, s, NULL) : NULL;
        fflush(stdout);
        if (text)
            fprintf(stderr, "%s\n", text);
        kri_err_clear(ts);
        kr_xdecref(s);
        status = 1;
    }
    kr_decref(e);
    return status;
}

/* Reports the exception being raised; returns the exit status. */
static int handle_exception(KrThread *ts)
{
    if (kri_err_matches(ts, &kr_exc_SystemExit))
        return system_exit_status(ts);
    KrObject *e = kri_err_fetch(ts);
    fflush(stdout);
    KrObject *hook = kri_dict_get_cstr_borrow(ts, ts->interp->sysdict, "excepthook");
    KrObject *tb = ((KrBaseException *)e)->traceback;
    KrObject *r = hook ? kri_call(ts, hook,
                                  (KrObject *const[]){KR_OBJ(e->ob_type), e, tb ? tb : KR_NONE},
                                  3, NULL)
                       : NULL;
    if (!r) {
        if (kri_err_matches(ts, &kr_exc_SystemExit)) {
            kr_decref(e);
            return system_exit_status(ts);
        }
        KrObject *e2 = kri_err_fetch(ts);
        if (hook && e2) {
            fputs("Error in sys.excepthook:\n", stderr);
            kri_vm_print_exception(ts, e2);
            fputs("\nOriginal exception was:\n", stderr);
        }
        kr_xdecref(e2);
        kri_vm_print_exception(ts, e);
    }
    kr_xdecref(r);
    kr_decref(e);
    return 1;
}

/* The absolute form of [path] (not resolving symbolic links). */
static char *absolute(const char *path)
{
    if (path[0] == '/')
        return strdup(path);
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd))
        return strdup(path);
    while (path[0] == '.' && path[1] == '/')
        path += 2;
    size_t n = strlen(cwd) + strlen(path) + 2;
    char *r = malloc(n);
    if (r)
        snprintf(r, n, "%s/%s", cwd, path);
    return r;
}

static int setup_main(KrThread *ts, KrObject **globals)
{
    KrObject *main = kri_module_new(ts, KR_ID(__main__));
    if (!main)
        return -1;
    *globals = kr_incref(kri_module_dict(main));
    int r = kri_dict_set(ts, ts->interp->modules, KR_ID(__main__), main);
    if (r == 0)
        r = kri_dict_set(ts, *globals, KR_ID(__builtins__), ts->interp->builtins_mod);
    kr_decref(main);
    return r;
}

/* Compiles and runs [src] as __main__; 0 or -1 with the exception set. */
static int run_main_source(KrThread *ts, const char *src, size_t len, const char *filename)
{
    KrObject *globals = NULL;
    if (setup_main(ts, &globals) < 0)
        return -1;
    KrObject *fn = kri_str_from_utf8(ts, filename, (ssize_t)strlen(filename));
    int r = -1;
    if (fn && (strcmp(filename, "<string>") == 0 ||
               kri_dict_set(ts, globals, KR_ID(__file__), fn) == 0)) {
        KrObject *code = kri_vm_compile(ts, src, len, fn, KRI_MODE_EXEC, 0, -1);
        KrObject *res = code ? kri_vm_run_code(ts, (KrCode *)code, globals, globals) : NULL;
        r = res ? 0 : -1;
        kr_xdecref(res);
        kr_xdecref(code);
    }
    kr_xdecref(fn);
    kr_decref(globals);
    return r;
}

static int set_path0(KrThread *ts, const char *dir)
{
    KrObject *path = kri_dict_get_cstr_borrow(ts, ts->interp->sysdict, "path");
    KrObject *s = kri_str_from_utf8(ts, dir, (ssize_t)strlen(dir));
    int r = s && path ? kri_list_append(ts, path, s) : -1;
    kr_xdecref(s);
    return r;
}

int kri_run_main(int argc, char **argv, const char *command, const char *file)
{
    KrThread *ts = kri_runtime_start(argc, argv);
    if (!ts) {
        fputs("Fatal Python error: cannot start the runtime\n", stderr);
        return 1;
    }
    int status = 0;
    if (kri_builtins_init(ts) < 0 || kri_sys_init(ts, argc, argv) < 0) {
        fputs("Fatal Python error: cannot initialize builtins and sys\n", stderr);
        status = 1;
        goto done;
    }
    int r;
    if (command) {
        r = set_path0(ts, "");
        if (r == 0)
            r = run_main_source(ts, command, strlen(command), "<string>");
    } else {
        KrBuf src;
        kri_buf_init(&src);
        if (kri_buf_read_file(&src, file) < 0) {
            fprintf(stderr, "%s: can't open file %s: [Errno %d] %s\n", "krait", file, errno,
                    strerror(errno));
            kri_buf_free(&src);
            status = 2;
            goto done;
        }
        char *abs = absolute(file);
        char *dir = abs ? strdup(abs) : NULL;
        char *slash = dir ? strrchr(dir, '/') : NULL;
        if (slash)
            *slash = '\0';
        r = abs && dir ? set_path0(ts, dir) : -1;
        if (r == 0)
            r = run_main_source(ts, src.data ? src.data : "", src.len, abs);
        free(abs);
        free(dir);
        kri_buf_free(&src);
    }
    if (r < 0)
        status = handle_exception(ts);
done:
    if (fflush(stdout) != 0 && status == 0)
        status = 120;
    kri_runtime_finish(ts);
    return status;
}
