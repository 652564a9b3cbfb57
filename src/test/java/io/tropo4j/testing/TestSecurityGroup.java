package io.tropo4j.testing;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/** A hand-written stand-in for a generated resource class, shaped the way the generator writes them. */
public final class TestSecurityGroup extends Resource<TestSecurityGroup> {
  private static final Schema SCHEMA = Schema.of("AWS::EC2::SecurityGroup")
      .required("GroupDescription").attributes("GroupId", "VpcId");

  public TestSecurityGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  public TestSecurityGroup groupDescription(String value) {
    return set("GroupDescription", Value.of(value));
  }

  public TestSecurityGroup groupDescription(Value<String> value) {
    return set("GroupDescription", value);
  }

  public TestSecurityGroup vpcId(Value<String> value) {
    return set("VpcId", value);
  }

  public TestSecurityGroup securityGroupIngress(List<Ingress> value) {
    return set("SecurityGroupIngress", Value.list(value));
  }

  public TestSecurityGroup securityGroupIngress(Value<List<Ingress>> value) {
    return set("SecurityGroupIngress", value);
  }

  public TestSecurityGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  public Value<String> groupId() {
    return getAtt("GroupId");
  }

  public static final class Ingress extends Struct<Ingress> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::SecurityGroup.Ingress")
        .required("IpProtocol").allowed("IpProtocol", "tcp", "udp", "icmp", "icmpv6", "-1");

    public Ingress() {
      super(SCHEMA);
    }

    public Ingress ipProtocol(String value) {
      return set("IpProtocol", Value.of(value));
    }

    public Ingress cidrIp(String value) {
      return set("CidrIp", Value.of(value));
    }

    public Ingress fromPort(int value) {
      return set("FromPort", Value.of(value));
    }

    public Ingress toPort(int value) {
      return set("ToPort", Value.of(value));
    }

    public Ingress sourceSecurityGroupId(Value<String> value) {
      return set("SourceSecurityGroupId", value);
    }
  }
}
