package io.tropo4j.importer;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The imports of the class being written. A simple name goes to the first class that asks for it;
 * the library's own names are kept for the library, so {@code AWS::SSM::Parameter} is written
 * qualified beside {@code io.tropo4j.core.Parameter}.
 */
final class Imports {
  private static final String[] LIBRARY = {
    "io.tropo4j.core.Condition", "io.tropo4j.core.CreationPolicy", "io.tropo4j.core.CustomResource",
    "io.tropo4j.core.DeletionPolicy", "io.tropo4j.core.Mapping", "io.tropo4j.core.Output",
    "io.tropo4j.core.Parameter", "io.tropo4j.core.ParameterType", "io.tropo4j.core.Rule", "io.tropo4j.core.Stack",
    "io.tropo4j.core.Tag", "io.tropo4j.core.Template", "io.tropo4j.core.UntypedResource",
    "io.tropo4j.core.UpdatePolicy", "io.tropo4j.core.UpdateReplacePolicy", "io.tropo4j.fn.Fn", "io.tropo4j.fn.Json",
    "io.tropo4j.fn.Pseudo", "io.tropo4j.fn.Value", "java.util.List", "java.util.Map"};

  private final Map<String, String> owners = new HashMap<>();
  private final TreeSet<String> used = new TreeSet<>();

  Imports(String ownClassName) {
    owners.put(ownClassName, "");
    for (String name : LIBRARY) {
      owners.putIfAbsent(simpleName(name), name);
    }
  }

  /** How the code names the class: its simple name when imported, else its qualified name. */
  String name(String qualifiedName) {
    String simple = simpleName(qualifiedName);
    String owner = owners.putIfAbsent(simple, qualifiedName);
    if (owner == null || owner.equals(qualifiedName)) {
      used.add(qualifiedName);
      return simple;
    }
    return qualifiedName;
  }

  /** A nested class ({@code SecurityGroup.Ingress}), through its enclosing class. */
  String name(Class<?> type) {
    if (type.getEnclosingClass() != null) {
      return name(type.getEnclosingClass()) + "." + type.getSimpleName();
    }
    return name(type.getName());
  }

  /** The import lines, sorted. */
  String lines() {
    StringBuilder out = new StringBuilder();
    for (String name : used) {
      out.append("import ").append(name).append(";\n");
    }
    return out.toString();
  }

  private static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }
}
