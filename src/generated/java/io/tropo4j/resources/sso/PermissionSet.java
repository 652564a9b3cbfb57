// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sso;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a permission set within a specified instance.
 *
 * <p>CloudFormation type {@code AWS::SSO::PermissionSet}.
 */
public final class PermissionSet extends Resource<PermissionSet> {
  private static final Schema SCHEMA = Schema.builder("AWS::SSO::PermissionSet")
      .required("InstanceArn", "Name")
      .constrain("Description", Constraint.of().pattern("[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*").minLength(1).maxLength(700))
      .constrain("InstanceArn", Constraint.of().pattern("arn:aws(-[a-z]{1,5}){0,3}:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}").minLength(10).maxLength(1224))
      .constrain("ManagedPolicies", Constraint.of().minLength(20).maxLength(2048))
      .constrain("Name", Constraint.of().pattern("[\\w+=,.@-]+").minLength(1).maxLength(32))
      .constrain("RelayStateType", Constraint.of().pattern("[a-zA-Z0-9&amp;$@#\\/%?=~\\-_'&quot;|!:,.;*+\\[\\]\\ \\(\\)\\{\\}]+").minLength(1).maxLength(240))
      .constrain("SessionDuration", Constraint.of().pattern("^(-?)P(?=\\d|T\\d)(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)([DW]))?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?$").minLength(1).maxLength(100))
      .attributes("PermissionSetArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public PermissionSet(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies the names and paths of the customer managed policies that you have attached to your
   * permission set.
   *
   * <p>CloudFormation property {@code CustomerManagedPolicyReferences}.
   */
  public PermissionSet customerManagedPolicyReferences(List<CustomerManagedPolicyReference> value) {
    return set("CustomerManagedPolicyReferences", Value.listOf(value));
  }

  /**
   * Sets {@code CustomerManagedPolicyReferences} to this value; see {@link
   * #customerManagedPolicyReferences(List)}.
   */
  public PermissionSet customerManagedPolicyReferences(Value<List<CustomerManagedPolicyReference>> value) {
    return set("CustomerManagedPolicyReferences", value);
  }

  /**
   * Sets {@code CustomerManagedPolicyReferences} to a list of these; see {@link
   * #customerManagedPolicyReferences(List)}.
   */
  public PermissionSet customerManagedPolicyReferences(CustomerManagedPolicyReference... values) {
    return set("CustomerManagedPolicyReferences", Value.list(values));
  }

  /**
   * The description of the <code>PermissionSet</code> .
   *
   * <p>Length: 1 to 700 characters. Pattern: {@code
   * [&#92;u0009&#92;u000A&#92;u000D&#92;u0020-&#92;u007E&#92;u00A1-&#92;u00FF]*}. CloudFormation
   * property {@code Description}.
   */
  public PermissionSet description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public PermissionSet description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The inline policy that is attached to the permission set.
   *
   * <p>For <code>Length Constraints</code> , if a valid ARN is provided for a permission set, it is
   * possible for an empty inline policy to be returned.
   *
   * <p>CloudFormation property {@code InlinePolicy}.
   */
  public PermissionSet inlinePolicy(String value) {
    return set("InlinePolicy", Value.of(value));
  }

  /** Sets {@code InlinePolicy} to this value; see {@link #inlinePolicy(String)}. */
  public PermissionSet inlinePolicy(Value<String> value) {
    return set("InlinePolicy", value);
  }

  /** Sets {@code InlinePolicy} to this value; see {@link #inlinePolicy(String)}. */
  public PermissionSet inlinePolicy(Json value) {
    return set("InlinePolicy", value);
  }

  /**
   * The ARN of the instance under which the operation will be executed. For more information about
   * ARNs, see <a
   * href="https://docs.aws.amazon.com//general/latest/gr/aws-arns-and-namespaces.html">Amazon
   * Resource Names (ARNs) and AWS Service Namespaces</a> in the <em>AWS General Reference</em> .
   *
   * <p>Required. Changing it replaces the resource. Length: 10 to 1224 characters. Pattern: {@code
   * arn:aws(-[a-z]{1,5}){0,3}:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}}. CloudFormation property
   * {@code InstanceArn}.
   */
  public PermissionSet instanceArn(String value) {
    return set("InstanceArn", Value.of(value));
  }

  /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
  public PermissionSet instanceArn(Value<String> value) {
    return set("InstanceArn", value);
  }

  /**
   * A structure that stores a list of managed policy ARNs that describe the associated AWS managed
   * policy.
   *
   * <p>Length: 20 to 2048 characters. CloudFormation property {@code ManagedPolicies}.
   */
  public PermissionSet managedPolicies(List<String> value) {
    return set("ManagedPolicies", Value.listOf(value));
  }

  /** Sets {@code ManagedPolicies} to this value; see {@link #managedPolicies(List)}. */
  public PermissionSet managedPolicies(Value<List<String>> value) {
    return set("ManagedPolicies", value);
  }

  /**
   * The name of the permission set.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 32 characters. Pattern: {@code
   * [&#92;w+=,.&#64;-]+}. CloudFormation property {@code Name}.
   */
  public PermissionSet name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public PermissionSet name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Specifies the configuration of the AWS managed or customer managed policy that you want to set
   * as a permissions boundary. Specify either <code>CustomerManagedPolicyReference</code> to use
   * the name and path of a customer managed policy, or <code>ManagedPolicyArn</code> to use the ARN
   * of an AWS managed policy. A permissions boundary represents the maximum permissions that any
   * policy can grant your role. For more information, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html">Permissions
   * boundaries for IAM entities</a> in the <em>IAM User Guide</em> .
   *
   * <p>Policies used as permissions boundaries don't provide permissions. You must also attach an
   * IAM policy to the role. To learn how the effective permissions for a role are evaluated, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html">IAM
   * JSON policy evaluation logic</a> in the <em>IAM User Guide</em> .
   *
   * <p>CloudFormation property {@code PermissionsBoundary}.
   */
  public PermissionSet permissionsBoundary(Value<PermissionsBoundary> value) {
    return set("PermissionsBoundary", value);
  }

  /**
   * Used to redirect users within the application during the federation authentication process.
   *
   * <p>Length: 1 to 240 characters. Pattern: {@code
   * [a-zA-Z0-9&amp;amp;$&#64;#&#92;/%?=~&#92;-_'&amp;quot;|!:,.;*+&#92;[&#92;]&#92;
   * &#92;(&#92;)&#92;{&#92;}]+}. CloudFormation property {@code RelayStateType}.
   */
  public PermissionSet relayStateType(String value) {
    return set("RelayStateType", Value.of(value));
  }

  /** Sets {@code RelayStateType} to this value; see {@link #relayStateType(String)}. */
  public PermissionSet relayStateType(Value<String> value) {
    return set("RelayStateType", value);
  }

  /**
   * The length of time that the application user sessions are valid for in the ISO-8601 standard.
   *
   * <p>Length: 1 to 100 characters. Pattern: {@code
   * ^(-?)P(?=&#92;d|T&#92;d)(?:(&#92;d+)Y)?(?:(&#92;d+)M)?(?:(&#92;d+)([DW]))?(?:T(?:(&#92;d+)H)?(?:(&#92;d+)M)?(?:(&#92;d+(?:&#92;.&#92;d+)?)S)?)?$}.
   * CloudFormation property {@code SessionDuration}.
   */
  public PermissionSet sessionDuration(String value) {
    return set("SessionDuration", Value.of(value));
  }

  /** Sets {@code SessionDuration} to this value; see {@link #sessionDuration(String)}. */
  public PermissionSet sessionDuration(Value<String> value) {
    return set("SessionDuration", value);
  }

  /**
   * The tags to attach to the new <code>PermissionSet</code> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public PermissionSet tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public PermissionSet tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public PermissionSet tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The permission set ARN of the permission set, such as
   * <code>arn:aws:sso:::permissionSet/ins-instanceid/ps-permissionsetid</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code PermissionSetArn}.
   */
  public Value<String> permissionSetArn() {
    return getAtt("PermissionSetArn");
  }

  /**
   * Specifies the name and path of a customer managed policy. You must have an IAM policy that
   * matches the name and path in each AWS account where you want to deploy your permission set.
   *
   * <p>Property type {@code AWS::SSO::PermissionSet.CustomerManagedPolicyReference}.
   */
  public static final class CustomerManagedPolicyReference extends Struct<CustomerManagedPolicyReference> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSO::PermissionSet.CustomerManagedPolicyReference")
        .required("Name")
        .constrain("Name", Constraint.of().pattern("[\\w+=,.@-]+").minLength(1).maxLength(128))
        .constrain("Path", Constraint.of().pattern("((/[A-Za-z0-9\\.,\\+@=_-]+)*)/").minLength(1).maxLength(512))
        .build();

    public CustomerManagedPolicyReference() {
      super(SCHEMA);
    }

    /**
     * The name of the IAM policy that you have configured in each account where you want to deploy
     * your permission set.
     *
     * <p>Required. Length: 1 to 128 characters. Pattern: {@code [&#92;w+=,.&#64;-]+}.
     * CloudFormation property {@code Name}.
     */
    public CustomerManagedPolicyReference name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public CustomerManagedPolicyReference name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The path to the IAM policy that you have configured in each account where you want to deploy
     * your permission set. The default is <code>/</code> . For more information, see <a
     * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-friendly-names">Friendly
     * names and paths</a> in the <em>IAM User Guide</em> .
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code ((/[A-Za-z0-9&#92;.,&#92;+&#64;=_-]+)*)/}.
     * CloudFormation property {@code Path}.
     */
    public CustomerManagedPolicyReference path(String value) {
      return set("Path", Value.of(value));
    }

    /** Sets {@code Path} to this value; see {@link #path(String)}. */
    public CustomerManagedPolicyReference path(Value<String> value) {
      return set("Path", value);
    }
  }

  /**
   * Specifies the configuration of the AWS managed or customer managed policy that you want to set
   * as a permissions boundary. Specify either <code>CustomerManagedPolicyReference</code> to use
   * the name and path of a customer managed policy, or <code>ManagedPolicyArn</code> to use the ARN
   * of an AWS managed policy. A permissions boundary represents the maximum permissions that any
   * policy can grant your role. For more information, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html">Permissions
   * boundaries for IAM entities</a> in the <em>IAM User Guide</em> .
   *
   * <p>Policies used as permissions boundaries don't provide permissions. You must also attach an
   * IAM policy to the role. To learn how the effective permissions for a role are evaluated, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html">IAM
   * JSON policy evaluation logic</a> in the <em>IAM User Guide</em> .
   *
   * <p>Property type {@code AWS::SSO::PermissionSet.PermissionsBoundary}.
   */
  public static final class PermissionsBoundary extends Struct<PermissionsBoundary> {
    private static final Schema SCHEMA = Schema.builder("AWS::SSO::PermissionSet.PermissionsBoundary")
        .constrain("ManagedPolicyArn", Constraint.of().minLength(20).maxLength(2048))
        .build();

    public PermissionsBoundary() {
      super(SCHEMA);
    }

    /**
     * Specifies the name and path of a customer managed policy. You must have an IAM policy that
     * matches the name and path in each AWS account where you want to deploy your permission set.
     *
     * <p>CloudFormation property {@code CustomerManagedPolicyReference}.
     */
    public PermissionsBoundary customerManagedPolicyReference(Value<CustomerManagedPolicyReference> value) {
      return set("CustomerManagedPolicyReference", value);
    }

    /**
     * The AWS managed policy ARN that you want to attach to a permission set as a permissions
     * boundary.
     *
     * <p>Length: 20 to 2048 characters. CloudFormation property {@code ManagedPolicyArn}.
     */
    public PermissionsBoundary managedPolicyArn(String value) {
      return set("ManagedPolicyArn", Value.of(value));
    }

    /** Sets {@code ManagedPolicyArn} to this value; see {@link #managedPolicyArn(String)}. */
    public PermissionsBoundary managedPolicyArn(Value<String> value) {
      return set("ManagedPolicyArn", value);
    }
  }
}
