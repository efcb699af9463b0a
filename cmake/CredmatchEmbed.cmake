# credmatch_embed(TARGET <lib> NAMESPACE <ns> BASE_DIR <dir> FILES <files...>)
# Compiles the given data files into <lib> so that the binary works without its source tree.
# Generates a source defining
#   std::span<const credmatch::internal::EmbeddedFile> credmatch::internal::<ns>Files();
# where each EmbeddedFile has the path relative to BASE_DIR and the bytes.
function(credmatch_embed)
  cmake_parse_arguments(ARG "" "TARGET;NAMESPACE;BASE_DIR" "FILES" ${ARGN})
  set(out ${CMAKE_CURRENT_BINARY_DIR}/embedded_${ARG_NAMESPACE}.cpp)
  add_custom_command(OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DNS=${ARG_NAMESPACE} -DBASE=${ARG_BASE_DIR}
            "-DFILES=${ARG_FILES}" -P ${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake
    DEPENDS ${ARG_FILES} ${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake
    COMMENT "Embedding ${ARG_NAMESPACE} data files" VERBATIM)
  target_sources(${ARG_TARGET} PRIVATE ${out})
endfunction()
