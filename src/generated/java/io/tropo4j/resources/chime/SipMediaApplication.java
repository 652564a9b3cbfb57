// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.chime;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource Type definition for AWS::Chime::SipMediaApplication
 *
 * <p>CloudFormation type {@code AWS::Chime::SipMediaApplication}.
 */
public final class SipMediaApplication extends Resource<SipMediaApplication> {
  private static final Schema SCHEMA = Schema.builder("AWS::Chime::SipMediaApplication")
      .required("AwsRegion", "Endpoints", "Name")
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9 _.-]+$").minLength(1).maxLength(256))
      .refYields("SipMediaApplicationArn")
      .attributes("CreatedTimestamp", "SipMediaApplicationArn", "SipMediaApplicationId",
          "UpdatedTimestamp")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public SipMediaApplication(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The AWS Region in which the SIP media application is created.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code AwsRegion}.
   */
  public SipMediaApplication awsRegion(String value) {
    return set("AwsRegion", Value.of(value));
  }

  /** Sets {@code AwsRegion} to this value; see {@link #awsRegion(String)}. */
  public SipMediaApplication awsRegion(Value<String> value) {
    return set("AwsRegion", value);
  }

  /**
   * List of endpoints (Lambda ARNs) specified for the SIP media application.
   *
   * <p>Required. CloudFormation property {@code Endpoints}.
   */
  public SipMediaApplication endpoints(List<SipMediaApplicationEndpoint> value) {
    return set("Endpoints", Value.listOf(value));
  }

  /** Sets {@code Endpoints} to this value; see {@link #endpoints(List)}. */
  public SipMediaApplication endpoints(Value<List<SipMediaApplicationEndpoint>> value) {
    return set("Endpoints", value);
  }

  /** Sets {@code Endpoints} to a list of these; see {@link #endpoints(List)}. */
  public SipMediaApplication endpoints(SipMediaApplicationEndpoint... values) {
    return set("Endpoints", Value.list(values));
  }

  /**
   * The name of the SIP media application.
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^[a-zA-Z0-9 _.-]+$}. CloudFormation
   * property {@code Name}.
   */
  public SipMediaApplication name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public SipMediaApplication name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Tags assigned to the SIP media application.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public SipMediaApplication tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public SipMediaApplication tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public SipMediaApplication tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The SIP media application creation timestamp, in ISO 8601 format.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTimestamp}.
   */
  public Value<String> createdTimestamp() {
    return getAtt("CreatedTimestamp");
  }

  /**
   * The ARN of the SIP media application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SipMediaApplicationArn}.
   */
  public Value<String> sipMediaApplicationArn() {
    return getAtt("SipMediaApplicationArn");
  }

  /**
   * The SIP media application ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code SipMediaApplicationId}.
   */
  public Value<String> sipMediaApplicationId() {
    return getAtt("SipMediaApplicationId");
  }

  /**
   * The time at which the SIP media application was updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UpdatedTimestamp}.
   */
  public Value<String> updatedTimestamp() {
    return getAtt("UpdatedTimestamp");
  }

  /** Property type {@code AWS::Chime::SipMediaApplication.SipMediaApplicationEndpoint}. */
  public static final class SipMediaApplicationEndpoint extends Struct<SipMediaApplicationEndpoint> {
    private static final Schema SCHEMA = Schema.builder("AWS::Chime::SipMediaApplication.SipMediaApplicationEndpoint")
        .required("LambdaArn")
        .constrain("LambdaArn", Constraint.of().pattern("^arn:(aws[a-zA-Z-]*)?:lambda:[a-z]{2}((-gov)|(-iso(b?)))?-[a-z]+-\\d{1}:\\d{12}:function:[a-zA-Z0-9-_]+(:(\\$LATEST|[a-zA-Z0-9-_]+))?$").minLength(0).maxLength(10000).format("AWS::Lambda::Function.Arn"))
        .build();

    public SipMediaApplicationEndpoint() {
      super(SCHEMA);
    }

    /**
     * Valid Amazon Resource Name (ARN) of the Lambda function.
     *
     * <p>Required. Length: 0 to 10000 characters. Pattern: {@code
     * ^arn:(aws[a-zA-Z-]*)?:lambda:[a-z]{2}((-gov)|(-iso(b?)))?-[a-z]+-&#92;d{1}:&#92;d{12}:function:[a-zA-Z0-9-_]+(:(&#92;$LATEST|[a-zA-Z0-9-_]+))?$}.
     * Format: {@code AWS::Lambda::Function.Arn}. CloudFormation property {@code LambdaArn}.
     */
    public SipMediaApplicationEndpoint lambdaArn(String value) {
      return set("LambdaArn", Value.of(value));
    }

    /** Sets {@code LambdaArn} to this value; see {@link #lambdaArn(String)}. */
    public SipMediaApplicationEndpoint lambdaArn(Value<String> value) {
      return set("LambdaArn", value);
    }
  }
}
