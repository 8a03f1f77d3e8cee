# Packages made by CPack from the install rules (`cmake --build build
# --target package`):
#   Linux   a .deb for Debian 12: /usr/bin/waypoint with the web assets and
#           the translations compiled in, the desktop entry, the AppStream
#           metainfo, the MIME type, the icon, the manual page, the
#           copyright and the changelog; Depends computed by dpkg-shlibdeps.
#   macOS   Waypoint.app made self-contained by macdeployqt, in a .dmg.
#   Windows waypoint.exe beside what windeployqt copies, in an NSIS installer.
# Only the .deb is built and tested here (packaging/test-installed-deb.sh);
# the other two are built by .github/workflows/desktop-packages.yml.

set(CPACK_PACKAGE_NAME waypoint)
set(CPACK_PACKAGE_VENDOR "Waypoint developers")
set(CPACK_PACKAGE_CONTACT "Waypoint developers <waypointjournal@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop journal for engineers")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_INSTALL_DIRECTORY Waypoint)
set(CPACK_PACKAGE_EXECUTABLES waypoint Waypoint)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build[^/]*/" "/\\\\.git/" "/node_modules/")

if(APPLE)
  set(CPACK_GENERATOR DragNDrop)
  set(CPACK_DMG_VOLUME_NAME Waypoint)
elseif(WIN32)
  set(CPACK_GENERATOR NSIS)
  set(CPACK_NSIS_DISPLAY_NAME Waypoint)
  set(CPACK_NSIS_PACKAGE_NAME Waypoint)
  set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/packaging/icons/waypoint.ico)
  # waypoint.exe is installed in bin\ (GNUInstallDirs); CPACK_PACKAGE_EXECUTABLES
  # gives it the Start-menu shortcut.
  set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\waypoint.exe")
  set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
  set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
else()
  set(CPACK_GENERATOR DEB)
  set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
  set(CPACK_DEBIAN_PACKAGE_SECTION text)
  set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
  # The synopsis is CPACK_PACKAGE_DESCRIPTION_SUMMARY; CPack indents these
  # lines and turns the blank one into " .".
  set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
      "Waypoint keeps dated journal entries in Markdown, with a live preview that
shows code, math and diagrams, in one file of your own. It keeps reading
lists whose progress comes from what you write, and three-year goal plans
with their reviews.

Its full-text search works for Chinese, Japanese and Korean as well as
English. It imports Hugo, Jekyll and Hexo blogs, exports to PDF, HTML and
Markdown, and syncs between machines through git or a synced folder.")
  # What the binary links, found by dpkg-shlibdeps; then what Qt loads as
  # plugins, which no tool can see: the SQLite driver, the platform plugins
  # and the SVG icon engine.
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
  # Without a CJK font the window and the PDFs show no Chinese.
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n, qt6-wayland")
  set(CPACK_DEBIAN_PACKAGE_SUGGESTS "git, fonts-noto-color-emoji")
  set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

  # The documentation a Debian package carries, compressed as policy asks
  # (gzip -9n: the same bytes on every build).
  set(_wp_doc ${CMAKE_CURRENT_BINARY_DIR}/packaging/doc)
  execute_process(COMMAND date -R -u -d ${WAYPOINT_RELEASE_DATE}
                  OUTPUT_VARIABLE WAYPOINT_RELEASE_DATE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE)
  configure_file(${PROJECT_SOURCE_DIR}/packaging/debian/changelog.in ${_wp_doc}/changelog @ONLY)
  configure_file(${PROJECT_SOURCE_DIR}/packaging/waypoint.1.in ${_wp_doc}/waypoint.1 @ONLY)
  find_program(GZIP_EXECUTABLE gzip REQUIRED)
  add_custom_command(
    OUTPUT ${_wp_doc}/changelog.gz ${_wp_doc}/waypoint.1.gz
    COMMAND ${GZIP_EXECUTABLE} -9nkf ${_wp_doc}/changelog ${_wp_doc}/waypoint.1
    DEPENDS ${_wp_doc}/changelog ${_wp_doc}/waypoint.1
    COMMENT "Compressing the changelog and the manual page"
    VERBATIM)
  add_custom_target(package_docs ALL DEPENDS ${_wp_doc}/changelog.gz ${_wp_doc}/waypoint.1.gz)
  install(FILES ${PROJECT_SOURCE_DIR}/packaging/debian/copyright ${_wp_doc}/changelog.gz
          DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/waypoint)
  install(FILES ${_wp_doc}/waypoint.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

include(CPack)
