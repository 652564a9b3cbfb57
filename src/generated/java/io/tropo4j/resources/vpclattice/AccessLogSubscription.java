// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.vpclattice;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Enables access logs to be sent to Amazon CloudWatch, Amazon S3, and Amazon Kinesis Data Firehose.
 * The service network owner can use the access logs to audit the services in the network. The
 * service network owner can only see access logs from clients and services that are associated with
 * their service network. Access log entries represent traffic originated from VPCs associated with
 * that network. For more information, see <a
 * href="https://docs.aws.amazon.com/vpc-lattice/latest/ug/monitoring-access-logs.html">Access
 * logs</a> in the <em>Amazon VPC Lattice User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::VpcLattice::AccessLogSubscription}.
 */
public final class AccessLogSubscription extends Resource<AccessLogSubscription> {
  private static final Schema SCHEMA = Schema.builder("AWS::VpcLattice::AccessLogSubscription")
      .required("DestinationArn")
      .constrain("DestinationArn", Constraint.of().pattern("^arn(:[a-z0-9]+([.-][a-z0-9]+)*){2}(:([a-z0-9]+([.-][a-z0-9]+)*)?){2}:([^/].*)?$").minLength(20).maxLength(2048))
      .constrain("ResourceIdentifier", Constraint.of().pattern("^((((sn)|(svc)|(rcfg))-[0-9a-z]{17})|(arn(:[a-z0-9]+([.-][a-z0-9]+)*){2}(:([a-z0-9]+([.-][a-z0-9]+)*)?){2}:((servicenetwork/sn)|(resourceconfiguration/rcfg)|(service/svc))-[0-9a-z]{17}))$").minLength(17).maxLength(2048))
      .allowed("ServiceNetworkLogType", "SERVICE", "RESOURCE")
      .refYields("Arn")
      .attributes("Arn", "Id", "ResourceArn", "ResourceId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public AccessLogSubscription(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the destination. The supported destination types are
   * CloudWatch Log groups, Kinesis Data Firehose delivery streams, and Amazon S3 buckets.
   *
   * <p>Required. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn(:[a-z0-9]+([.-][a-z0-9]+)*){2}(:([a-z0-9]+([.-][a-z0-9]+)*)?){2}:([^/].*)?$}.
   * CloudFormation property {@code DestinationArn}.
   */
  public AccessLogSubscription destinationArn(String value) {
    return set("DestinationArn", Value.of(value));
  }

  /** Sets {@code DestinationArn} to this value; see {@link #destinationArn(String)}. */
  public AccessLogSubscription destinationArn(Value<String> value) {
    return set("DestinationArn", value);
  }

  /**
   * The ID or ARN of the service network or service.
   *
   * <p>Changing it replaces the resource. Length: 17 to 2048 characters. Pattern: {@code
   * ^((((sn)|(svc)|(rcfg))-[0-9a-z]{17})|(arn(:[a-z0-9]+([.-][a-z0-9]+)*){2}(:([a-z0-9]+([.-][a-z0-9]+)*)?){2}:((servicenetwork/sn)|(resourceconfiguration/rcfg)|(service/svc))-[0-9a-z]{17}))$}.
   * CloudFormation property {@code ResourceIdentifier}.
   */
  public AccessLogSubscription resourceIdentifier(String value) {
    return set("ResourceIdentifier", Value.of(value));
  }

  /** Sets {@code ResourceIdentifier} to this value; see {@link #resourceIdentifier(String)}. */
  public AccessLogSubscription resourceIdentifier(Value<String> value) {
    return set("ResourceIdentifier", value);
  }

  /**
   * Log type of the service network.
   *
   * <p>Allowed values: {@code SERVICE}, {@code RESOURCE}. CloudFormation property {@code
   * ServiceNetworkLogType}.
   */
  public AccessLogSubscription serviceNetworkLogType(String value) {
    return set("ServiceNetworkLogType", Value.of(value));
  }

  /**
   * Sets {@code ServiceNetworkLogType} to this value; see {@link #serviceNetworkLogType(String)}.
   */
  public AccessLogSubscription serviceNetworkLogType(Value<String> value) {
    return set("ServiceNetworkLogType", value);
  }

  /**
   * The tags for the access log subscription.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public AccessLogSubscription tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public AccessLogSubscription tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public AccessLogSubscription tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the access log subscription.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the access log subscription.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The Amazon Resource Name (ARN) of the access log subscription.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceArn}.
   */
  public Value<String> resourceArn() {
    return getAtt("ResourceArn");
  }

  /**
   * The ID of the service network or service.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceId}.
   */
  public Value<String> resourceId() {
    return getAtt("ResourceId");
  }
}
