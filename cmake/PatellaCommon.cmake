# One INTERFACE target carries the language level, the warnings and Qt's safety defines.
# Every Patella target links it; nothing here touches global flags.
add_library(patella_options INTERFACE)
add_library(Patella::options ALIAS patella_options)

target_compile_features(patella_options INTERFACE cxx_std_20)
target_compile_options(patella_options INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-qual
        -Woverloaded-virtual -Wimplicit-fallthrough>
    $<$<AND:$<CXX_COMPILER_ID:GNU,Clang>,$<BOOL:${PATELLA_WERROR}>>:-Werror>)
target_compile_definitions(patella_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_STRICT_ITERATORS
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(PATELLA_SANITIZE)
    target_compile_options(patella_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(patella_options INTERFACE -fsanitize=address,undefined)
endif()

# libFuzzer: everything is instrumented for coverage and checked by ASan and UBSan; only the fuzz targets
# link libFuzzer's main (-fsanitize=fuzzer, in tests/fuzz).
if(PATELLA_BUILD_FUZZERS)
    target_compile_options(patella_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(patella_options INTERFACE -fsanitize=address,undefined)
endif()
