package io.tropo4j.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.tropo4j.catalog.Catalog;
import io.tropo4j.catalog.CatalogLoader;
import io.tropo4j.core.Stack;
import io.tropo4j.core.TerminationProtection;
import io.tropo4j.deploy.cloudformation.StackPolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every catalog stack holds data, so each is created with a stack policy over its data and with termination
 * protection (what {@link Safeguards} does with them is StackSafeguardsTest's). This covers ecs-service too,
 * which neither emulator can create (CatalogLifecycleIT sees the other four created so on MiniStack).
 */
class CatalogSafeguardsTest {
  @Test
  void everyCatalogStackHoldsDataAndAsksForProtection(@TempDir Path cache) {
    Catalog catalog = new CatalogLoader(cache, warning -> { }).load(List.of(), List.of(),
        List.of(Path.of("src/stacks/java")));
    assertEquals(List.of("ecs-cluster", "ecs-service", "fargate-service", "order-worker", "static-site", "webapp"),
        catalog.names());
    for (Stack stack : catalog.stacks()) {
      Map<String, String> data = StackPolicy.dataResources(Catalog.build(stack));
      assertFalse(data.isEmpty(), stack.name() + " holds no data");
      assertEquals(TerminationProtection.WHEN_IT_HOLDS_DATA, stack.terminationProtection(), stack.name());
    }
  }
}
