# Level, title, workload and field resolution throughput of the frameworks module.
credmatch_add_bench(frameworks_bench SRCS frameworks_bench.cpp DEPS credmatch::frameworks)
