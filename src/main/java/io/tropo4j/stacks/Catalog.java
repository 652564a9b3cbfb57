package io.tropo4j.stacks;

import java.util.List;
import java.util.Optional;

/** Every stack the project ships, in the order `list` shows them. */
public final class Catalog {
  private final List<Stack> stacks;

  public Catalog(List<Stack> stacks) {
    this.stacks = List.copyOf(stacks);
  }

  /** The stacks this project ships. */
  public static Catalog standard() {
    return new Catalog(List.of(new WebappStack(), new EcsClusterStack(), new EcsServiceStack(), new FargateServiceStack(), new StaticSiteStack()));
  }

  public List<Stack> stacks() {
    return stacks;
  }

  public Optional<Stack> find(String name) {
    return stacks.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  public List<String> names() {
    return stacks.stream().map(Stack::name).toList();
  }
}
