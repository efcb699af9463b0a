# Text analysis (folding, tokenising, stemming) throughput.
credmatch_add_bench(text_bench SRCS text_bench.cpp DEPS credmatch::text)
