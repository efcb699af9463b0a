# Taxonomy import and snapshot load on the full ESCO download (../shared/data, read in place).
credmatch_add_bench(taxonomy_bench SRCS taxonomy_bench.cpp DEPS credmatch::taxonomy)
