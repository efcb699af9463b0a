# Skill graph and kernel benchmarks (docs/skill-graph.md); full ESCO is read in place from
# ../shared/data (or $CREDMATCH_SHARED_DATA_DIR), synthetic graphs otherwise.
credmatch_add_bench(graph_bench
  SRCS graph_bench.cpp ${PROJECT_SOURCE_DIR}/tests/graph/esco_fixture.cpp
  DEPS credmatch::graph credmatch::taxonomy credmatch::core)
target_include_directories(graph_bench PRIVATE ${PROJECT_SOURCE_DIR}/tests)
