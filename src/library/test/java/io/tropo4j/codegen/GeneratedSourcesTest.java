package io.tropo4j.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.tropo4j.codegen.Spec.ResourceType;
import io.tropo4j.codegen.Spec.Service;
import io.tropo4j.core.Resource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The committed generated sources are what the pinned specification and schemas give, and cover all of it. */
class GeneratedSourcesTest {
  private static final Path SPEC = Path.of("src/codegen/spec/db.json.gz");
  private static final Path SCHEMAS = Path.of("src/codegen/spec/schemas.json.gz");
  private static final Path IAM = Path.of("src/codegen/spec/iam.json.gz");
  private static final Path ROOT = Path.of("src/generated/java");
  private static Spec spec;
  private static ProviderSchemas schemas;
  private static IamActionsEmitter iam;

  @BeforeAll
  static void readSpec() throws IOException {
    spec = SpecReader.read(SPEC);
    schemas = ProviderSchemas.read(SCHEMAS);
    iam = IamActionsEmitter.read(IAM);
  }

  @Test
  void generatedSourcesHaveNotDrifted() throws IOException {
    Map<String, String> onDisk = new TreeMap<>();
    for (Path path : new SourceTree(ROOT).javaFiles()) {
      onDisk.put(ROOT.relativize(path).toString().replace('\\', '/'), Files.readString(path, StandardCharsets.UTF_8));
    }
    List<String> drift = new ArrayList<>();
    Set<String> generated = new HashSet<>();
    for (GeneratedFile file : Generator.generate(spec, schemas, iam)) {
      generated.add(file.path());
      String committed = onDisk.get(file.path());
      if (committed == null) {
        drift.add("missing: " + file.path());
      } else if (!committed.equals(file.content())) {
        drift.add("differs: " + file.path());
      }
    }
    onDisk.keySet().stream().filter(path -> !generated.contains(path)).forEach(path -> drift.add("extra: " + path));
    if (!drift.isEmpty()) {
      fail(drift.size() + " generated files differ from the specification; run 'make generate'. First: "
          + drift.subList(0, Math.min(5, drift.size())));
    }
  }

  @Test
  void everyResourceTypeHasExactlyOneClass() throws Exception {
    String version = Files.readString(SPEC.resolveSibling("VERSION")).strip();
    if (version.equals("0.1.216")) {
      assertEquals(1828, spec.resourceCount());
    }
    Set<String> types = new HashSet<>();
    for (Service service : spec.services()) {
      for (ResourceType resource : service.resources()) {
        Class<?> type = Class.forName(Naming.packageName(service.shortName()) + "." + resource.name());
        Resource<?> instance = (Resource<?>) type.getConstructor(String.class).newInstance("Probe");
        assertEquals(resource.cloudFormationType(), instance.type());
        assertTrue(types.add(instance.type()), "two classes for " + instance.type());
      }
    }
    assertEquals(spec.resourceCount(), types.size());
    Path resourcesRoot = ROOT.resolve(Naming.RESOURCES_PACKAGE.replace('.', '/'));
    long resourceFiles = new SourceTree(ROOT).javaFiles().stream()
        .filter(path -> !path.getFileName().toString().equals("package-info.java"))
        .filter(path -> !path.getParent().equals(resourcesRoot)) // StatefulTypes, beside the service packages
        .filter(path -> path.startsWith(resourcesRoot)) // the IAM actions are the other generated package
        .count();
    assertEquals(spec.resourceCount(), resourceFiles, "one file per resource type, and no other");
  }
}
