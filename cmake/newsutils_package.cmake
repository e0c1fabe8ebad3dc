# The Debian packages, by CPack: `cmake --build build --target package` (or
# `cpack` in build/) writes, from the two install components
# (cmake/newsutils_install.cmake),
#   newsutils_VERSION_ARCH.deb         the tools, man pages and completions
#   libnewsutils-dev_VERSION_ARCH.deb  the library, headers and CMake config
# so that `apt-get install ./newsutils_*.deb` gives the tools without a
# compiler's worth of headers, as Debian splits its own packages.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME newsutils)
set(CPACK_PACKAGE_CONTACT "newsutils maintainers <maintainers@users.noreply.r-seed-b2c5890e.example>")
set(CPACK_PACKAGE_VENDOR "the newsutils developers")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)  # the tools; CMake never strips a static library
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL Runtime Development)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # NAME_VERSION_ARCH.deb, the architecture from dpkg
# Each package's description has its own first line (the summary), which a
# CPACK_PACKAGE_DESCRIPTION_SUMMARY would replace in both.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")

set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME newsutils)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SECTION text)
set(CPACK_COMPONENT_RUNTIME_DESCRIPTION
    "Unix tools for news text
Four filters for scraped news articles that pipe together: clean keeps a page's
headline and body, split-sentences writes one sentence a line,
extract-quotes lists each quotation with its speaker, and count-figures each
numeric figure with its value, kind, unit and what it counts. Findings are
tab-separated lines or JSON Lines with byte offsets. Man pages (newsutils(7)
for the overview) and bash, zsh and fish completions are included.")
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_NAME libnewsutils-dev)
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_SECTION libdevel)
set(CPACK_COMPONENT_DEVELOPMENT_DESCRIPTION
    "C++ library of the newsutils tools (static, with headers)
The analyses behind the newsutils tools as static C++20 libraries with their
headers and a CMake package config: find_package(newsutils) gives
newsutils::sentences, newsutils::figures, newsutils::quotes, newsutils::clean
and the text, io and cli libraries they stand on.")
# What a program built with it links too, and what the package config finds.
set(CPACK_DEBIAN_DEVELOPMENT_PACKAGE_DEPENDS "libfmt-dev, libicu-dev, libsimdjson-dev")

# The tools' dependencies are read from the binaries by dpkg-shlibdeps (in
# dpkg-dev; CPack finds the binaries with `file`), so that they name the
# libraries and versions of the system that built the package (libicu72 on
# Debian 12, another on the next release). Without those two, the list of a
# build on Debian 12, which is only right there.
find_program(NEWSUTILS_DPKG_SHLIBDEPS dpkg-shlibdeps)
find_program(NEWSUTILS_FILE file)
if(NEWSUTILS_DPKG_SHLIBDEPS AND NEWSUTILS_FILE)
  set(CPACK_DEBIAN_RUNTIME_PACKAGE_SHLIBDEPS ON)
else()
  message(STATUS "dpkg-shlibdeps or file not found (apt-get install dpkg-dev file): "
                 "the .deb gets the dependencies of a Debian 12 build")
  set(CPACK_DEBIAN_RUNTIME_PACKAGE_DEPENDS
      "libc6 (>= 2.34), libfmt9 (>= 9.1.0+ds1), libgcc-s1 (>= 3.3.1), libicu72 (>= 72.1~rc-1~), libsimdjson14 (>= 3.0.1), libstdc++6 (>= 11)")
endif()

include(CPack)
