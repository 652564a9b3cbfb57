// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudfront;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * Creates a new origin access control in CloudFront. After you create an origin access control, you
 * can add it to an origin in a CloudFront distribution so that CloudFront sends authenticated
 * (signed) requests to the origin.
 *
 * <p>This makes it possible to block public access to the origin, allowing viewers (users) to
 * access the origin's content only through CloudFront.
 *
 * <p>For more information about using a CloudFront origin access control, see <a
 * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-origin.html">Restricting
 * access to an AWS origin</a> in the <em>Amazon CloudFront Developer Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::CloudFront::OriginAccessControl}.
 */
public final class OriginAccessControl extends Resource<OriginAccessControl> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::OriginAccessControl")
      .required("OriginAccessControlConfig")
      .refYields("Id")
      .attributes("Id")
      .build();

  public OriginAccessControl(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The origin access control.
   *
   * <p>Required. CloudFormation property {@code OriginAccessControlConfig}.
   */
  public OriginAccessControl originAccessControlConfig(Value<OriginAccessControlConfig> value) {
    return set("OriginAccessControlConfig", value);
  }

  /**
   * The unique identifier of the origin access control.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Creates a new origin access control in CloudFront. After you create an origin access control,
   * you can add it to an origin in a CloudFront distribution so that CloudFront sends authenticated
   * (signed) requests to the origin.
   *
   * <p>This makes it possible to block public access to the origin, allowing viewers (users) to
   * access the origin's content only through CloudFront.
   *
   * <p>For more information about using a CloudFront origin access control, see <a
   * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-origin.html">Restricting
   * access to an AWS origin</a> in the <em>Amazon CloudFront Developer Guide</em> .
   *
   * <p>Property type {@code AWS::CloudFront::OriginAccessControl.OriginAccessControlConfig}.
   */
  public static final class OriginAccessControlConfig extends Struct<OriginAccessControlConfig> {
    private static final Schema SCHEMA = Schema.builder("AWS::CloudFront::OriginAccessControl.OriginAccessControlConfig")
        .required("Name", "OriginAccessControlOriginType", "SigningBehavior", "SigningProtocol")
        .constrain("OriginAccessControlOriginType", Constraint.of().pattern("^(s3|mediastore|lambda|mediapackagev2)$"))
        .constrain("SigningBehavior", Constraint.of().pattern("^(never|no-override|always|always-amz-auth)$"))
        .constrain("SigningProtocol", Constraint.of().pattern("^(sigv4|sigv4a)$"))
        .build();

    public OriginAccessControlConfig() {
      super(SCHEMA);
    }

    /**
     * A description of the origin access control.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public OriginAccessControlConfig description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public OriginAccessControlConfig description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * A name to identify the origin access control. You can specify up to 64 characters.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public OriginAccessControlConfig name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public OriginAccessControlConfig name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The type of origin that this origin access control is for.
     *
     * <p>Required. Pattern: {@code ^(s3|mediastore|lambda|mediapackagev2)$}. CloudFormation
     * property {@code OriginAccessControlOriginType}.
     */
    public OriginAccessControlConfig originAccessControlOriginType(String value) {
      return set("OriginAccessControlOriginType", Value.of(value));
    }

    /**
     * Sets {@code OriginAccessControlOriginType} to this value; see {@link
     * #originAccessControlOriginType(String)}.
     */
    public OriginAccessControlConfig originAccessControlOriginType(Value<String> value) {
      return set("OriginAccessControlOriginType", value);
    }

    /**
     * Specifies which requests CloudFront signs (adds authentication information to). Specify
     * <code>always</code> for the most common use case. For more information, see <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html#oac-advanced-settings">origin
     * access control advanced settings</a> in the <em>Amazon CloudFront Developer Guide</em> .
     *
     * <p>This field can have one of the following values:
     *
     * <ul> <li><code>always</code> – CloudFront signs all origin requests, overwriting the
     * <code>Authorization</code> header from the viewer request if one exists.
     * <li><code>never</code> – CloudFront doesn't sign any origin requests. This value turns off
     * origin access control for all origins in all distributions that use this origin access
     * control. <li><code>no-override</code> – If the viewer request doesn't contain the
     * <code>Authorization</code> header, then CloudFront signs the origin request. If the viewer
     * request contains the <code>Authorization</code> header, then CloudFront doesn't sign the
     * origin request and instead passes along the <code>Authorization</code> header from the viewer
     * request. *WARNING: To pass along the <code>Authorization</code> header from the viewer
     * request, you <em>must</em> add the <code>Authorization</code> header to a <a
     * href="https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/controlling-the-cache-key.html">cache
     * policy</a> for all cache behaviors that use origins associated with this origin access
     * control.* </ul>
     *
     * <p>Required. Pattern: {@code ^(never|no-override|always|always-amz-auth)$}. CloudFormation
     * property {@code SigningBehavior}.
     */
    public OriginAccessControlConfig signingBehavior(String value) {
      return set("SigningBehavior", Value.of(value));
    }

    /** Sets {@code SigningBehavior} to this value; see {@link #signingBehavior(String)}. */
    public OriginAccessControlConfig signingBehavior(Value<String> value) {
      return set("SigningBehavior", value);
    }

    /**
     * The signing protocol of the origin access control, which determines how CloudFront signs
     * (authenticates) requests. The only valid value is <code>sigv4</code> .
     *
     * <p>Required. Pattern: {@code ^(sigv4|sigv4a)$}. CloudFormation property {@code
     * SigningProtocol}.
     */
    public OriginAccessControlConfig signingProtocol(String value) {
      return set("SigningProtocol", Value.of(value));
    }

    /** Sets {@code SigningProtocol} to this value; see {@link #signingProtocol(String)}. */
    public OriginAccessControlConfig signingProtocol(Value<String> value) {
      return set("SigningProtocol", value);
    }
  }
}
