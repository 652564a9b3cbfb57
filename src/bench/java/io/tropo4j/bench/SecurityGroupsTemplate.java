package io.tropo4j.bench;

import io.tropo4j.Templates;
import io.tropo4j.core.Parameter;
import io.tropo4j.core.ParameterType;
import io.tropo4j.core.Tags;
import io.tropo4j.core.Template;
import io.tropo4j.fn.Pseudo;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.ec2.SecurityGroup.Ingress;
import java.util.List;

/**
 * 500 security groups, each with 2 ingress rules and 2 tags. Its twin is
 * {@code src/bench/troposphere/security_groups.py}; as a program it prints the template.
 */
public final class SecurityGroupsTemplate {
  private SecurityGroupsTemplate() {}

  public static void main(String[] args) {
    System.out.println(Templates.toJson(build()));
  }

  static Template build() {
    Template t = new Template().description("500 security groups");
    Parameter<String> vpc = t.add(Parameter.of("Vpc", ParameterType.VPC_ID));
    for (int i = 0; i < 500; i++) {
      t.add(new SecurityGroup("Group" + i)
          .groupDescription("group " + i)
          .vpcId(vpc.ref())
          .securityGroupIngress(List.of(
              new Ingress().ipProtocol("tcp").fromPort(80).toPort(80).cidrIp("0.0.0.0/0"),
              new Ingress().ipProtocol("tcp").fromPort(443).toPort(443).cidrIp("0.0.0.0/0")))
          .tags(Tags.of("Name", "group-" + i).and("Stack", Pseudo.STACK_NAME)));
    }
    return t;
  }
}
