package io.tropo4j.codegen;

/** One generated source file: its path under the source root, and its text. */
record GeneratedFile(String path, String content) {}
