package io.tropo4j.stacks;

import io.tropo4j.core.Output;
import io.tropo4j.core.Parameter;
import io.tropo4j.core.Scanner;
import io.tropo4j.core.Template;
import io.tropo4j.fn.Fn;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.Subnet;
import io.tropo4j.resources.ec2.VPC;
import java.util.List;

/**
 * The order worker's network, a stack nested in the worker's: a VPC of two private subnets in two
 * zones, with no route out of it. Its parameter and outputs are fields, so the parent gives and reads
 * them by the objects themselves.
 */
final class WorkerNetwork {
  final Template template = new Template().description("The order worker's private network: a VPC, two subnets");
  final Parameter<String> cidr = template.add(Parameter.string("Cidr")
      .description("The VPC's address range; each subnet takes a /24 of it")
      .allowedPattern("^(\\d{1,3}\\.){3}\\d{1,3}/(1[6-9]|2[0-3])$")
      .constraintDescription("an IPv4 range from /16 to /23, such as 10.20.0.0/16"));
  final Output vpcId;
  final Output subnetIds;

  WorkerNetwork() {
    VPC vpc = template.add(new VPC("Vpc").cidrBlock(cidr.ref()).enableDnsSupport(true).enableDnsHostnames(true)
        .tags(StackTags.of("order-worker"))
        .exempt(Scanner.CHECKOV, "CKV2_AWS_11", "The VPC has no internet gateway, NAT or peering: its only traffic is "
            + "the worker's, whose calls Lambda and CloudTrail already record; flow logs would record nothing else")
        .exempt(Scanner.CHECKOV, "CKV2_AWS_12", "The default security group is never used: the worker has a group "
            + "of its own, and nothing else runs in this VPC"));
    Value<List<String>> ranges = Fn.cidr(cidr.ref(), 2, 8);
    Subnet a = template.add(subnet("SubnetA", vpc, 0, ranges));
    Subnet b = template.add(subnet("SubnetB", vpc, 1, ranges));
    vpcId = template.add(new Output("VpcId", vpc.ref()).description("The worker's VPC"));
    subnetIds = template.add(new Output("SubnetIds", Fn.join(",", a.ref(), b.ref()))
        .description("The private subnets, comma-separated"));
  }

  private static Subnet subnet(String logicalId, VPC vpc, int zone, Value<List<String>> ranges) {
    return new Subnet(logicalId).vpcId(vpc.ref()).cidrBlock(Fn.select(zone, ranges))
        .availabilityZone(Fn.select(zone, Fn.getAZs())).mapPublicIpOnLaunch(false)
        .tags(StackTags.of("order-worker"));
  }
}
