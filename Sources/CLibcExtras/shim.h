// C library functions Swift's Glibc module leaves out: malloc_trim, which hands freed heap
// pages back to the system (glibc only).
#if defined(__linux__)
#include <dlfcn.h>
#include <malloc.h>

// Hands freed heap pages back to the system, unless a sanitizer's allocator stands in for
// glibc's: then glibc's arena may never have been set up, and malloc_trim reads through a null
// pointer (seen under ThreadSanitizer when a spill failed before anything else used the heap).
// (A spill happens a few times a run, so the look-up is not kept: nothing shared between threads.)
static inline void chronicle_trim_heap(void) {
    void *everywhere = (void *)0;  // RTLD_DEFAULT, which <dlfcn.h> defines only with _GNU_SOURCE
    if (dlsym(everywhere, "__tsan_init") == 0 && dlsym(everywhere, "__asan_init") == 0) malloc_trim(0);
}
#endif
