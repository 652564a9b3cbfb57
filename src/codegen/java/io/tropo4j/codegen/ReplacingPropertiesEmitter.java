package io.tropo4j.codegen;

import io.tropo4j.codegen.Spec.Property;
import io.tropo4j.codegen.Spec.PropertyType;
import io.tropo4j.codegen.Spec.Replacement;
import io.tropo4j.codegen.Spec.ResourceType;
import io.tropo4j.codegen.Spec.Service;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes {@code io.tropo4j.resources.ReplacingProperties}: for each resource type, the properties whose
 * change replaces the resource (the registry schema's create-only properties, as the specification gives
 * them), nested ones by their path, so that a tool holding two templates and no classes knows a
 * replacement before CloudFormation is asked.
 */
final class ReplacingPropertiesEmitter {
  /** Deep enough for every nested create-only property of the specification; a recursive type stops here. */
  private static final int DEPTH = 4;

  GeneratedFile emit(Spec spec) {
    Map<String, String> table = new TreeMap<>();
    for (Service service : spec.services()) {
      for (ResourceType resource : service.resources()) {
        Map<String, PropertyType> types = new HashMap<>();
        resource.propertyTypes().forEach(t -> types.put(t.id(), t));
        List<String> paths = new ArrayList<>();
        collect("", resource.properties(), types, paths, 0);
        if (!paths.isEmpty()) {
          table.put(resource.cloudFormationType(), String.join(" ", paths));
        }
      }
    }
    // A flat array of constants: a Map.ofEntries of some 1,600 generic calls takes javac minutes to infer.
    String entries = table.entrySet().stream().map(e -> "      " + ResourceEmitter.literal(e.getKey()) + ", "
        + ResourceEmitter.literal(e.getValue())).collect(Collectors.joining(",\n"));
    String text = ResourceEmitter.HEADER
        + "package " + Naming.RESOURCES_PACKAGE + ";\n\n"
        + "import java.util.HashMap;\n"
        + "import java.util.List;\n"
        + "import java.util.Map;\n\n"
        + "/**\n"
        + " * The properties whose change replaces a resource, by resource type, as the specification marks them\n"
        + " * (the registry schemas' create-only properties): each a path below {@code Properties}, a nested one\n"
        + " * with dots ({@code VpcConfig.SubnetIds}), one that may replace it (depending on the change) marked\n"
        + " * with a leading {@code ?}.\n"
        + " */\n"
        + "public final class ReplacingProperties {\n"
        + "  /** Type, then its paths separated by spaces; and so on. */\n"
        + "  private static final String[] TABLE = {" + (entries.isEmpty() ? "" : "\n" + entries + "\n  ") + "};\n"
        + "  private static final Map<String, String> PATHS = new HashMap<>();\n\n"
        + "  static {\n"
        + "    for (int i = 0; i < TABLE.length; i += 2) {\n"
        + "      PATHS.put(TABLE[i], TABLE[i + 1]);\n"
        + "    }\n"
        + "  }\n\n"
        + "  private ReplacingProperties() {}\n\n"
        + "  /** The paths for a type, e.g. {@code AWS::SQS::Queue}; empty for a type whose changes never replace it. */\n"
        + "  public static List<String> of(String type) {\n"
        + "    String paths = PATHS.get(type);\n"
        + "    return paths == null ? List.of() : List.of(paths.split(\" \"));\n"
        + "  }\n"
        + "}\n";
    return new GeneratedFile(Naming.RESOURCES_PACKAGE.replace('.', '/') + "/ReplacingProperties.java", text);
  }

  private static void collect(String prefix, Map<String, Property> properties, Map<String, PropertyType> types,
      List<String> paths, int depth) {
    properties.forEach((name, property) -> {
      String path = prefix + name;
      if (property.replacement() == Replacement.YES) {
        paths.add(path);
      } else {
        if (property.replacement() == Replacement.MAYBE) {
          paths.add("?" + path);
        }
        PropertyType nested = struct(property.type(), types);
        if (nested != null && depth < DEPTH) {
          collect(path + ".", nested.properties(), types, paths, depth + 1);
        }
      }
    });
  }

  /** The property type a property holds, itself or as the items of a list or map; null for any other. */
  private static PropertyType struct(TypeRef type, Map<String, PropertyType> types) {
    if (type instanceof TypeRef.Struct struct) {
      return types.get(struct.id());
    }
    if (type instanceof TypeRef.ArrayOf list) {
      return struct(list.element(), types);
    }
    return type instanceof TypeRef.MapOf map ? struct(map.element(), types) : null;
  }
}
