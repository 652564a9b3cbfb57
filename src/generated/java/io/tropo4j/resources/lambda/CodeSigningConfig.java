// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.lambda;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.signer.SigningProfile;
import java.util.List;

/**
 * Details about a <a
 * href="https://docs.aws.amazon.com/lambda/latest/dg/configuration-codesigning.html">Code signing
 * configuration</a> .
 *
 * <p>CloudFormation type {@code AWS::Lambda::CodeSigningConfig}.
 */
public final class CodeSigningConfig extends Resource<CodeSigningConfig> {
  private static final Schema SCHEMA = Schema.builder("AWS::Lambda::CodeSigningConfig")
      .required("AllowedPublishers")
      .constrain("Description", Constraint.of().minLength(0).maxLength(256))
      .refYields("CodeSigningConfigArn")
      .attributes("CodeSigningConfigArn", "CodeSigningConfigId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public CodeSigningConfig(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * List of allowed publishers.
   *
   * <p>Required. CloudFormation property {@code AllowedPublishers}.
   */
  public CodeSigningConfig allowedPublishers(Value<AllowedPublishers> value) {
    return set("AllowedPublishers", value);
  }

  /**
   * The code signing policy controls the validation failure action for signature mismatch or
   * expiry.
   *
   * <p>CloudFormation property {@code CodeSigningPolicies}.
   */
  public CodeSigningConfig codeSigningPolicies(Value<CodeSigningPolicies> value) {
    return set("CodeSigningPolicies", value);
  }

  /**
   * Code signing configuration description.
   *
   * <p>Length: 0 to 256 characters. CloudFormation property {@code Description}.
   */
  public CodeSigningConfig description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public CodeSigningConfig description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * A list of tags to add to the code signing configuration.
   *
   * <p>You must have the <code>lambda:TagResource</code> , <code>lambda:UntagResource</code> , and
   * <code>lambda:ListTags</code> permissions for your <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html">IAM
   * principal</a> to manage the CloudFormation stack. If you don't have these permissions, there
   * might be unexpected behavior with stack-level tags propagating to the resource during resource
   * creation and update.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public CodeSigningConfig tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public CodeSigningConfig tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public CodeSigningConfig tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the code signing configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CodeSigningConfigArn}.
   */
  public Value<String> codeSigningConfigArn() {
    return getAtt("CodeSigningConfigArn");
  }

  /**
   * The code signing configuration ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CodeSigningConfigId}.
   */
  public Value<String> codeSigningConfigId() {
    return getAtt("CodeSigningConfigId");
  }

  /**
   * List of signing profiles that can sign a code package.
   *
   * <p>Property type {@code AWS::Lambda::CodeSigningConfig.AllowedPublishers}.
   */
  public static final class AllowedPublishers extends Struct<AllowedPublishers> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::CodeSigningConfig.AllowedPublishers")
        .required("SigningProfileVersionArns")
        .constrain("SigningProfileVersionArns", Constraint.of().pattern("arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9\\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)").minLength(12).maxLength(1024))
        .references("SigningProfileVersionArns", "AWS::Signer::SigningProfile.Ref")
        .build();

    public AllowedPublishers() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) for each of the signing profiles. A signing profile defines a
     * trusted user who can sign a code package.
     *
     * <p>Required. Length: 12 to 1024 characters. Pattern: {@code
     * arn:(aws[a-zA-Z0-9-]*):([a-zA-Z0-9&#92;-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-&#92;d{1})?:(&#92;d{12})?:(.*)}.
     * CloudFormation property {@code SigningProfileVersionArns}.
     */
    public AllowedPublishers signingProfileVersionArns(List<String> value) {
      return set("SigningProfileVersionArns", Value.listOf(value));
    }

    /**
     * Sets {@code SigningProfileVersionArns} to this value; see {@link
     * #signingProfileVersionArns(List)}.
     */
    public AllowedPublishers signingProfileVersionArns(Value<List<String>> value) {
      return set("SigningProfileVersionArns", value);
    }

    /**
     * Sets {@code SigningProfileVersionArns} to the Ref of each {@code
     * AWS::Signer::SigningProfile}; see {@link #signingProfileVersionArns(List)}.
     */
    public AllowedPublishers signingProfileVersionArns(SigningProfile... resources) {
      return set("SigningProfileVersionArns", Value.refs(resources));
    }
  }

  /**
   * Code signing configuration <a
   * href="https://docs.aws.amazon.com/lambda/latest/dg/configuration-codesigning.html#config-codesigning-policies">policies</a>
   * specify the validation failure action for signature mismatch or expiry.
   *
   * <p>Property type {@code AWS::Lambda::CodeSigningConfig.CodeSigningPolicies}.
   */
  public static final class CodeSigningPolicies extends Struct<CodeSigningPolicies> {
    private static final Schema SCHEMA = Schema.builder("AWS::Lambda::CodeSigningConfig.CodeSigningPolicies")
        .required("UntrustedArtifactOnDeployment")
        .allowed("UntrustedArtifactOnDeployment", "Warn", "Enforce")
        .build();

    public CodeSigningPolicies() {
      super(SCHEMA);
    }

    /**
     * Code signing configuration policy for deployment validation failure. If you set the policy to
     * <code>Enforce</code> , Lambda blocks the deployment request if signature validation checks
     * fail. If you set the policy to <code>Warn</code> , Lambda allows the deployment and issues a
     * new Amazon CloudWatch metric ( <code>SignatureValidationErrors</code> ) and also stores the
     * warning in the CloudTrail log.
     *
     * <p>Default value: <code>Warn</code>
     *
     * <p>Required. Allowed values: {@code Warn}, {@code Enforce}. Default: {@code "Warn"}.
     * CloudFormation property {@code UntrustedArtifactOnDeployment}.
     */
    public CodeSigningPolicies untrustedArtifactOnDeployment(String value) {
      return set("UntrustedArtifactOnDeployment", Value.of(value));
    }

    /**
     * Sets {@code UntrustedArtifactOnDeployment} to this value; see {@link
     * #untrustedArtifactOnDeployment(String)}.
     */
    public CodeSigningPolicies untrustedArtifactOnDeployment(Value<String> value) {
      return set("UntrustedArtifactOnDeployment", value);
    }
  }
}
