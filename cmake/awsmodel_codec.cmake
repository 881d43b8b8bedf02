# The project's own programs built with separate compilation (AWSMODEL_SEPARATE_COMPILATION and
# awsmodel/src.hpp, as README's "Compiling the codec once" shows users).
#
# awsmodel_separately_compiled(<target>...) compiles each target's files with
# AWSMODEL_SEPARATE_COMPILATION and links them to awsmodel-codec, one OBJECT library that
# instantiates the codec and the rules of every top-level shape once per build. Without it each
# test file, each command-line kind and each allocation-failure kind instantiated the codecs it
# used again: a task definition's cost some 30 s of g++ -O2 per file, and most of CI's time.
# What stays header-only, so that the default mode is built and tested too: tests/core and the
# consumer projects.
include_guard(GLOBAL)

function(awsmodel_separately_compiled)
    if(NOT TARGET awsmodel-codec)
        add_library(awsmodel-codec OBJECT "${awsmodel_SOURCE_DIR}/tests/separate_compilation/src.cpp")
        target_link_libraries(awsmodel-codec PUBLIC awsmodel::awsmodel)
        target_compile_definitions(awsmodel-codec PUBLIC AWSMODEL_SEPARATE_COMPILATION)
    endif()
    foreach(target IN LISTS ARGN)
        target_link_libraries(${target} PRIVATE awsmodel-codec)
    endforeach()
endfunction()
