#include "freexl_guard.h"

#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <string.h>

static pthread_mutex_t guard_lock = PTHREAD_MUTEX_INITIALIZER;
static struct sigaction previous_segv;
static struct sigaction previous_bus;
/* Set only on the guarded thread while body runs. */
static __thread sigjmp_buf *escape_point;

static void on_fault(int signal_number, siginfo_t *info, void *context) {
    (void)info;
    (void)context;
    if (escape_point != NULL) {
        siglongjmp(*escape_point, 1);
    }
    /* A fault on another thread: put the previous handler back, so the faulting instruction, run again,
       reaches it (the Swift runtime's crash report). */
    sigaction(signal_number, signal_number == SIGSEGV ? &previous_segv : &previous_bus, NULL);
}

int freexl_guard_run(void (*body)(void *context), void *context) {
    pthread_mutex_lock(&guard_lock);
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = on_fault;
    action.sa_flags = SA_SIGINFO;
    sigemptyset(&action.sa_mask);
    sigaction(SIGSEGV, &action, &previous_segv);
    sigaction(SIGBUS, &action, &previous_bus);

    sigjmp_buf escape;
    /* volatile: its value must survive the siglongjmp. */
    volatile int outcome = 0;
    if (sigsetjmp(escape, 1) == 0) {
        escape_point = &escape;
        body(context);
    } else {
        outcome = 1;
    }
    escape_point = NULL;
    sigaction(SIGSEGV, &previous_segv, NULL);
    sigaction(SIGBUS, &previous_bus, NULL);
    pthread_mutex_unlock(&guard_lock);
    return outcome;
}
