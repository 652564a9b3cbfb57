package io.tropo4j.check;

import io.tropo4j.core.Problem;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Template;
import io.tropo4j.fn.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Properties that one value of another requires, or of which exactly one is given: rules of the
 * services that the specification does not state (cfn-lint's E3687 and E3014 carry them), pinned
 * here. A port range for TCP, UDP and ICMP rules of security groups; one launch source for an Auto
 * Scaling group.
 */
final class CompanionCheck {
  private static final Set<String> PORTED_PROTOCOLS = Set.of("tcp", "udp", "icmp", "6", "17", "1");
  private static final List<String> LAUNCH_SOURCES =
      List.of("LaunchTemplate", "MixedInstancesPolicy", "LaunchConfigurationName", "InstanceId");

  private CompanionCheck() {}

  static void run(Template template, List<Problem> problems) {
    for (Resource<?> resource : template.resources()) {
      String path = "Resources." + resource.logicalId() + ".Properties";
      Map<String, Value<?>> properties = resource.properties();
      switch (resource.type()) {
        case "AWS::EC2::SecurityGroup" -> {
          rules(path + ".SecurityGroupIngress", properties.get("SecurityGroupIngress"), problems);
          rules(path + ".SecurityGroupEgress", properties.get("SecurityGroupEgress"), problems);
        }
        case "AWS::EC2::SecurityGroupIngress", "AWS::EC2::SecurityGroupEgress" ->
            ports(path, tree(properties), problems);
        case "AWS::AutoScaling::AutoScalingGroup" -> launchSource(path, properties, problems);
        default -> { }
      }
    }
  }

  private static void rules(String path, Value<?> rules, List<Problem> problems) {
    if (rules != null && JsonTree.of(rules) instanceof List<?> items) {
      for (int i = 0; i < items.size(); i++) {
        ports(path + "[" + i + "]", items.get(i), problems);
      }
    }
  }

  /** A rule for TCP, UDP or ICMP names its port range (ICMP: type and code); "-1" (all) needs none. */
  private static void ports(String path, Object rule, List<Problem> problems) {
    if (!(rule instanceof Map<?, ?> map) || JsonTree.function(rule) != null) {
      return;
    }
    Object protocol = map.get("IpProtocol");
    if (protocol == null || !PORTED_PROTOCOLS.contains(protocol.toString())) {
      return;
    }
    for (String port : List.of("FromPort", "ToPort")) {
      if (!map.containsKey(port)) {
        problems.add(new Problem(path + "." + port, "is required when IpProtocol is '" + protocol
            + "' (use -1 for every port)"));
      }
    }
  }

  private static Map<String, Object> tree(Map<String, Value<?>> properties) {
    Map<String, Object> tree = new LinkedHashMap<>();
    properties.forEach((name, value) -> tree.put(name, JsonTree.of(value)));
    return tree;
  }

  /** Where instances come from: exactly one of the four. */
  private static void launchSource(String path, Map<String, Value<?>> properties, List<Problem> problems) {
    List<String> given = new ArrayList<>(); // a loop, not a stream: this runs in every command's start-up
    for (String source : LAUNCH_SOURCES) {
      if (properties.containsKey(source)) {
        given.add(source);
      }
    }
    if (given.isEmpty()) {
      problems.add(new Problem(path + ".LaunchTemplate",
          "is missing; an Auto Scaling group needs one of " + String.join(", ", LAUNCH_SOURCES)));
    }
    for (String extra : given.subList(Math.min(1, given.size()), given.size())) {
      problems.add(new Problem(path + "." + extra, "is given with " + given.get(0) + "; use one launch source"));
    }
  }
}
