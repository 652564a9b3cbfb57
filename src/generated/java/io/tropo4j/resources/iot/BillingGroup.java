// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.iot;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new billing group.
 *
 * <p>Requires permission to access the <a
 * href="https://docs.aws.amazon.com//service-authorization/latest/reference/list_awsiot.html#awsiot-actions-as-permissions">CreateBillingGroup</a>
 * action.
 *
 * <p>CloudFormation type {@code AWS::IoT::BillingGroup}.
 */
public final class BillingGroup extends Resource<BillingGroup> {
  private static final Schema SCHEMA = Schema.builder("AWS::IoT::BillingGroup")
      .constrain("BillingGroupName", Constraint.of().pattern("[a-zA-Z0-9:_-]+").minLength(1).maxLength(128))
      .refYields("BillingGroupName")
      .attributes("Arn", "Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public BillingGroup(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the billing group.
   *
   * <p>Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * [a-zA-Z0-9:_-]+}. CloudFormation property {@code BillingGroupName}.
   */
  public BillingGroup billingGroupName(String value) {
    return set("BillingGroupName", Value.of(value));
  }

  /** Sets {@code BillingGroupName} to this value; see {@link #billingGroupName(String)}. */
  public BillingGroup billingGroupName(Value<String> value) {
    return set("BillingGroupName", value);
  }

  /**
   * The properties of the billing group.
   *
   * <p>CloudFormation property {@code BillingGroupProperties}.
   */
  public BillingGroup billingGroupProperties(Value<BillingGroupProperties> value) {
    return set("BillingGroupProperties", value);
  }

  /**
   * Metadata which can be used to manage the billing group.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public BillingGroup tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public BillingGroup tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public BillingGroup tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The ARN of the billing group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The ID of the billing group.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The properties of a billing group.
   *
   * <p>Property type {@code AWS::IoT::BillingGroup.BillingGroupProperties}.
   */
  public static final class BillingGroupProperties extends Struct<BillingGroupProperties> {
    private static final Schema SCHEMA = Schema.builder("AWS::IoT::BillingGroup.BillingGroupProperties")
        .constrain("BillingGroupDescription", Constraint.of().pattern("[\\p{Graph}\\x20]*").minLength(0).maxLength(2028))
        .build();

    public BillingGroupProperties() {
      super(SCHEMA);
    }

    /**
     * The description of the billing group.
     *
     * <p>Length: 0 to 2028 characters. Pattern: {@code [&#92;p{Graph}&#92;x20]*}. CloudFormation
     * property {@code BillingGroupDescription}.
     */
    public BillingGroupProperties billingGroupDescription(String value) {
      return set("BillingGroupDescription", Value.of(value));
    }

    /**
     * Sets {@code BillingGroupDescription} to this value; see {@link
     * #billingGroupDescription(String)}.
     */
    public BillingGroupProperties billingGroupDescription(Value<String> value) {
      return set("BillingGroupDescription", value);
    }
  }
}
