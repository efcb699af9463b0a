# Text -> ESCO mapping on the full ESCO download (../shared/data, read in place).
credmatch_add_bench(mapping_bench SRCS mapping_bench.cpp DEPS credmatch::mapping credmatch::taxonomy)
