// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.eventsv2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;

/**
 * Resource type definition for AWS::EventsV2::ResourcePolicy, the resource policy of an Amazon
 * EventBridge event bus. This manages only the resource policy named "default", which the bus owner
 * writes. It does not manage the policy named "AWS_RAM", which AWS Resource Access Manager owns on
 * behalf of the bus owner. If the bus already has a default policy, creating this resource fails.
 * Deleting this resource removes all permissions granted by it. An explicit Deny in this policy
 * takes precedence over an Allow in the "AWS_RAM" policy, so deleting this resource can widen
 * access. Set DeletionPolicy: Retain if the policy carries a Deny that you rely on. Required
 * permissions: events:PutResourcePolicy, events:GetResourcePolicy, and events:DeleteResourcePolicy.
 * Listing resources of this type also requires events:ListEventBuses and
 * events:ListResourcePolicies.
 *
 * <p>CloudFormation type {@code AWS::EventsV2::ResourcePolicy}.
 */
public final class ResourcePolicy extends Resource<ResourcePolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::EventsV2::ResourcePolicy")
      .required("EventBusArn", "PolicyDocument")
      .constrain("EventBusArn", Constraint.of().pattern("^arn:aws(-[a-z0-9]+)*:events:[a-z][a-z0-9]*(-[a-z0-9]+)*:([0-9]{12}):event-busv2\\/[A-Za-z0-9][\\.\\-_A-Za-z0-9]{0,255}\\/[a-z0-9]{25}$").minLength(1).maxLength(1011))
      .refYields("EventBusArn")
      .attributes("RevisionId")
      .build();

  public ResourcePolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the event bus whose resource policy this is. The bus must
   * already exist. This resource does not create it.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 1011 characters. Pattern: {@code
   * ^arn:aws(-[a-z0-9]+)*:events:[a-z][a-z0-9]*(-[a-z0-9]+)*:([0-9]{12}):event-busv2&#92;/[A-Za-z0-9][&#92;.&#92;-_A-Za-z0-9]{0,255}&#92;/[a-z0-9]{25}$}.
   * CloudFormation property {@code EventBusArn}.
   */
  public ResourcePolicy eventBusArn(String value) {
    return set("EventBusArn", Value.of(value));
  }

  /** Sets {@code EventBusArn} to this value; see {@link #eventBusArn(String)}. */
  public ResourcePolicy eventBusArn(Value<String> value) {
    return set("EventBusArn", value);
  }

  /**
   * The resource policy document, as a JSON object. The document can be up to 20 KB. This quota is
   * adjustable. An empty object is not a valid policy. To remove the policy, delete this resource.
   * The principals in the document must exist and be visible to the service when the policy is
   * written. When you create a new IAM role or user, that principal might not be immediately
   * visible to the service. You might need to enforce a delay before you include it in the
   * document. For more information, see "Changes that I make are not always immediately visible" in
   * the IAM User Guide. Declare Version. Write AWS account and role principals as ARNs rather than
   * as account IDs. Write a single Action, Resource, or principal value as a scalar rather than as
   * a one-element list. The service returns these forms as you wrote them. It normalizes other
   * forms, and a normalized value can appear as drift. A stack update replaces the whole policy
   * with this document, including any change made outside CloudFormation. For more information
   * about event bus resource policies, see the Amazon EventBridge User Guide.
   *
   * <p>Required. CloudFormation property {@code PolicyDocument}.
   */
  public ResourcePolicy policyDocument(Value<Json> value) {
    return set("PolicyDocument", value);
  }

  /**
   * The revision identifier the service assigned to the stored policy. The identifier changes on
   * every successful write.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RevisionId}.
   */
  public Value<String> revisionId() {
    return getAtt("RevisionId");
  }
}
