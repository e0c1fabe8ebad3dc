# Writes a C++ source defining `NAMESPACE::NAME` as the text of INPUT, so
# lexicons stay plain files in the repository and need no install path.
# usage: cmake -DINPUT=file.txt -DOUTPUT=file.cpp -DNAMESPACE=ns -DNAME=identifier -P embed.cmake
file(READ "${INPUT}" content)
set(delimiter "nwsdata")
string(FIND "${content}" ")${delimiter}\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains the raw-string delimiter")
endif()
file(WRITE "${OUTPUT}.tmp"
     "// Generated from ${INPUT} by cmake/embed.cmake; edit that file instead.\n"
     "#include <string_view>\n"
     "namespace ${NAMESPACE} {\n"
     "extern const std::string_view ${NAME};\n"
     "const std::string_view ${NAME} = R\"${delimiter}(${content})${delimiter}\";\n"
     "}\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
