// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lakeformation;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::LakeFormation::Resource</code> represents the data ( buckets and folders) that is
 * being registered with AWS Lake Formation . During a stack operation, AWS CloudFormation calls the
 * AWS Lake Formation <a
 * href="https://docs.aws.amazon.com/lake-formation/latest/dg/aws-lake-formation-api-credential-vending.html#aws-lake-formation-api-credential-vending-RegisterResource"><code>RegisterResource</code></a>
 * API operation to register the resource. To remove a <code>Resource</code> type, AWS
 * CloudFormation calls the AWS Lake Formation <a
 * href="https://docs.aws.amazon.com/lake-formation/latest/dg/aws-lake-formation-api-credential-vending.html#aws-lake-formation-api-credential-vending-DeregisterResource"><code>DeregisterResource</code></a>
 * API operation.
 *
 * <p>CloudFormation type {@code AWS::LakeFormation::Resource}.
 */
public final class Resource extends io.tropo4j.core.Resource<Resource> {
  private static final Schema SCHEMA = Schema.builder("AWS::LakeFormation::Resource")
      .required("ResourceArn", "UseServiceLinkedRole")
      .constrain("RoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
      .refYields("Id")
      .attributes("Id")
      .build();

  public Resource(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Indicates whether the data access of tables pointing to the location can be managed by both
   * Lake Formation permissions as well as Amazon S3 bucket policies.
   *
   * <p>CloudFormation property {@code HybridAccessEnabled}.
   */
  public Resource hybridAccessEnabled(boolean value) {
    return set("HybridAccessEnabled", Value.of(value));
  }

  /** Sets {@code HybridAccessEnabled} to this value; see {@link #hybridAccessEnabled(boolean)}. */
  public Resource hybridAccessEnabled(Value<Boolean> value) {
    return set("HybridAccessEnabled", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the resource.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code ResourceArn}.
   */
  public Resource resourceArn(String value) {
    return set("ResourceArn", Value.of(value));
  }

  /** Sets {@code ResourceArn} to this value; see {@link #resourceArn(String)}. */
  public Resource resourceArn(Value<String> value) {
    return set("ResourceArn", value);
  }

  /**
   * The IAM role that registered a resource.
   *
   * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public Resource roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public Resource roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * Designates a trusted caller, an IAM principal, by registering this caller with the Data Catalog
   * .
   *
   * <p>Required. Changing it may replace the resource. CloudFormation property {@code
   * UseServiceLinkedRole}.
   */
  public Resource useServiceLinkedRole(boolean value) {
    return set("UseServiceLinkedRole", Value.of(value));
  }

  /**
   * Sets {@code UseServiceLinkedRole} to this value; see {@link #useServiceLinkedRole(boolean)}.
   */
  public Resource useServiceLinkedRole(Value<Boolean> value) {
    return set("UseServiceLinkedRole", value);
  }

  /**
   * Allows Lake Formation to assume a role to access tables in a federated database.
   *
   * <p>CloudFormation property {@code WithFederation}.
   */
  public Resource withFederation(boolean value) {
    return set("WithFederation", Value.of(value));
  }

  /** Sets {@code WithFederation} to this value; see {@link #withFederation(boolean)}. */
  public Resource withFederation(Value<Boolean> value) {
    return set("WithFederation", value);
  }

  /**
   * An identifier for the catalog resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
