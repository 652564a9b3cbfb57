package io.tropo4j.deploy.cloudformation;


import io.tropo4j.core.NestedTemplate;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Template;
import java.util.EnumSet;
import java.util.Set;
import software.amazon.awssdk.services.cloudformation.model.Capability;

/** The capabilities a template needs CloudFormation to acknowledge, read from the template itself. */
public final class Capabilities {
  /** IAM properties that name a resource, which needs the named-IAM capability. */
  private static final Set<String> IAM_NAMES =
      Set.of("RoleName", "UserName", "GroupName", "InstanceProfileName", "ManagedPolicyName");

  private Capabilities() {}

  /** What the template needs, and what its nested stacks' templates need, which the parent acknowledges for them. */
  public static Set<Capability> of(Template template) {
    Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
    for (Resource<?> resource : template.resources()) {
      if (resource instanceof NestedTemplate nested) {
        capabilities.addAll(of(nested.nestedTemplate()));
      }
      if (resource.type().startsWith("AWS::IAM::")) {
        capabilities.add(Capability.CAPABILITY_IAM);
        if (resource.properties().keySet().stream().anyMatch(IAM_NAMES::contains)) {
          capabilities.add(Capability.CAPABILITY_NAMED_IAM);
        }
      }
      if (resource.type().equals("AWS::CloudFormation::Stack") || resource.type().startsWith("AWS::Serverless::")) {
        capabilities.add(Capability.CAPABILITY_AUTO_EXPAND);
      }
    }
    if (!template.transforms().isEmpty()) {
      capabilities.add(Capability.CAPABILITY_AUTO_EXPAND);
    }
    return capabilities;
  }
}
