# cmake -DSOURCE_DIR=<repo> -DOUT=<dir> -P make-seeds.cmake
#
# Gathers each fuzzer's seeds into OUT/<fuzzer>/: the files kept in
# tests/fuzz/corpus/<fuzzer>/, and for the fuzzers that read posts or
# Markdown, every post of the blog fixtures (tests/fixtures/blog), so that
# the fuzzers start from what the importer and the tests already read.
# Seeds are named by their content's hash, as libFuzzer names what it finds.

cmake_minimum_required(VERSION 3.21)

set(_fuzzers fuzz_frontmatter fuzz_post fuzz_textdecoding fuzz_tokenizer fuzz_query
  fuzz_progress fuzz_sourcemap fuzz_markdown fuzz_goodreads fuzz_mirror)
set(_with_posts fuzz_frontmatter fuzz_post fuzz_textdecoding fuzz_tokenizer fuzz_progress
  fuzz_sourcemap fuzz_markdown)

file(GLOB_RECURSE _posts LIST_DIRECTORIES false
  "${SOURCE_DIR}/tests/fixtures/blog/*.md" "${SOURCE_DIR}/tests/fixtures/blog/*.markdown")

foreach(_fuzzer IN LISTS _fuzzers)
  set(_dir "${OUT}/${_fuzzer}")
  file(REMOVE_RECURSE "${_dir}")
  file(MAKE_DIRECTORY "${_dir}")
  file(GLOB _seeds LIST_DIRECTORIES false "${SOURCE_DIR}/tests/fuzz/corpus/${_fuzzer}/*")
  if(_fuzzer IN_LIST _with_posts)
    list(APPEND _seeds ${_posts})
  endif()
  foreach(_seed IN LISTS _seeds)
    file(SHA1 "${_seed}" _hash)
    file(COPY_FILE "${_seed}" "${_dir}/${_hash}")
  endforeach()
endforeach()
