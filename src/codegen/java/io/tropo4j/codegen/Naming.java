package io.tropo4j.codegen;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Java names for specification names. Every rule is a pure function of the name and the names it
 * must not collide with, so a name never changes because another type was added.
 */
final class Naming {
  static final String RESOURCES_PACKAGE = "io.tropo4j.resources";

  static final Set<String> KEYWORDS = Set.of(
      "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
      "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
      "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
      "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
      "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
      "volatile", "while", "true", "false", "null", "var", "yield", "record", "sealed", "permits",
      "non-sealed", "_");

  private static final Set<String> OBJECT_METHODS = Set.of(
      "equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

  /** Methods of {@code Resource}: a property or attribute named like one gets a suffix. */
  static final Set<String> RESOURCE_METHODS = union(OBJECT_METHODS, Set.of(
      "logicalId", "type", "schema", "ref", "getAtt", "self", "set", "properties", "dependsOn",
      "dependencies", "condition", "deletionPolicy", "updateReplacePolicy", "retainData", "snapshotData",
      "creationPolicy", "updatePolicy", "metadata", "init", "writeTo", "writeMap"));

  /** Methods of {@code Struct}. */
  static final Set<String> STRUCT_METHODS = union(OBJECT_METHODS, Set.of("set", "schema", "properties", "writeTo"));

  private Naming() {}

  static String packageName(String serviceShortName) {
    String name = serviceShortName.toLowerCase(Locale.ROOT);
    return RESOURCES_PACKAGE + "." + (KEYWORDS.contains(name) ? name + "_" : name);
  }

  /** {@code BucketName} becomes {@code bucketName}; {@code DBInstanceClass} becomes {@code dbInstanceClass}. */
  static String lowerCamel(String name) {
    int upper = 0;
    while (upper < name.length() && Character.isUpperCase(name.charAt(upper))) {
      upper++;
    }
    if (upper == 0) {
      return name;
    }
    if (upper == name.length()) {
      return name.toLowerCase(Locale.ROOT);
    }
    // Keep the last capital of an acronym when a lower-case word follows it: DBInstance -> dbInstance.
    int lower = upper > 1 && Character.isLowerCase(name.charAt(upper)) ? upper - 1 : upper;
    return name.substring(0, lower).toLowerCase(Locale.ROOT) + name.substring(lower);
  }

  static String upperFirst(String name) {
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** The setter for a property: lower camel case, with "Property" appended when the name is taken. */
  static String propertyMethod(String propertyName, Set<String> reserved) {
    String name = identifier(lowerCamel(propertyName));
    return KEYWORDS.contains(name) || reserved.contains(name) ? name + "Property" : name;
  }

  /** The accessor for an attribute: {@code Endpoint.Address} becomes {@code endpointAddress}. */
  static String attributeMethod(String attributeName, Set<String> reserved) {
    StringBuilder name = new StringBuilder();
    for (String part : attributeName.split("\\.")) {
      name.append(name.length() == 0 ? lowerCamel(part) : upperFirst(part));
    }
    String method = identifier(name.toString());
    return KEYWORDS.contains(method) || reserved.contains(method) ? method + "Attribute" : method;
  }

  /** Replaces characters Java does not allow in identifiers; the spec has none today. */
  static String identifier(String name) {
    StringBuilder out = new StringBuilder(name.length() + 1);
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
      out.append('_');
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      out.append(Character.isJavaIdentifierPart(c) ? c : '_');
    }
    return out.toString();
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
