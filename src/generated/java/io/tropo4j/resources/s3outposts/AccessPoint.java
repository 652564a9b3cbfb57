// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.s3outposts;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * The AWS::S3Outposts::AccessPoint resource specifies an access point and associates it with the
 * specified Amazon S3 on Outposts bucket. For more information, see <a
 * href="https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points.html">Managing data
 * access with Amazon S3 access points</a> .
 *
 * <p>S3 on Outposts supports only VPC-style access points.
 *
 * <p>CloudFormation type {@code AWS::S3Outposts::AccessPoint}.
 */
public final class AccessPoint extends Resource<AccessPoint> {
  private static final Schema SCHEMA = Schema.builder("AWS::S3Outposts::AccessPoint")
      .required("Bucket", "Name", "VpcConfiguration")
      .constrain("Bucket", Constraint.of().pattern("^arn:[^:]+:s3-outposts:[a-zA-Z0-9\\-]+:\\d{12}:outpost\\/[^:]+\\/bucket\\/[^:]+$").minLength(20).maxLength(2048))
      .constrain("Name", Constraint.of().pattern("^[a-z0-9]([a-z0-9\\\\-]*[a-z0-9])?$").minLength(3).maxLength(50))
      .constrain("Policy", Constraint.of().format("json"))
      .refYields("Arn")
      .attributes("Arn")
      .build();

  public AccessPoint(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the S3 on Outposts bucket that is associated with this access
   * point.
   *
   * <p>Required. Changing it replaces the resource. Length: 20 to 2048 characters. Pattern: {@code
   * ^arn:[^:]+:s3-outposts:[a-zA-Z0-9&#92;-]+:&#92;d{12}:outpost&#92;/[^:]+&#92;/bucket&#92;/[^:]+$}.
   * CloudFormation property {@code Bucket}.
   */
  public AccessPoint bucket(String value) {
    return set("Bucket", Value.of(value));
  }

  /** Sets {@code Bucket} to this value; see {@link #bucket(String)}. */
  public AccessPoint bucket(Value<String> value) {
    return set("Bucket", value);
  }

  /**
   * The name of this access point.
   *
   * <p>Required. Changing it replaces the resource. Length: 3 to 50 characters. Pattern: {@code
   * ^[a-z0-9]([a-z0-9&#92;&#92;-]*[a-z0-9])?$}. CloudFormation property {@code Name}.
   */
  public AccessPoint name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public AccessPoint name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The access point policy associated with this access point.
   *
   * <p>Format: {@code json}. CloudFormation property {@code Policy}.
   */
  public AccessPoint policy(Value<Json> value) {
    return set("Policy", value);
  }

  /**
   * The virtual private cloud (VPC) configuration for this access point, if one exists.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * VpcConfiguration}.
   */
  public AccessPoint vpcConfiguration(Value<VpcConfiguration> value) {
    return set("VpcConfiguration", value);
  }

  /**
   * This resource contains the details of the S3 on Outposts bucket access point ARN. This resource
   * is read-only.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Contains the virtual private cloud (VPC) configuration for the specified access point.
   *
   * <p>Property type {@code AWS::S3Outposts::AccessPoint.VpcConfiguration}.
   */
  public static final class VpcConfiguration extends Struct<VpcConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::S3Outposts::AccessPoint.VpcConfiguration")
        .constrain("VpcId", Constraint.of().minLength(1).maxLength(1024).format("AWS::EC2::VPC.Id"))
        .build();

    public VpcConfiguration() {
      super(SCHEMA);
    }

    /**
     * Virtual Private Cloud (VPC) Id from which AccessPoint will allow requests.
     *
     * <p>Changing it replaces the resource. Length: 1 to 1024 characters. Format: {@code
     * AWS::EC2::VPC.Id}. CloudFormation property {@code VpcId}.
     */
    public VpcConfiguration vpcId(String value) {
      return set("VpcId", Value.of(value));
    }

    /** Sets {@code VpcId} to this value; see {@link #vpcId(String)}. */
    public VpcConfiguration vpcId(Value<String> value) {
      return set("VpcId", value);
    }
  }
}
