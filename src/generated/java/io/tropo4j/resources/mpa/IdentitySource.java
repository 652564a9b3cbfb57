// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mpa;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new identity source. For more information, see <a
 * href="https://docs.aws.amazon.com/mpa/latest/userguide/mpa-concepts.html">Identity Source</a> in
 * the <em>Multi-party approval User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::MPA::IdentitySource}.
 */
public final class IdentitySource extends Resource<IdentitySource> {
  private static final Schema SCHEMA = Schema.builder("AWS::MPA::IdentitySource")
      .required("IdentitySourceParameters")
      .refYields("IdentitySourceArn")
      .attributes("CreationTime", "IdentitySourceArn",
          "IdentitySourceParameters.IamIdentityCenter.ApprovalPortalUrl", "IdentitySourceType",
          "Status", "StatusCode", "StatusMessage")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public IdentitySource(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A <code>IdentitySourceParameters</code> object. Contains details for the resource that provides
   * identities to the identity source. For example, an IAM Identity Center instance.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * IdentitySourceParameters}.
   */
  public IdentitySource identitySourceParameters(Value<IdentitySourceParameters> value) {
    return set("IdentitySourceParameters", value);
  }

  /**
   * Tags that you have added to the specified resource.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public IdentitySource tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public IdentitySource tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public IdentitySource tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Timestamp when the identity source was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * Amazon Resource Name (ARN) for the identity source.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IdentitySourceArn}.
   */
  public Value<String> identitySourceArn() {
    return getAtt("IdentitySourceArn");
  }

  /**
   * URL for the approval portal associated with the IAM Identity Center instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code
   * IdentitySourceParameters.IamIdentityCenter.ApprovalPortalUrl}.
   */
  public Value<String> identitySourceParametersIamIdentityCenterApprovalPortalUrl() {
    return getAtt("IdentitySourceParameters.IamIdentityCenter.ApprovalPortalUrl");
  }

  /**
   * The type of resource that provided identities to the identity source. For example, an IAM
   * Identity Center instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IdentitySourceType}.
   */
  public Value<String> identitySourceType() {
    return getAtt("IdentitySourceType");
  }

  /**
   * Status for the identity source. For example, if the identity source is <code>ACTIVE</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Status code of the identity source.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StatusCode}.
   */
  public Value<String> statusCode() {
    return getAtt("StatusCode");
  }

  /**
   * Message describing the status for the identity source.
   *
   * <p>{@code Fn::GetAtt} attribute {@code StatusMessage}.
   */
  public Value<String> statusMessage() {
    return getAtt("StatusMessage");
  }

  /**
   * SSOlong credentials. For more information see, <a
   * href="https://docs.aws.amazon.com/identity-center/">SSOlong</a> .
   *
   * <p>Property type {@code AWS::MPA::IdentitySource.IamIdentityCenter}.
   */
  public static final class IamIdentityCenter extends Struct<IamIdentityCenter> {
    private static final Schema SCHEMA = Schema.builder("AWS::MPA::IdentitySource.IamIdentityCenter")
        .required("InstanceArn", "Region")
        .constrain("InstanceArn", Constraint.of().pattern("^arn:.+:sso:::instance/(?:sso)?ins-[a-zA-Z0-9-.]{16}$").minLength(20).maxLength(2048))
        .constrain("Region", Constraint.of().maxLength(1000))
        .build();

    public IamIdentityCenter() {
      super(SCHEMA);
    }

    /**
     * URL for the approval portal associated with the IAM Identity Center instance.
     *
     * <p>CloudFormation property {@code ApprovalPortalUrl}.
     */
    public IamIdentityCenter approvalPortalUrl(String value) {
      return set("ApprovalPortalUrl", Value.of(value));
    }

    /** Sets {@code ApprovalPortalUrl} to this value; see {@link #approvalPortalUrl(String)}. */
    public IamIdentityCenter approvalPortalUrl(Value<String> value) {
      return set("ApprovalPortalUrl", value);
    }

    /**
     * Amazon Resource Name (ARN) for the IAM Identity Center instance.
     *
     * <p>Required. Changing it replaces the resource. Length: 20 to 2048 characters. Pattern:
     * {@code ^arn:.+:sso:::instance/(?:sso)?ins-[a-zA-Z0-9-.]{16}$}. CloudFormation property {@code
     * InstanceArn}.
     */
    public IamIdentityCenter instanceArn(String value) {
      return set("InstanceArn", Value.of(value));
    }

    /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
    public IamIdentityCenter instanceArn(Value<String> value) {
      return set("InstanceArn", value);
    }

    /**
     * AWS Region where the IAM Identity Center instance is located.
     *
     * <p>Required. Changing it replaces the resource. Length: at most 1000 characters.
     * CloudFormation property {@code Region}.
     */
    public IamIdentityCenter region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public IamIdentityCenter region(Value<String> value) {
      return set("Region", value);
    }
  }

  /**
   * Contains details for the resource that provides identities to the identity source. For example,
   * an IAM Identity Center instance.
   *
   * <p>Property type {@code AWS::MPA::IdentitySource.IdentitySourceParameters}.
   */
  public static final class IdentitySourceParameters extends Struct<IdentitySourceParameters> {
    private static final Schema SCHEMA = Schema.builder("AWS::MPA::IdentitySource.IdentitySourceParameters")
        .required("IamIdentityCenter")
        .build();

    public IdentitySourceParameters() {
      super(SCHEMA);
    }

    /**
     * SSOlong credentials.
     *
     * <p>Required. Changing it replaces the resource. CloudFormation property {@code
     * IamIdentityCenter}.
     */
    public IdentitySourceParameters iamIdentityCenter(Value<IamIdentityCenter> value) {
      return set("IamIdentityCenter", value);
    }
  }
}
