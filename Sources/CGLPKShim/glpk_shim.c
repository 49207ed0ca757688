#include "glpk_shim.h"

#include <glpk.h>
#include <setjmp.h>

static void jump_back_to_session(void *info) {
    longjmp(*(jmp_buf *)info, 1);
}

int glpk_shim_run_session(void (*body)(void *context), void *context) {
    jmp_buf escape;
    /* volatile: its value must survive the longjmp. */
    volatile int outcome = 0;
    if (setjmp(escape) == 0) {
        glp_error_hook(jump_back_to_session, &escape);
        body(context);
        glp_error_hook(NULL, NULL);
    } else {
        outcome = 1;
    }
    /* After a fatal error GLPK's state is unusable until the environment is
       freed; after a normal return this releases the thread's GLPK memory. */
    glp_free_env();
    return outcome;
}
