package io.tropo4j.deploy.cloudformation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tropo4j.core.Template;
import io.tropo4j.fn.Json;
import io.tropo4j.nested.NestedStack;
import io.tropo4j.resources.iam.Role;
import io.tropo4j.resources.s3.Bucket;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudformation.model.Capability;

class CapabilitiesTest {
  @Test
  void readFromTheTemplate() {
    Template plain = new Template();
    plain.add(new Bucket("B").retainData());
    assertEquals(Set.of(), Capabilities.of(plain));

    Template iam = new Template();
    iam.add(new Role("R").assumeRolePolicyDocument(Json.object("Version", "2012-10-17")));
    assertEquals(Set.of(Capability.CAPABILITY_IAM), Capabilities.of(iam));

    Template named = new Template().transform("AWS::Serverless-2016-10-31");
    named.add(new Role("R").roleName("fixed").assumeRolePolicyDocument(Json.object("Version", "2012-10-17")));
    assertEquals(Set.of(Capability.CAPABILITY_IAM, Capability.CAPABILITY_NAMED_IAM, Capability.CAPABILITY_AUTO_EXPAND),
        Capabilities.of(named));
  }

  /** The parent acknowledges for its nested stacks: a role in the child needs CAPABILITY_IAM of the parent's change set. */
  @Test
  void aNestedStacksNeedsAreItsParents() {
    Template child = new Template();
    child.add(new Role("R").assumeRolePolicyDocument(Json.object("Version", "2012-10-17")));
    Template parent = new Template();
    parent.add(new NestedStack("Roles", child));
    assertEquals(Set.of(Capability.CAPABILITY_IAM, Capability.CAPABILITY_AUTO_EXPAND), Capabilities.of(parent));
  }
}
