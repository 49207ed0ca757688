#ifndef TRAINPLAN_GLPK_SHIM_H
#define TRAINPLAN_GLPK_SHIM_H

/// Runs `body(context)` as one complete GLPK session on the calling thread.
///
/// Swift cannot call setjmp, so the escape from GLPK's fatal errors lives here.
/// While `body` runs, glp_error_hook is armed: when GLPK detects a fatal error
/// (it would otherwise print and call abort()), the hook longjmps back here.
/// Either way the thread's GLPK environment is released with glp_free_env()
/// before returning, which deletes every GLPK object this thread still holds.
///
/// Frames skipped by the jump do not run their cleanup, so `body` must not hold
/// resources other than GLPK objects across GLPK calls.
///
/// Returns 0 when `body` returned normally, 1 after a GLPK fatal error.
int glpk_shim_run_session(void (*body)(void *context), void *context);

#endif
