# Fails when a user-visible string in the sources has no zh_CN translation:
# runs lupdate over the sources into a copy of the catalogue and looks for
# messages it had to add as unfinished.
file(COPY_FILE ${TS_FILE} ${WORK_DIR}/check.ts)
execute_process(COMMAND ${LUPDATE} -no-obsolete -locations none ${SOURCE_DIR}/src ${SOURCE_DIR}/ui
                        -ts ${WORK_DIR}/check.ts
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "lupdate failed: ${output}")
endif()
file(READ ${WORK_DIR}/check.ts catalogue)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*<translation type=\"unfinished\"" missing "${catalogue}")
list(LENGTH missing count)
if(count GREATER 0)
  message(FATAL_ERROR "${count} string(s) have no zh_CN translation:\n${missing}\n"
                      "Run: cmake --build build --target update_translations, then translate them.")
endif()
message(STATUS "zh_CN translation complete")
