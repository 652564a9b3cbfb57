package io.tropo4j.codegen;

import io.tropo4j.codegen.Spec.ResourceType;
import io.tropo4j.codegen.Spec.Service;
import java.util.ArrayList;
import java.util.List;

/** The specification in, every generated source file out, in a fixed order. */
final class Generator {
  private Generator() {}

  static List<GeneratedFile> generate(Spec spec) {
    return generate(spec, ProviderSchemas.none(), IamActionsEmitter.none());
  }

  /** With the constraints the resource provider schemas add, and the IAM actions. */
  static List<GeneratedFile> generate(Spec spec, ProviderSchemas schemas, IamActionsEmitter iam) {
    SpecIndex index = new SpecIndex(spec);
    ResourceEmitter resources = new ResourceEmitter(index, schemas);
    PackageInfoEmitter packages = new PackageInfoEmitter();
    List<GeneratedFile> files = new ArrayList<>();
    for (Service service : spec.services()) {
      String packageName = Naming.packageName(service.shortName());
      files.add(packages.emit(packageName, service));
      for (ResourceType resource : service.resources()) {
        files.add(resources.emit(packageName, resource));
      }
    }
    files.add(new StatefulTypesEmitter().emit(spec));
    files.add(new ReplacingPropertiesEmitter().emit(spec));
    files.addAll(iam.emit());
    return files;
  }
}
