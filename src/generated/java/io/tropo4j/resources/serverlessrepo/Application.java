// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.serverlessrepo;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Resource type definition for an AWS Serverless Application Repository application.
 *
 * <p>CloudFormation type {@code AWS::ServerlessRepo::Application}.
 */
public final class Application extends Resource<Application> {
  private static final Schema SCHEMA = Schema.builder("AWS::ServerlessRepo::Application")
      .required("Author", "Description", "Name")
      .constrain("Author", Constraint.of().minLength(1).maxLength(127))
      .constrain("Description", Constraint.of().minLength(1).maxLength(256))
      .constrain("Name", Constraint.of().pattern("[a-zA-Z0-9\\-]+").minLength(1).maxLength(140))
      .refYields("ApplicationId")
      .attributes("ApplicationId", "CreationTime", "IsVerifiedAuthor")
      .build();

  public Application(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the author publishing the app.
   *
   * <p>Required. Length: 1 to 127 characters. CloudFormation property {@code Author}.
   */
  public Application author(String value) {
    return set("Author", Value.of(value));
  }

  /** Sets {@code Author} to this value; see {@link #author(String)}. */
  public Application author(Value<String> value) {
    return set("Author", value);
  }

  /**
   * The description of the application.
   *
   * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code Description}.
   */
  public Application description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Application description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * A URL with more information about the application.
   *
   * <p>CloudFormation property {@code HomePageUrl}.
   */
  public Application homePageUrl(String value) {
    return set("HomePageUrl", Value.of(value));
  }

  /** Sets {@code HomePageUrl} to this value; see {@link #homePageUrl(String)}. */
  public Application homePageUrl(Value<String> value) {
    return set("HomePageUrl", value);
  }

  /**
   * Labels to improve discovery of apps in search results.
   *
   * <p>CloudFormation property {@code Labels}.
   */
  public Application labels(List<String> value) {
    return set("Labels", Value.listOf(value));
  }

  /** Sets {@code Labels} to this value; see {@link #labels(List)}. */
  public Application labels(Value<List<String>> value) {
    return set("Labels", value);
  }

  /**
   * A local text file that contains the license of the app.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code LicenseBody}.
   */
  public Application licenseBody(String value) {
    return set("LicenseBody", Value.of(value));
  }

  /** Sets {@code LicenseBody} to this value; see {@link #licenseBody(String)}. */
  public Application licenseBody(Value<String> value) {
    return set("LicenseBody", value);
  }

  /**
   * The name of the application.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 140 characters. Pattern: {@code
   * [a-zA-Z0-9&#92;-]+}. CloudFormation property {@code Name}.
   */
  public Application name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Application name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * A text readme file in Markdown language that contains a more detailed description of the
   * application.
   *
   * <p>CloudFormation property {@code ReadmeBody}.
   */
  public Application readmeBody(String value) {
    return set("ReadmeBody", Value.of(value));
  }

  /** Sets {@code ReadmeBody} to this value; see {@link #readmeBody(String)}. */
  public Application readmeBody(Value<String> value) {
    return set("ReadmeBody", value);
  }

  /**
   * The semantic version of the application.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SemanticVersion}.
   */
  public Application semanticVersion(String value) {
    return set("SemanticVersion", Value.of(value));
  }

  /** Sets {@code SemanticVersion} to this value; see {@link #semanticVersion(String)}. */
  public Application semanticVersion(Value<String> value) {
    return set("SemanticVersion", value);
  }

  /**
   * A link to a public repository for the source code of your application.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SourceCodeUrl}.
   */
  public Application sourceCodeUrl(String value) {
    return set("SourceCodeUrl", Value.of(value));
  }

  /** Sets {@code SourceCodeUrl} to this value; see {@link #sourceCodeUrl(String)}. */
  public Application sourceCodeUrl(Value<String> value) {
    return set("SourceCodeUrl", value);
  }

  /**
   * A valid identifier from https://spdx.org/licenses/.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code SpdxLicenseId}.
   */
  public Application spdxLicenseId(String value) {
    return set("SpdxLicenseId", Value.of(value));
  }

  /** Sets {@code SpdxLicenseId} to this value; see {@link #spdxLicenseId(String)}. */
  public Application spdxLicenseId(Value<String> value) {
    return set("SpdxLicenseId", value);
  }

  /**
   * The local raw packaged AWS SAM template file of your application.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code TemplateBody}.
   */
  public Application templateBody(String value) {
    return set("TemplateBody", Value.of(value));
  }

  /** Sets {@code TemplateBody} to this value; see {@link #templateBody(String)}. */
  public Application templateBody(Value<String> value) {
    return set("TemplateBody", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the application.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ApplicationId}.
   */
  public Value<String> applicationId() {
    return getAtt("ApplicationId");
  }

  /**
   * The date and time this resource was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * Whether the author of this application has been verified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code IsVerifiedAuthor}.
   */
  public Value<Boolean> isVerifiedAuthor() {
    return getAtt("IsVerifiedAuthor");
  }
}
