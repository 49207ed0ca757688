#ifndef FREEXL_GUARD_H
#define FREEXL_GUARD_H

/* Runs body(context) so that a memory fault (SIGSEGV, SIGBUS) on this thread inside it returns 1 instead
   of ending the process; returns 0 when body returns. libfreexl 1.0.6 reads past its buffers on some
   damaged .xls files; whatever it allocated before the fault is then leaked. One guarded run at a time. */
int freexl_guard_run(void (*body)(void *context), void *context);

#endif
