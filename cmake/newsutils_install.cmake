# What `cmake --install` puts where, in GNUInstallDirs' places and, for the
# completions, where Debian's shells look. Two components, which are also the
# two .deb packages (cmake/newsutils_package.cmake):
#   Runtime      the tools, their man pages and newsutils(7), the completions
#   Development  the library, its headers and the CMake package config
# Included from the top level once the tools and the library are declared.

# ---- Runtime -----------------------------------------------------------------
get_property(tools GLOBAL PROPERTY NEWSUTILS_TOOLS)
get_property(tool_targets GLOBAL PROPERTY NEWSUTILS_TOOL_TARGETS)
install(TARGETS ${tool_targets} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT Runtime)
install(FILES man/newsutils.7 DESTINATION ${CMAKE_INSTALL_MANDIR}/man7 COMPONENT Runtime)
# bash-completion loads completions on demand from this directory, named after the command.
find_package(bash-completion QUIET)
if(BASH_COMPLETION_FOUND AND BASH_COMPLETION_COMPLETIONSDIR MATCHES "^/usr/share")
  string(REGEX REPLACE "^/usr/" "" bash_completion_dir "${BASH_COMPLETION_COMPLETIONSDIR}")
else()
  set(bash_completion_dir ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
endif()
foreach(tool IN LISTS tools)
  install(FILES man/${tool}.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT Runtime)
  install(FILES completions/${tool}.bash DESTINATION ${bash_completion_dir} RENAME ${tool} COMPONENT Runtime)
  install(FILES completions/_${tool} DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions COMPONENT Runtime)
  install(FILES completions/${tool}.fish DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d
          COMPONENT Runtime)
endforeach()
# Debian wants the licence of every package at this place.
install(FILES LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME copyright COMPONENT Runtime)

# ---- Development -------------------------------------------------------------
# Every sub-library of common/, as newsutils::NAME (its EXPORT_NAME), with the
# headers of common/NAME/ in include/newsutils/NAME/: a header includes
# another as "text/utf8.hpp", so include/newsutils is the include root, as
# common/ is in the build.
get_property(libraries GLOBAL PROPERTY NEWSUTILS_LIBRARIES)
set(newsutils_config_dir ${CMAKE_INSTALL_LIBDIR}/cmake/newsutils)
install(TARGETS ${libraries} EXPORT newsutils-targets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT Development
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/newsutils)
foreach(library IN LISTS libraries)
  get_target_property(name ${library} EXPORT_NAME)
  get_target_property(source_dir ${library} SOURCE_DIR)
  install(DIRECTORY ${source_dir}/ DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/newsutils/${name} COMPONENT Development
          FILES_MATCHING PATTERN "*.hpp" PATTERN data EXCLUDE)
endforeach()
install(EXPORT newsutils-targets NAMESPACE newsutils:: DESTINATION ${newsutils_config_dir} COMPONENT Development)

include(CMakePackageConfigHelpers)
configure_package_config_file(cmake/newsutilsConfig.cmake.in ${PROJECT_BINARY_DIR}/newsutilsConfig.cmake
                              INSTALL_DESTINATION ${newsutils_config_dir})
# Before 1.0 a minor release may change the library's interface.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/newsutilsConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/newsutilsConfig.cmake ${PROJECT_BINARY_DIR}/newsutilsConfigVersion.cmake
        DESTINATION ${newsutils_config_dir} COMPONENT Development)
