package io.tropo4j.codegen;

import java.util.Map;

/**
 * The Java types of one file's properties. A property of type T is set either from a literal (a
 * {@code String}, an {@code int}, a {@code List<String>}) or from any {@code Value<T>}: a Ref, a
 * GetAtt, an Fn::If, or a nested property type, which is itself a value.
 */
final class JavaTypes {
  static final String VALUE = "io.tropo4j.fn.Value";
  static final String JSON = "io.tropo4j.fn.Json";
  static final String TAG = "io.tropo4j.core.Tag";
  static final String LIST = "java.util.List";
  static final String MAP = "java.util.Map";

  private final Imports imports;
  private final Map<String, String> structs;

  /** @param structs property type ID to the qualified name of its nested class */
  JavaTypes(Imports imports, Map<String, String> structs) {
    this.imports = imports;
    this.structs = structs;
  }

  String use(String qualifiedName) {
    return imports.use(qualifiedName);
  }

  /** T of {@code Value<T>}. */
  String valueType(TypeRef type) {
    if (type instanceof TypeRef.Primitive p) {
      return switch (p.name()) {
        case "string" -> use("java.lang.String");
        case "integer" -> use("java.lang.Integer");
        case "number" -> use("java.lang.Double");
        case "boolean" -> use("java.lang.Boolean");
        default -> use(JSON);
      };
    } else if (type instanceof TypeRef.TagType) {
      return use(TAG);
    } else if (type instanceof TypeRef.Struct s) {
      return struct(s);
    } else if (type instanceof TypeRef.ArrayOf a) {
      return use(LIST) + "<" + valueType(a.element()) + ">";
    } else if (type instanceof TypeRef.MapOf m) {
      return use(MAP) + "<" + use("java.lang.String") + ", " + valueType(m.element()) + ">";
    }
    return use("java.lang.Object");
  }

  /** {@code Value<T>}. */
  String valueParameter(TypeRef type) {
    return use(VALUE) + "<" + valueType(type) + ">";
  }

  /**
   * The plain Java type a literal of this type is written as, or null when the value form is the
   * only form (JSON, tags and nested types are values already).
   */
  String literalParameter(TypeRef type) {
    if (type instanceof TypeRef.Primitive p) {
      return switch (p.name()) {
        case "string" -> use("java.lang.String");
        case "integer" -> "int";
        case "number" -> "double";
        case "boolean" -> "boolean";
        default -> null;
      };
    } else if (type instanceof TypeRef.ArrayOf a) {
      return use(LIST) + "<" + element(a.element()) + ">";
    } else if (type instanceof TypeRef.MapOf m) {
      return use(MAP) + "<" + use("java.lang.String") + ", " + element(m.element()) + ">";
    }
    return null;
  }

  /** The expression that turns a literal parameter into a value. */
  String literalToValue(TypeRef type, String parameter) {
    if (type instanceof TypeRef.ArrayOf) {
      return use(VALUE) + ".listOf(" + parameter + ")";
    } else if (type instanceof TypeRef.MapOf) {
      return use(VALUE) + ".mapOf(" + parameter + ")";
    }
    return use(VALUE) + ".of(" + parameter + ")";
  }

  /** An item of a literal list or map: boxed, and nested types and JSON as themselves. */
  private String element(TypeRef type) {
    if (type instanceof TypeRef.ArrayOf || type instanceof TypeRef.MapOf) {
      return literalParameter(type);
    }
    return valueType(type);
  }

  String struct(TypeRef.Struct struct) {
    String name = structs.get(struct.id());
    if (name == null) {
      throw new IllegalStateException("property type " + struct.id() + " belongs to no resource of this file");
    }
    return use(name);
  }
}
