credmatch_add_bench(batch_bench SRCS batch_bench.cpp
  DEPS credmatch::batch credmatch::engine credmatch::io credmatch::compare)
