// CREDMATCH_CHECK(cond): aborts with file and line when an invariant (not an input) is broken.
#pragma once

#include <cstdio>
#include <cstdlib>

#define CREDMATCH_CHECK(cond)                                                                 \
  do {                                                                                        \
    if (!(cond)) {                                                                            \
      std::fprintf(stderr, "%s:%d: CREDMATCH_CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                                           \
    }                                                                                         \
  } while (false)
