// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.route53recoveryreadiness;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a readiness check in Amazon Route 53 Application Recovery Controller. A readiness check
 * continually monitors a resource set in your application, such as a set of Amazon Aurora
 * instances, that Route 53 ARC is auditing recovery readiness for. The audits run once every minute
 * on every resource that's associated with a readiness check.
 *
 * <p>Every resource type has a set of rules associated with it that Route 53 ARC uses to audit
 * resources for readiness. For more information, see <a
 * href="https://docs.aws.amazon.com/r53recovery/latest/dg/recovery-readiness.rules-resources.html">Readiness
 * rules descriptions</a> in the Amazon Route 53 Application Recovery Controller Developer Guide.
 *
 * <p>Route 53 ARC Readiness supports us-east-1 and us-west-2 AWS Regions only.
 *
 * <p>CloudFormation type {@code AWS::Route53RecoveryReadiness::ReadinessCheck}.
 */
public final class ReadinessCheck extends Resource<ReadinessCheck> {
  private static final Schema SCHEMA = Schema.builder("AWS::Route53RecoveryReadiness::ReadinessCheck")
      .constrain("ReadinessCheckName", Constraint.of().pattern("[a-zA-Z0-9_]+").minLength(1).maxLength(64))
      .constrain("ResourceSetName", Constraint.of().pattern("[a-zA-Z0-9_]+").minLength(1).maxLength(64))
      .refYields("ReadinessCheckName")
      .attributes("ReadinessCheckArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ReadinessCheck(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the readiness check to create.
   *
   * <p>Changing it replaces the resource. Length: 1 to 64 characters. Pattern: {@code
   * [a-zA-Z0-9_]+}. CloudFormation property {@code ReadinessCheckName}.
   */
  public ReadinessCheck readinessCheckName(String value) {
    return set("ReadinessCheckName", Value.of(value));
  }

  /** Sets {@code ReadinessCheckName} to this value; see {@link #readinessCheckName(String)}. */
  public ReadinessCheck readinessCheckName(Value<String> value) {
    return set("ReadinessCheckName", value);
  }

  /**
   * The name of the resource set to check.
   *
   * <p>Length: 1 to 64 characters. Pattern: {@code [a-zA-Z0-9_]+}. CloudFormation property {@code
   * ResourceSetName}.
   */
  public ReadinessCheck resourceSetName(String value) {
    return set("ResourceSetName", Value.of(value));
  }

  /** Sets {@code ResourceSetName} to this value; see {@link #resourceSetName(String)}. */
  public ReadinessCheck resourceSetName(Value<String> value) {
    return set("ResourceSetName", value);
  }

  /**
   * A collection of tags associated with a resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ReadinessCheck tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ReadinessCheck tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ReadinessCheck tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the readiness check.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ReadinessCheckArn}.
   */
  public Value<String> readinessCheckArn() {
    return getAtt("ReadinessCheckArn");
  }
}
