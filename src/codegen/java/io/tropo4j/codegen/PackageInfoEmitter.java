package io.tropo4j.codegen;

import io.tropo4j.codegen.Spec.ResourceType;
import io.tropo4j.codegen.Spec.Service;
import java.util.stream.Collectors;

/** Writes {@code package-info.java} of one service: what the package holds. */
final class PackageInfoEmitter {
  GeneratedFile emit(String packageName, Service service) {
    String types = service.resources().stream().map(ResourceType::name)
        .map(name -> "{@link " + name + "}").collect(Collectors.joining(", "));
    String text = ResourceEmitter.HEADER
        + new JavaDoc().note("The resource types of {@code " + service.namespace() + "}: " + types + ".").render("")
        + "package " + packageName + ";\n";
    return new GeneratedFile(packageName.replace('.', '/') + "/package-info.java", text);
  }
}
