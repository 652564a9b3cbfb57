package io.tropo4j.deploy;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Template;
import java.util.ArrayList;
import java.util.List;

/**
 * What a request asks of the deployment beyond its template, checked against the template before
 * anything is sent: resources allowed to be replaced must be the template's, and express mode is not
 * for custom resources.
 */
final class DeployModes {
  private DeployModes() {}

  static void check(Template template, DeployRequest request) {
    String name = request.stackName();
    List<String> ids = new ArrayList<>();
    List<String> custom = new ArrayList<>();
    for (Resource<?> resource : template.resources()) {
      ids.add(resource.logicalId());
      if (isCustom(resource.type())) {
        custom.add(resource.logicalId() + " (" + resource.type() + ")");
      }
    }
    for (String allowed : request.allowReplace().stream().sorted().toList()) {
      if (!ids.contains(allowed)) {
        throw new DeployException("the replacement allowed for " + allowed + " names no resource of stack " + name
            + "'s template; its resources are " + String.join(", ", ids));
      }
    }
    if (request.express() && !custom.isEmpty()) {
      // CloudFormation's express mode completes a resource once its configuration is applied; a custom
      // resource's provider answers when it is done, which express mode does not wait for.
      throw new DeployException("stack " + name + " has custom resources (" + String.join(", ", custom)
          + "), which express mode does not deploy: CloudFormation supports it for resource types, not for "
          + "the providers behind custom resources; deploy it in the standard mode");
    }
  }

  static boolean isCustom(String type) {
    return type.equals("AWS::CloudFormation::CustomResource") || type.startsWith("Custom::");
  }
}
