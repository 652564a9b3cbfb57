// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.route53recoveryreadiness;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a resource set in Amazon Route 53 Application Recovery Controller. A resource set is a
 * set of resources of one type, such as Network Load Balancers, that span multiple cells. You can
 * associate a resource set with a readiness check to have Route 53 ARC continually monitor the
 * resources in the set for failover readiness.
 *
 * <p>You typically create a resource set and a readiness check for each supported type of AWS
 * resource in your application.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/r53recovery/latest/dg/recovery-readiness.recovery-groups.readiness-scope.html">Readiness
 * checks, resource sets, and readiness scopes</a> in the Amazon Route 53 Application Recovery
 * Controller Developer Guide.
 *
 * <p>Route 53 ARC Readiness supports us-east-1 and us-west-2 AWS Regions only.
 *
 * <p>CloudFormation type {@code AWS::Route53RecoveryReadiness::ResourceSet}.
 */
public final class ResourceSet extends io.tropo4j.core.Resource<ResourceSet> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53RecoveryReadiness::ResourceSet")
      .required("ResourceSetType", "Resources")
      .constrain("ResourceSetType", Constraint.of().pattern("^AWS::[A-Za-z0-9]+::[A-Za-z0-9]+$"))
      .refYields("ResourceSetName")
      .attributes("ResourceSetArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ResourceSet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the resource set to create.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ResourceSetName}.
   */
  public ResourceSet resourceSetName(String value) {
    return set("ResourceSetName", Value.of(value));
  }

  /** Sets {@code ResourceSetName} to this value; see {@link #resourceSetName(String)}. */
  public ResourceSet resourceSetName(Value<String> value) {
    return set("ResourceSetName", value);
  }

  /**
   * The resource type of the resources in the resource set. Enter one of the following values for
   * resource type:
   *
   * <p>AWS::ApiGateway::Stage, AWS::ApiGatewayV2::Stage, AWS::AutoScaling::AutoScalingGroup,
   * AWS::CloudWatch::Alarm, AWS::EC2::CustomerGateway, AWS::DynamoDB::Table, AWS::EC2::Volume,
   * AWS::ElasticLoadBalancing::LoadBalancer, AWS::ElasticLoadBalancingV2::LoadBalancer,
   * AWS::Lambda::Function, AWS::MSK::Cluster, AWS::RDS::DBCluster, AWS::Route53::HealthCheck,
   * AWS::SQS::Queue, AWS::SNS::Topic, AWS::SNS::Subscription, AWS::EC2::VPC,
   * AWS::EC2::VPNConnection, AWS::EC2::VPNGateway,
   * AWS::Route53RecoveryReadiness::DNSTargetResource.
   *
   * <p>Note that AWS::Route53RecoveryReadiness::DNSTargetResource is only used for this setting. It
   * isn't an actual AWS CloudFormation resource type.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^AWS::[A-Za-z0-9]+::[A-Za-z0-9]+$}. CloudFormation property {@code ResourceSetType}.
   */
  public ResourceSet resourceSetType(String value) {
    return set("ResourceSetType", Value.of(value));
  }

  /** Sets {@code ResourceSetType} to this value; see {@link #resourceSetType(String)}. */
  public ResourceSet resourceSetType(Value<String> value) {
    return set("ResourceSetType", value);
  }

  /**
   * A list of resource objects in the resource set.
   *
   * <p>Required. CloudFormation property {@code Resources}.
   */
  public ResourceSet resources(List<Resource> value) {
    return set("Resources", Value.listOf(value));
  }

  /** Sets {@code Resources} to this value; see {@link #resources(List)}. */
  public ResourceSet resources(Value<List<Resource>> value) {
    return set("Resources", value);
  }

  /** Sets {@code Resources} to a list of these; see {@link #resources(List)}. */
  public ResourceSet resources(Resource... values) {
    return set("Resources", Value.list(values));
  }

  /**
   * A tag to associate with the parameters for a resource set.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ResourceSet tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ResourceSet tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ResourceSet tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the resource set.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceSetArn}.
   */
  public Value<String> resourceSetArn() {
    return getAtt("ResourceSetArn");
  }

  /**
   * A component for DNS/routing control readiness checks and architecture checks.
   *
   * <p>Property type {@code AWS::Route53RecoveryReadiness::ResourceSet.DNSTargetResource}.
   */
  public static final class DNSTargetResource extends Struct<DNSTargetResource> {
    private static final Schema SCHEMA = Schema.of("AWS::Route53RecoveryReadiness::ResourceSet.DNSTargetResource");

    public DNSTargetResource() {
      super(SCHEMA);
    }

    /**
     * The domain name that acts as an ingress point to a portion of the customer application.
     *
     * <p>CloudFormation property {@code DomainName}.
     */
    public DNSTargetResource domainName(String value) {
      return set("DomainName", Value.of(value));
    }

    /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
    public DNSTargetResource domainName(Value<String> value) {
      return set("DomainName", value);
    }

    /**
     * The hosted zone Amazon Resource Name (ARN) that contains the DNS record with the provided
     * name of the target resource.
     *
     * <p>CloudFormation property {@code HostedZoneArn}.
     */
    public DNSTargetResource hostedZoneArn(String value) {
      return set("HostedZoneArn", Value.of(value));
    }

    /** Sets {@code HostedZoneArn} to this value; see {@link #hostedZoneArn(String)}. */
    public DNSTargetResource hostedZoneArn(Value<String> value) {
      return set("HostedZoneArn", value);
    }

    /**
     * The Amazon Route 53 record set ID that uniquely identifies a DNS record, given a name and a
     * type.
     *
     * <p>CloudFormation property {@code RecordSetId}.
     */
    public DNSTargetResource recordSetId(String value) {
      return set("RecordSetId", Value.of(value));
    }

    /** Sets {@code RecordSetId} to this value; see {@link #recordSetId(String)}. */
    public DNSTargetResource recordSetId(Value<String> value) {
      return set("RecordSetId", value);
    }

    /**
     * The type of DNS record of the target resource.
     *
     * <p>CloudFormation property {@code RecordType}.
     */
    public DNSTargetResource recordType(String value) {
      return set("RecordType", Value.of(value));
    }

    /** Sets {@code RecordType} to this value; see {@link #recordType(String)}. */
    public DNSTargetResource recordType(Value<String> value) {
      return set("RecordType", value);
    }

    /**
     * The target resource that the Route 53 record points to.
     *
     * <p>CloudFormation property {@code TargetResource}.
     */
    public DNSTargetResource targetResource(Value<TargetResource> value) {
      return set("TargetResource", value);
    }
  }

  /**
   * The Network Load Balancer resource that a DNS target resource points to.
   *
   * <p>Property type {@code AWS::Route53RecoveryReadiness::ResourceSet.NLBResource}.
   */
  public static final class NLBResource extends Struct<NLBResource> {
    private static final Schema SCHEMA = Schema.of("AWS::Route53RecoveryReadiness::ResourceSet.NLBResource");

    public NLBResource() {
      super(SCHEMA);
    }

    /**
     * The Network Load Balancer resource Amazon Resource Name (ARN).
     *
     * <p>CloudFormation property {@code Arn}.
     */
    public NLBResource arn(String value) {
      return set("Arn", Value.of(value));
    }

    /** Sets {@code Arn} to this value; see {@link #arn(String)}. */
    public NLBResource arn(Value<String> value) {
      return set("Arn", value);
    }
  }

  /**
   * The Amazon Route 53 resource that a DNS target resource record points to.
   *
   * <p>Property type {@code AWS::Route53RecoveryReadiness::ResourceSet.R53ResourceRecord}.
   */
  public static final class R53ResourceRecord extends Struct<R53ResourceRecord> {
    private static final Schema SCHEMA = Schema.of("AWS::Route53RecoveryReadiness::ResourceSet.R53ResourceRecord");

    public R53ResourceRecord() {
      super(SCHEMA);
    }

    /**
     * The DNS target domain name.
     *
     * <p>CloudFormation property {@code DomainName}.
     */
    public R53ResourceRecord domainName(String value) {
      return set("DomainName", Value.of(value));
    }

    /** Sets {@code DomainName} to this value; see {@link #domainName(String)}. */
    public R53ResourceRecord domainName(Value<String> value) {
      return set("DomainName", value);
    }

    /**
     * The Amazon Route 53 Resource Record Set ID.
     *
     * <p>CloudFormation property {@code RecordSetId}.
     */
    public R53ResourceRecord recordSetId(String value) {
      return set("RecordSetId", Value.of(value));
    }

    /** Sets {@code RecordSetId} to this value; see {@link #recordSetId(String)}. */
    public R53ResourceRecord recordSetId(Value<String> value) {
      return set("RecordSetId", value);
    }
  }

  /**
   * The resource element of a resource set.
   *
   * <p>Property type {@code AWS::Route53RecoveryReadiness::ResourceSet.Resource}.
   */
  public static final class Resource extends Struct<Resource> {
    private static final Schema SCHEMA = Schema.of("AWS::Route53RecoveryReadiness::ResourceSet.Resource");

    public Resource() {
      super(SCHEMA);
    }

    /**
     * The component identifier of the resource, generated when DNS target resource is used.
     *
     * <p>CloudFormation property {@code ComponentId}.
     */
    public Resource componentId(String value) {
      return set("ComponentId", Value.of(value));
    }

    /** Sets {@code ComponentId} to this value; see {@link #componentId(String)}. */
    public Resource componentId(Value<String> value) {
      return set("ComponentId", value);
    }

    /**
     * A component for DNS/routing control readiness checks. This is a required setting when
     * <code>ResourceSet</code> <code>ResourceSetType</code> is set to
     * <code>AWS::Route53RecoveryReadiness::DNSTargetResource</code> . Do not set it for any other
     * <code>ResourceSetType</code> setting.
     *
     * <p>CloudFormation property {@code DnsTargetResource}.
     */
    public Resource dnsTargetResource(Value<DNSTargetResource> value) {
      return set("DnsTargetResource", value);
    }

    /**
     * The recovery group Amazon Resource Name (ARN) or the cell ARN that the readiness checks for
     * this resource set are scoped to.
     *
     * <p>CloudFormation property {@code ReadinessScopes}.
     */
    public Resource readinessScopes(List<String> value) {
      return set("ReadinessScopes", Value.listOf(value));
    }

    /** Sets {@code ReadinessScopes} to this value; see {@link #readinessScopes(List)}. */
    public Resource readinessScopes(Value<List<String>> value) {
      return set("ReadinessScopes", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the AWS resource. This is a required setting for all
     * <code>ResourceSet</code> <code>ResourceSetType</code> settings except
     * <code>AWS::Route53RecoveryReadiness::DNSTargetResource</code> . Do not set this when
     * <code>ResourceSetType</code> is set to
     * <code>AWS::Route53RecoveryReadiness::DNSTargetResource</code> .
     *
     * <p>CloudFormation property {@code ResourceArn}.
     */
    public Resource resourceArn(String value) {
      return set("ResourceArn", Value.of(value));
    }

    /** Sets {@code ResourceArn} to this value; see {@link #resourceArn(String)}. */
    public Resource resourceArn(Value<String> value) {
      return set("ResourceArn", value);
    }
  }

  /**
   * The target resource that the Route 53 record points to.
   *
   * <p>Property type {@code AWS::Route53RecoveryReadiness::ResourceSet.TargetResource}.
   */
  public static final class TargetResource extends Struct<TargetResource> {
    private static final Schema SCHEMA = Schema.of("AWS::Route53RecoveryReadiness::ResourceSet.TargetResource");

    public TargetResource() {
      super(SCHEMA);
    }

    /**
     * The Network Load Balancer resource that a DNS target resource points to.
     *
     * <p>CloudFormation property {@code NLBResource}.
     */
    public TargetResource nlbResource(Value<NLBResource> value) {
      return set("NLBResource", value);
    }

    /**
     * The Route 53 resource that a DNS target resource record points to.
     *
     * <p>CloudFormation property {@code R53Resource}.
     */
    public TargetResource r53Resource(Value<R53ResourceRecord> value) {
      return set("R53Resource", value);
    }
  }
}
