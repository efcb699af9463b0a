# Comparison of prepared profiles (the batch hot path), the detailed comparison and the full
# recognition report.
credmatch_add_bench(compare_bench SRCS compare_bench.cpp DEPS credmatch::recognition)
