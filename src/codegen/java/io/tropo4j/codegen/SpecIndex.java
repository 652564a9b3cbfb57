package io.tropo4j.codegen;

import io.tropo4j.codegen.Spec.ResourceType;
import io.tropo4j.codegen.Spec.Service;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Lookups across the whole specification: where each resource's class lives and what it is called. */
final class SpecIndex {
  private final Map<String, ResourceType> byType = new HashMap<>();
  private final Map<String, String> packageOf = new HashMap<>();
  private final Map<String, Set<String>> classesOfPackage = new HashMap<>();
  private final Map<String, Map<String, String>> attributeMethods = new HashMap<>();

  SpecIndex(Spec spec) {
    for (Service service : spec.services()) {
      String pkg = Naming.packageName(service.shortName());
      for (ResourceType resource : service.resources()) {
        byType.put(resource.cloudFormationType(), resource);
        packageOf.put(resource.cloudFormationType(), pkg);
        classesOfPackage.computeIfAbsent(pkg, p -> new TreeSet<>()).add(resource.name());
      }
    }
  }

  ResourceType resource(String cloudFormationType) {
    return byType.get(cloudFormationType);
  }

  String className(String cloudFormationType) {
    return packageOf.get(cloudFormationType) + "." + byType.get(cloudFormationType).name();
  }

  Set<String> classesOfPackage(String packageName) {
    return classesOfPackage.getOrDefault(packageName, Set.of());
  }

  /** Attribute name to accessor name, for one resource type; accessors never collide. */
  Map<String, String> attributeMethods(ResourceType resource) {
    return attributeMethods.computeIfAbsent(resource.cloudFormationType(), t -> {
      Map<String, String> methods = new LinkedHashMap<>();
      Set<String> taken = new TreeSet<>(Naming.RESOURCE_METHODS);
      // Undotted names first, so Endpoint.Address yields to an attribute named EndpointAddress.
      List<String> names = new ArrayList<>(resource.attributes().keySet());
      names.sort(Comparator.comparing((String name) -> name.contains(".")).thenComparing(name -> name));
      for (String attribute : names) {
        String method = Naming.attributeMethod(attribute, Naming.RESOURCE_METHODS);
        if (taken.contains(method)) {
          method = Naming.attributeMethod(attribute.replace('.', '_'), Naming.RESOURCE_METHODS);
        }
        if (!taken.add(method)) {
          throw new IllegalStateException(resource.cloudFormationType() + ": attributes collide as " + method + "()");
        }
        methods.put(attribute, method);
      }
      return methods;
    });
  }
}
