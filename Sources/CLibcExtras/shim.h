// C library functions Swift's Glibc module leaves out: malloc_trim, which hands freed heap
// pages back to the system (glibc only).
#if defined(__linux__)
#include <malloc.h>
#endif
