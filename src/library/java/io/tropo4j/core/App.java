package io.tropo4j.core;

import io.tropo4j.fn.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A system of several stacks, each with the environment it is deployed in, whose stacks read each other's
 * outputs through {@link StackOutput}s. Building the app builds every stack, records which stack reads
 * which, adds the exports strong references need, and orders the stacks: each after the stacks it reads,
 * those independent of each other together ({@link Built#waves()}); a cycle is a build error naming it.
 */
public final class App {
  /** A stack of the app: its name in CloudFormation, the stack, where it is deployed. */
  public record Member(String name, Stack stack, StackEnvironment environment) {}

  /**
   * The app built: each stack's template, in the order it was added, the order to deploy them in, which
   * stacks each reads, and each read.
   */
  public record Built(Map<Member, Template> templates, List<List<Member>> waves, Map<Member, Set<Member>> dependencies,
      List<Read> reads) {}

  /** One stack's read of another's output: weak (Fn::GetStackOutput) or strong (an export it imports). */
  public record Read(Member reader, Member producer, String outputId, boolean strong) {}

  private final String name;
  private final Map<String, Member> members = new LinkedHashMap<>();
  /** Which member is being built now; set only while {@link #build} runs one. */
  private Member building;
  /** What the stacks built so far read: the dependencies and the exports are derived from it. */
  private final Set<Read> reads = new LinkedHashSet<>();

  public App(String name) {
    this.name = Objects.requireNonNull(name, "app name");
  }

  public String name() {
    return name;
  }

  /** Adds the stack under its own name, deployed in that environment. */
  public Member add(Stack stack, StackEnvironment environment) {
    return add(stack.name(), stack, environment);
  }

  /** Adds the stack under that name in CloudFormation. */
  public Member add(String stackName, Stack stack, StackEnvironment environment) {
    Member member = new Member(Objects.requireNonNull(stackName, "stack name"), Objects.requireNonNull(stack,
        "stack"), Objects.requireNonNull(environment, "environment"));
    if (members.putIfAbsent(stackName, member) != null) {
      throw new IllegalArgumentException("app " + name + " has a stack named " + stackName + " already");
    }
    return member;
  }

  /** A handle on an output of one of the app's stacks, for another of its stacks to read. */
  public StackOutput output(Member producer, String outputId) {
    if (members.get(producer.name()) != producer) {
      throw new IllegalArgumentException("stack " + producer.name() + " is not a stack of app " + name);
    }
    return new StackOutput(this, producer, outputId);
  }

  public List<Member> members() {
    return List.copyOf(members.values());
  }

  /** Records that the stack being built reads the output; the reader's member. */
  Member reading(StackOutput output, boolean strong) {
    if (building == null) {
      throw new IllegalStateException("output " + output.outputId() + " of stack " + output.stackName() + " is read "
          + "outside the build of a stack of app " + name + ": read it in the reading stack's build()");
    }
    Member producer = members.get(output.stackName());
    if (producer == building) {
      throw new IllegalStateException("stack " + building.name() + " reads its own output " + output.outputId()
          + ": use the value the output holds instead");
    }
    reads.add(new Read(building, producer, output.outputId(), strong));
    return building;
  }

  /**
   * Builds every stack, adds the exports strong references need, and orders the stacks.
   *
   * @throws InvalidTemplateException a stack reads an output its producer does not have, or stacks read
   *     each other in a cycle (the problem names it)
   */
  public Built build() {
    reads.clear();
    Map<Member, Template> templates = new LinkedHashMap<>();
    for (Member member : members.values()) {
      building = member;
      try {
        templates.put(member, member.stack().build());
      } finally {
        building = null;
      }
    }
    Map<Member, Set<Member>> readsOf = new LinkedHashMap<>();
    Map<Member, Set<String>> exported = new LinkedHashMap<>();
    for (Read read : reads) {
      readsOf.computeIfAbsent(read.reader(), k -> new LinkedHashSet<>()).add(read.producer());
      if (read.strong()) {
        exported.computeIfAbsent(read.producer(), k -> new LinkedHashSet<>()).add(read.outputId());
      }
    }
    List<Problem> problems = new ArrayList<>();
    exported.forEach((producer, outputs) -> {
      for (String outputId : outputs) {
        Output output = outputNamed(templates.get(producer), outputId);
        if (output == null) {
          problems.add(new Problem("Outputs." + outputId, "stack " + producer.name() + " has no output " + outputId
              + ", which another stack of app " + name + " imports"));
        } else {
          output.exportName(Value.of(producer.name() + ":" + outputId));
        }
      }
    });
    Map<Member, Set<Member>> dependencies = new LinkedHashMap<>();
    for (Member member : members.values()) {
      dependencies.put(member, Collections.unmodifiableSet(readsOf.getOrDefault(member, Set.of())));
    }
    List<List<Member>> waves = waves(dependencies, problems);
    if (!problems.isEmpty()) {
      throw new InvalidTemplateException(problems);
    }
    return new Built(Collections.unmodifiableMap(templates), waves, Collections.unmodifiableMap(dependencies),
        List.copyOf(reads));
  }

  private static Output outputNamed(Template template, String outputId) {
    for (Output output : template.outputs()) {
      if (output.logicalId().equals(outputId)) {
        return output;
      }
    }
    return null;
  }

  /** Kahn's order by waves: each wave's stacks depend only on earlier waves'; what is left is a cycle. */
  private List<List<Member>> waves(Map<Member, Set<Member>> dependencies, List<Problem> problems) {
    List<List<Member>> waves = new ArrayList<>();
    Set<Member> done = new LinkedHashSet<>();
    while (done.size() < dependencies.size()) {
      List<Member> wave = new ArrayList<>();
      for (Map.Entry<Member, Set<Member>> entry : dependencies.entrySet()) {
        if (!done.contains(entry.getKey()) && done.containsAll(entry.getValue())) {
          wave.add(entry.getKey());
        }
      }
      if (wave.isEmpty()) {
        problems.add(new Problem("App." + name, "the stacks read each other's outputs in a cycle: " + cycle(dependencies,
            done)));
        return waves;
      }
      done.addAll(wave);
      waves.add(List.copyOf(wave));
    }
    return waves;
  }

  /** One cycle among the stacks not ordered, as "a -> b -> a". */
  private static String cycle(Map<Member, Set<Member>> dependencies, Set<Member> done) {
    Member start = null;
    for (Member member : dependencies.keySet()) {
      if (!done.contains(member)) {
        start = member;
        break;
      }
    }
    List<Member> path = new ArrayList<>();
    Member at = start;
    while (!path.contains(at)) {
      path.add(at);
      for (Member next : dependencies.get(at)) {
        if (!done.contains(next)) {
          at = next;
          break;
        }
      }
    }
    List<String> names = new ArrayList<>();
    for (Member member : path.subList(path.indexOf(at), path.size())) {
      names.add(member.name());
    }
    names.add(at.name());
    return String.join(" -> ", names);
  }
}
