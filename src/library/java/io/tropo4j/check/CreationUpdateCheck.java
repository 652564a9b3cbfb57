package io.tropo4j.check;

import io.tropo4j.core.Problem;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Template;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * CreationPolicy and UpdatePolicy only on the types that take them, each part on the types it is
 * for: CloudFormation refuses an UpdatePolicy elsewhere, and ignores a CreationPolicy, so the
 * signals it was meant to wait for are never awaited.
 */
final class CreationUpdateCheck {
  private static final String ASG = "AWS::AutoScaling::AutoScalingGroup";
  private static final String FLEET = "AWS::AppStream::Fleet";

  /** Each part of a CreationPolicy, with the types it applies to. */
  private static final Map<String, Set<String>> CREATION = Map.of(
      "ResourceSignal", Set.of(ASG, "AWS::EC2::Instance", "AWS::CloudFormation::WaitCondition"),
      "AutoScalingCreationPolicy", Set.of(ASG),
      "StartFleet", Set.of(FLEET));

  /** Each part of an UpdatePolicy, with the types it applies to (as cfn-lint's E3016 has them). */
  private static final Map<String, Set<String>> UPDATE = Map.of(
      "AutoScalingRollingUpdate", Set.of(ASG),
      "AutoScalingReplacingUpdate", Set.of(ASG),
      "AutoScalingScheduledAction", Set.of(ASG),
      "AutoScalingInstanceRefresh", Set.of(ASG),
      "CodeDeployLambdaAliasUpdate", Set.of("AWS::Lambda::Alias"),
      "EnableVersionUpgrade", Set.of("AWS::Elasticsearch::Domain", "AWS::OpenSearchService::Domain"),
      "UseOnlineResharding", Set.of("AWS::ElastiCache::ReplicationGroup"),
      "StartAfterUpdate", Set.of(FLEET),
      "StopBeforeUpdate", Set.of(FLEET));

  /** The types that take each attribute at all: every part's types together. */
  private static final Set<String> CREATION_TAKERS = takers(CREATION);
  private static final Set<String> UPDATE_TAKERS = takers(UPDATE);

  private CreationUpdateCheck() {}

  static void run(Template template, List<Problem> problems) {
    for (Resource<?> resource : template.resources()) {
      String path = "Resources." + resource.logicalId() + ".";
      check(path + "CreationPolicy", resource.creationPolicy(), resource.type(), CREATION, CREATION_TAKERS, problems);
      check(path + "UpdatePolicy", resource.updatePolicy(), resource.type(), UPDATE, UPDATE_TAKERS, problems);
    }
  }

  private static Set<String> takers(Map<String, Set<String>> parts) {
    Set<String> takers = new TreeSet<>();
    for (Set<String> types : parts.values()) {
      takers.addAll(types);
    }
    return takers;
  }

  private static void check(String path, Struct<?> policy, String type, Map<String, Set<String>> parts,
      Set<String> takers, List<Problem> problems) {
    if (policy == null) {
      return;
    }
    String attribute = path.substring(path.lastIndexOf('.') + 1);
    if (!takers.contains(type)) {
      problems.add(new Problem(path, type + " takes no " + attribute + "; only " + String.join(", ", takers) + " do"));
      return;
    }
    for (String part : policy.properties().keySet()) {
      Set<String> types = parts.get(part);
      if (types != null && !types.contains(type)) {
        problems.add(new Problem(path + "." + part, "applies to " + String.join(", ", new TreeSet<>(types))
            + ", not " + type));
      }
    }
  }
}
