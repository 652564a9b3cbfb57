// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.resiliencehubv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Creates a service function within a Resilience Hub service.
 *
 * <p>CloudFormation type {@code AWS::ResilienceHubV2::ServiceFunction}.
 */
public final class ServiceFunction extends Resource<ServiceFunction> {
  private static final Schema SCHEMA = Schema.builder("AWS::ResilienceHubV2::ServiceFunction")
      .required("Criticality", "Name", "ServiceArn")
      .allowed("Criticality", "PRIMARY", "SUPPLEMENTAL")
      .constrain("Description", Constraint.of().maxLength(500))
      .constrain("Name", Constraint.of().pattern("^[A-Za-z0-9][A-Za-z0-9_\\-]{1,59}$"))
      .constrain("ServiceArn", Constraint.of().pattern("^arn:(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov):[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:([a-z]{2}-((iso[a-z]{0,1}-)|(gov-)){0,1}[a-z]+-[0-9]):[0-9]{12}:[A-Za-z0-9/][A-Za-z0-9:_/+.-]{0,1023}$"))
      .attributes("CreatedAt", "ResourceCount", "ServiceFunctionId", "Source", "UpdatedAt")
      .build();

  public ServiceFunction(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The criticality of the service function.
   *
   * <p>Required. Allowed values: {@code PRIMARY}, {@code SUPPLEMENTAL}. CloudFormation property
   * {@code Criticality}.
   */
  public ServiceFunction criticality(String value) {
    return set("Criticality", Value.of(value));
  }

  /** Sets {@code Criticality} to this value; see {@link #criticality(String)}. */
  public ServiceFunction criticality(Value<String> value) {
    return set("Criticality", value);
  }

  /**
   * The description of the service function.
   *
   * <p>Length: at most 500 characters. CloudFormation property {@code Description}.
   */
  public ServiceFunction description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ServiceFunction description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the service function.
   *
   * <p>Required. Pattern: {@code ^[A-Za-z0-9][A-Za-z0-9_&#92;-]{1,59}$}. CloudFormation property
   * {@code Name}.
   */
  public ServiceFunction name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ServiceFunction name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The ARN of the parent service.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^arn:(aws|aws-cn|aws-iso|aws-iso-[a-z]{1}|aws-us-gov):[A-Za-z0-9][A-Za-z0-9_/.-]{0,62}:([a-z]{2}-((iso[a-z]{0,1}-)|(gov-)){0,1}[a-z]+-[0-9]):[0-9]{12}:[A-Za-z0-9/][A-Za-z0-9:_/+.-]{0,1023}$}.
   * CloudFormation property {@code ServiceArn}.
   */
  public ServiceFunction serviceArn(String value) {
    return set("ServiceArn", Value.of(value));
  }

  /** Sets {@code ServiceArn} to this value; see {@link #serviceArn(String)}. */
  public ServiceFunction serviceArn(Value<String> value) {
    return set("ServiceArn", value);
  }

  /**
   * The timestamp when the service function was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The number of resources associated with this function.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceCount}.
   */
  public Value<Integer> resourceCount() {
    return getAtt("ResourceCount");
  }

  /**
   * The server-generated service function ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ServiceFunctionId}.
   */
  public Value<String> serviceFunctionId() {
    return getAtt("ServiceFunctionId");
  }

  /**
   * The source of the service function.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Source}.
   */
  public Value<String> source() {
    return getAtt("Source");
  }

  /**
   * The timestamp when the service function was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedAt}.
   */
  public Value<String> updatedAt() {
    return getAtt("UpdatedAt");
  }
}
