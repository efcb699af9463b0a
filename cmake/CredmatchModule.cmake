# Warnings and sanitizers for every credmatch target, from one INTERFACE target (style.md).
add_library(credmatch_warnings INTERFACE)
target_compile_options(credmatch_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wnon-virtual-dtor
  $<$<BOOL:${CREDMATCH_WERROR}>:-Werror>)
# GCC 12 reports -Wrestrict false positives on std::string concatenation once inlined at -O3
# (GCC bug 105329, fixed in GCC 13): ten of them in a Release build of correct code. Off for
# GCC before 13 only.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(credmatch_warnings INTERFACE -Wno-restrict)
endif()
if(CREDMATCH_SANITIZE)
  target_compile_options(credmatch_warnings INTERFACE -fsanitize=${CREDMATCH_SANITIZE} -fno-omit-frame-pointer)
  target_link_options(credmatch_warnings INTERFACE -fsanitize=${CREDMATCH_SANITIZE})
endif()
add_library(credmatch::warnings ALIAS credmatch_warnings)

# credmatch_add_module(NAME <name> SRCS <files...> [DEPS <public deps...>] [PRIVATE_DEPS <deps...>])
# Defines the static library credmatch_<name> (alias credmatch::<name>) for engine/src/<name>/.
# DEPS are other credmatch modules (one-way, see docs/architecture.md); third-party libraries go in
# PRIVATE_DEPS so that their types never leak into the public headers.
function(credmatch_add_module)
  cmake_parse_arguments(ARG "" "NAME" "SRCS;DEPS;PRIVATE_DEPS" ${ARGN})
  set(target credmatch_${ARG_NAME})
  add_library(${target} STATIC ${ARG_SRCS})
  add_library(credmatch::${ARG_NAME} ALIAS ${target})
  target_compile_features(${target} PUBLIC cxx_std_20)
  target_include_directories(${target}
    PUBLIC ${PROJECT_SOURCE_DIR}/engine/include
    PRIVATE ${PROJECT_SOURCE_DIR}/engine/src)
  target_link_libraries(${target} PUBLIC ${ARG_DEPS} PRIVATE credmatch::warnings ${ARG_PRIVATE_DEPS})
  set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
endfunction()
