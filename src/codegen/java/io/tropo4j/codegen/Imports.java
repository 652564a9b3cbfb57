package io.tropo4j.codegen;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides, for one source file, which types are imported and which are written in full. A simple
 * name is used once per file for one type; any other type with that name is written qualified, so
 * a nested {@code Tag} or {@code Value} never hides the core class of the same name.
 */
final class Imports {
  private final String packageName;
  private final Set<String> packageClasses;
  private final Map<String, String> bound = new HashMap<>();
  private final Set<String> imports = new TreeSet<>();

  /**
   * @param declared fully qualified names of the types declared in the file (outer and nested)
   * @param packageClasses simple names of the top-level classes of the package, which hide java.lang
   */
  Imports(String packageName, Set<String> declared, Set<String> packageClasses) {
    this.packageName = packageName;
    this.packageClasses = packageClasses;
    for (String type : declared) {
      bound.put(simpleName(type), type);
    }
  }

  /** The name to write for a fully qualified type; the file imports it when needed. */
  String use(String qualifiedName) {
    String simple = simpleName(qualifiedName);
    String current = bound.get(simple);
    if (current != null) {
      return current.equals(qualifiedName) ? simple : qualifiedName;
    }
    String owner = qualifiedName.substring(0, qualifiedName.length() - simple.length() - 1);
    if (owner.equals("java.lang") && packageClasses.contains(simple)) {
      return qualifiedName;
    }
    bound.put(simple, qualifiedName);
    if (!owner.equals("java.lang") && !owner.equals(packageName)) {
      imports.add(qualifiedName);
    }
    return simple;
  }

  Set<String> imports() {
    return imports;
  }

  private static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }
}
