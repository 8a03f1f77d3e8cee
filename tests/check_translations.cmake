# Fails when a user-visible string in the sources has no translation in
# TS_FILE (with PLURALS_ONLY: when a plural string has no English forms):
# runs lupdate over the sources into a copy of the catalogue and looks for
# messages it had to add as unfinished.
get_filename_component(name ${TS_FILE} NAME_WE)
set(copy ${WORK_DIR}/check_${name}.ts)
file(COPY_FILE ${TS_FILE} ${copy})
set(options -no-obsolete -locations none)
if(PLURALS_ONLY)
  list(APPEND options -pluralonly)
endif()
execute_process(COMMAND ${LUPDATE} ${options} ${SOURCE_DIR}/src ${SOURCE_DIR}/ui
                        -ts ${copy}
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "lupdate failed: ${output}")
endif()
file(READ ${copy} catalogue)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*<translation type=\"unfinished\"" missing "${catalogue}")
list(LENGTH missing count)
if(count GREATER 0)
  message(FATAL_ERROR "${count} string(s) have no translation in ${name}:\n${missing}\n"
                      "Run: cmake --build build --target update_translations, then translate them.")
endif()
message(STATUS "${name} complete")
