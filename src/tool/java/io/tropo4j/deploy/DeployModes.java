package io.tropo4j.deploy;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * What a request asks of the deployment beyond its template, checked before any change: resources
 * allowed to be replaced must be the template's (or the deployed one's), and express mode is not for
 * custom resources.
 */
final class DeployModes {
  private DeployModes() {}

  static void check(Template template, DeployRequest request) {
    List<String> custom = new ArrayList<>();
    for (Resource<?> resource : template.resources()) {
      if (isCustom(resource.type())) {
        custom.add(resource.logicalId() + " (" + resource.type() + ")");
      }
    }
    if (request.express() && !custom.isEmpty()) {
      // A custom resource is done when its provider answers, which no deployment mode changes; express
      // mode's early completion is for resource types CloudFormation itself drives.
      throw new DeployException("stack " + request.stackName() + " has custom resources (" + String.join(", ", custom)
          + "), which tropo4j deploys in the standard mode only: a custom resource is done when its provider "
          + "answers, whatever the mode; deploy it without express mode");
    }
  }

  /**
   * Every resource the request allows to be replaced or removed is one of the template's, or of the
   * template the stack runs (read only when one is not the local template's: a resource removed).
   */
  static void checkAllowed(Template template, DeployRequest request, Supplier<Set<String>> deployedIds) {
    Set<String> ids = new TreeSet<>();
    for (Resource<?> resource : template.resources()) {
      ids.add(resource.logicalId());
    }
    if (ids.containsAll(request.allowReplace())) {
      return;
    }
    ids.addAll(deployedIds.get());
    for (String allowed : new TreeSet<>(request.allowReplace())) {
      if (!ids.contains(allowed)) {
        throw new DeployException("the replacement allowed for " + allowed + " names no resource of stack "
            + request.stackName() + "'s template, nor of the template it runs; it may name "
            + String.join(", ", ids));
      }
    }
  }

  static boolean isCustom(String type) {
    return type.equals("AWS::CloudFormation::CustomResource") || type.startsWith("Custom::");
  }
}
