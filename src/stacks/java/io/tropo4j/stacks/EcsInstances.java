package io.tropo4j.stacks;

import io.tropo4j.core.Template;
import io.tropo4j.fn.Fn;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.LaunchTemplate;
import io.tropo4j.resources.ec2.SecurityGroup;
import io.tropo4j.resources.iam.InstanceProfile;
import io.tropo4j.resources.iam.Role;

/** The EC2 instances of an ECS cluster, as both ECS-on-EC2 stacks run them. */
final class EcsInstances {
  private EcsInstances() {}

  /**
   * A role with the ECS agent's and Systems Manager's policies (Session Manager and Run Command
   * instead of SSH), and a launch template: IMDSv2 only, with a hop limit of 1, and an encrypted gp3
   * root volume. The docker bridge is one hop more, so no bridge-mode container can get a metadata
   * token (and without one nothing, IMDSv1 being off): the instance role's credentials stay with the
   * host, where the ECS agent (host networking) and the SSM agent run. Containers get their task
   * role's credentials from the agent's endpoint, 169.254.170.2, instead.
   */
  static LaunchTemplate launchTemplate(Template t, Value<String> imageId, Value<String> instanceType,
      SecurityGroup instanceGroup, Value<String> userData) {
    Role role = t.add(new Role("InstanceRole")
        .assumeRolePolicyDocument(Roles.assumedBy("ec2.amazonaws.com"))
        .managedPolicyArns(Value.list(
            Fn.sub("arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role"),
            Fn.sub("arn:${AWS::Partition}:iam::aws:policy/AmazonSSMManagedInstanceCore"))));
    InstanceProfile profile = t.add(new InstanceProfile("InstanceProfile").roles(role));
    return t.add(new LaunchTemplate("LaunchTemplate").launchTemplateData(new LaunchTemplate.LaunchTemplateData()
        .imageId(imageId).instanceType(instanceType)
        .iamInstanceProfile(new LaunchTemplate.IamInstanceProfile().arn(profile.arn()))
        .securityGroupIds(instanceGroup)
        .metadataOptions(new LaunchTemplate.MetadataOptions()
            .httpTokens("required").httpEndpoint("enabled").httpPutResponseHopLimit(1))
        .blockDeviceMappings(new LaunchTemplate.BlockDeviceMapping().deviceName("/dev/xvda")
            .ebs(new LaunchTemplate.Ebs().volumeType("gp3").volumeSize(30).encrypted(true).deleteOnTermination(true)))
        .userData(userData)));
  }
}
