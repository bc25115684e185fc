#ifndef CHRONICLE_CGRAPHVIZ_SHIM_H
#define CHRONICLE_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvplugin.h>
#include <graphviz/gvplugin_textlayout.h>

/* Swift 6 rejects direct use of mutable C globals such as Agdirected; read them through functions. */
static inline Agdesc_t chronicle_agdirected(void) { return Agdirected; }

#endif
