package io.tropo4j.codegen;

import io.tropo4j.codegen.Spec.ResourceType;
import io.tropo4j.codegen.Spec.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes {@code io.tropo4j.resources.StatefulTypes}: the types the specification marks as holding
 * data, by name, for code that has a type name and no class (the deployer's change preview).
 */
final class StatefulTypesEmitter {
  GeneratedFile emit(Spec spec) {
    List<String> types = new ArrayList<>();
    for (Service service : spec.services()) {
      for (ResourceType resource : service.resources()) {
        if (resource.stateful()) {
          types.add(resource.cloudFormationType());
        }
      }
    }
    types.sort(null);
    String names = types.stream().map(t -> "      " + ResourceEmitter.literal(t)).collect(Collectors.joining(",\n"));
    String text = ResourceEmitter.HEADER
        + "package " + Naming.RESOURCES_PACKAGE + ";\n\n"
        + "import java.util.Set;\n\n"
        + "/** The resource types that hold data, as the specification marks them. */\n"
        + "public final class StatefulTypes {\n"
        + "  private static final Set<String> TYPES = Set.of(" + (names.isEmpty() ? "" : "\n" + names) + ");\n\n"
        + "  private StatefulTypes() {}\n\n"
        + "  /** Whether a resource of this type, e.g. {@code AWS::RDS::DBInstance}, holds data. */\n"
        + "  public static boolean contains(String type) {\n"
        + "    return TYPES.contains(type);\n"
        + "  }\n"
        + "}\n";
    return new GeneratedFile(Naming.RESOURCES_PACKAGE.replace('.', '/') + "/StatefulTypes.java", text);
  }
}
